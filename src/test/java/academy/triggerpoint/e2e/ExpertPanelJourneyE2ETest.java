package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.mail.OutgoingMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An author enlists two experts for the fixture course's panel; each answers its one
 * script-concordance item in the browser; the author watches the key follow their answers while the
 * item stays provisional (fewer than 10 answers), and a learner's case page says so.
 */
class ExpertPanelJourneyE2ETest extends BrowserJourney {

    @Autowired OutgoingMail mail;
    @Autowired academy.triggerpoint.catalog.CatalogService catalog;

    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.AfterEach
    void noPanelLeftForOtherJourneys() {
        academy.triggerpoint.panel.TestPanels.clear(jdbc, "intro-course");
    }

    @Test
    void an_author_enlists_two_panellists_whose_answers_move_the_key_while_the_item_stays_provisional() {
        String author = withPassword(TestAccounts.create(accounts, "Hine Author", Role.AUTHOR));
        String first = "mere.expert." + System.nanoTime() + "@experts.example";
        String second = "tama.expert." + System.nanoTime() + "@experts.example";

        Page authoring = signedIn(author);
        authoring.navigate(url("authoring/expert-panels?course=intro-course"));
        ready(authoring);
        assertThat(authoring.getByText("No answers yet: provisional")).isVisible();
        invite(authoring, "Mere Expert", first);
        invite(authoring, "Tama Expert", second);
        assertThat(authoring.locator("vaadin-grid")).containsText("Mere Expert");
        assertThat(authoring.locator("vaadin-grid")).containsText("Tama Expert");
        background.awaitDone();
        org.assertj.core.api.Assertions.assertThat(mail.logged()).filteredOn(m -> m.to().equals(second)).singleElement()
                .satisfies(m -> org.assertj.core.api.Assertions.assertThat(m.body()).contains("expert panel"));

        answer(first, "+1 (more likely)", "A reproduced familiar pain is the key finding.");
        authoring.reload();
        ready(authoring);
        Locator item = authoring.locator(".panel-item");
        assertThat(item).containsText("Provisional: 1 of 10 answers");
        assertThat(item).containsText("1 · +1 (more likely) · scores 100%");
        assertThat(item).containsText("0 · +2 (much more likely) · scores 0%");
        assertThat(item).containsText("A reproduced familiar pain is the key finding.");

        answer(second, "+2 (much more likely)", "");
        authoring.reload();
        ready(authoring);
        assertThat(item).containsText("Provisional: 2 of 10 answers");
        assertThat(item).containsText("1 · +2 (much more likely) · scores 100%");

        // A learner's case page says the item is provisional and carries no points.
        LoginAccount ari = TestAccounts.create(accounts, "Ari Learner");
        academy.triggerpoint.security.SignIn.as(ari);
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        catalog.completeLesson("intro-course", "referred-pain");
        academy.triggerpoint.security.SignIn.out();
        Page learner = signedIn(withPassword(ari));
        learner.navigate(url("courses/intro-course/cases/anticoagulated-neck"));
        assertThat(learner.getByText("It is provisional: fewer than 10 experts have answered it so far")).isVisible();
        learner.context().close();
        authoring.context().close();
    }

    private static void invite(Page page, String name, String email) {
        page.getByLabel("Full name").fill(name);
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite to the panel")).click();
        assertThat(page.locator("vaadin-grid")).containsText(name);
    }

    /** The invited expert (who would choose a password from the mailed link) answers in the browser. */
    private void answer(String email, String point, String comment) {
        Account account = accounts.findByEmailNormalized(Account.normalizeEmail(email)).orElseThrow();
        withPassword(new LoginAccount(account.getId(), email, account.getFullName(), null, true, true,
                EnumSet.of(Role.PANELLIST)));
        Page page = browser.newPage(1280, 900);
        signIn(page, email, "safe needling every time");
        page.navigate(url("expert-panel"));
        ready(page);
        assertThat(page.getByText("You have answered 0 of 1 questions.")).isVisible();
        // Neither the panel's counts nor the key reach a panellist.
        assertThat(page.locator("body")).not().containsText("Provisional");
        assertThat(page.locator("body")).not().containsText("scores 0%");
        page.getByLabel(point).check();
        if (!comment.isEmpty()) {
            page.getByLabel("Comment for the author (optional)").fill(comment);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answer to question 1")).click();
        assertThat(page.locator(".panel-answer")).containsText("Your answer: " + point);
        assertThat(page.getByText("You have answered 1 of 1 questions.")).isVisible();
        page.context().close();
    }
}
