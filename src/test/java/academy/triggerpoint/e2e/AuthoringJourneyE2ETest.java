package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.shared.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An author drafts a new course with a new module and its quiz, writes a lesson with the live
 * preview, and submits it; a second author approves it; a learner finds the course and reads the
 * lesson.
 */
class AuthoringJourneyE2ETest extends BrowserJourney {

    private static final String LESSON = "modules/knee-safety/knee-safety-overview.md";

    @Test
    void an_author_drafts_a_module_with_a_quiz_a_reviewer_approves_it_and_a_learner_reads_it() {
        String writer = withPassword(TestAccounts.create(accounts, "Wiremu Writer", Role.AUTHOR));
        String reviewer = withPassword(TestAccounts.create(accounts, "Rangi Reviewer", Role.AUTHOR));

        Page page = signedIn(writer);
        page.navigate(url("authoring/drafts"));
        ready(page);
        page.getByLabel("New course id").fill("knee-needling-basics");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Knee needling basics");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the course draft")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Draft #\\d+: knee-needling-basics")))).isVisible();
        ready(page);

        page.getByText("Add a module", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Module id").fill("knee-safety");
        page.getByLabel("Module title").fill("Knee safety");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the module")).click();
        assertThat(page.getByText(LESSON, new Page.GetByTextOptions().setExact(true))).isVisible();
        ready(page);

        page.getByText(LESSON, new Page.GetByTextOptions().setExact(true)).click();
        Locator editor = page.getByLabel("Contents of " + LESSON);
        editor.fill("---\ntitle: Knee safety overview\nminutes: 5\n---\nBefore needling near the knee, check for **effusion** and recent surgery.\n");
        assertThat(page.locator(".lesson-preview strong")).hasText("effusion");
        Browser.screenshot(page, "authoring-01-live-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("Saved (revision 2).")).isVisible();
        assertThat(page.getByText("✓ No problems: this draft would load.")).isVisible();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Review")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.getByText("» In review")).isVisible();
        String draftUrl = page.url();
        page.close();

        Page review = signedIn(reviewer);
        review.navigate(draftUrl);
        ready(review);
        review.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Changes")).click();
        assertThat(review.getByText(LESSON + " (added)")).isVisible();
        review.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Review")).click();
        review.getByLabel("Review comment", new Page.GetByLabelOptions().setExact(true)).fill("Checked the lesson and the quiz key.");
        Browser.screenshot(review, "authoring-02-review");
        review.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and publish")).click();
        assertThat(review.getByText("✓ Published")).isVisible();
        review.close();

        Page learner = signedIn(learner("Hana Learner"));
        learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View Knee needling basics")).click();
        learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course")).click();
        ready(learner);
        Browser.screenshot(learner, "authoring-03-learner-sees-it");
        assertThat(learner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2. Knee safety"))).isVisible();
        learner.getByText("Knee safety overview (5 min)").click();
        assertThat(learner.getByText("Before needling near the knee, check for")).isVisible();
        learner.close();
    }
}
