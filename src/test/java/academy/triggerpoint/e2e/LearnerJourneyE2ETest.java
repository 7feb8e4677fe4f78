package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.shared.mail.OutgoingMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A physiotherapist's first visit, in a real browser against the running app. */
class LearnerJourneyE2ETest extends BrowserJourney {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    @Autowired OutgoingMail mail;

    /** Fills the registration form that is open, then follows the link from the verification mail. */
    private void registerAndConfirm(Page page, String name, String email, String country, String password) {
        page.getByLabel("Full name (as it should print on your certificates)").fill(name);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Licence or registration number").fill("PT-" + Math.abs(email.hashCode()));
        page.getByLabel("Country that issued the licence").fill(country);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        Browser.screenshot(page, "01-register-" + page.viewportSize().width + "px");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(page.getByText("Check your email")).isVisible();

        String body = mail.logged().stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow().body();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        page.navigate(url("verify-email?token=" + token.group(1)));
        assertThat(page.getByText("Email confirmed")).isVisible();
    }

    @Test
    void a_physiotherapist_registers_enrols_reads_two_lessons_and_finds_progress_after_signing_in_again() {
        Page page = browser.newPage(1280, 900);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });

        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        page.getByText("New here? Create a learner account").click();
        registerAndConfirm(page, "Ngũgĩ wa Łukasz", "ngugi@clinic.example", "Kenya", "dry needling needs care");

        signIn(page, "ngugi@clinic.example", "dry needling needs care");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses"))).isVisible();
        Browser.screenshot(page, "02-catalogue");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("View Introduction to Trigger Points")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course")).click();
        assertThat(page.getByText("Locked until you complete “Basics”.")).isVisible();
        Browser.screenshot(page, "03-course");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the first lesson")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Taut bands"))).isVisible();
        assertThat(page.locator("article img")).hasAttribute("alt", "A taut band with a knot");
        page.waitForFunction("() => document.querySelector('article img').complete");
        assertThat((Integer) page.locator("article img").evaluate("img => img.naturalWidth")).as("the diagram loads").isPositive();
        Browser.screenshot(page, "04-lesson");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete and continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referred pain"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete and continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contraindications"))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(url("login"));

        signIn(page, "ngugi@clinic.example", "dry needling needs care");
        assertThat(page.getByText("50% complete")).isVisible();
        Browser.screenshot(page, "05-progress-after-sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue Introduction to Trigger Points")).click();
        assertThat(page.getByText("completed")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue where I left off")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contraindications"))).isVisible();

        assertThat(dialogs).as("no script from a lesson ran").isEmpty();
    }

    @Test
    void a_learner_who_types_an_admin_address_sees_page_not_found_and_anonymous_visitors_reach_only_public_pages() {
        Page page = browser.newPage(375, 800);
        page.navigate(url("admin/accounts"));
        assertThat(page).hasURL(url("login"));
        page.navigate(url("forgot-password"));
        assertThat(page.getByText("Forgot your password?")).isVisible();
        Browser.screenshot(page, "07-forgot-password-375px");

        page.navigate(url("register"));
        registerAndConfirm(page, "Mobile Learner", "mobile@clinic.example", "New Zealand", "a phone-sized passphrase");

        signIn(page, "mobile@clinic.example", "a phone-sized passphrase");
        // Signing in returns to the admin address asked for before, which this learner may not open.
        assertThat(page.getByText("Page not found")).isVisible();
        page.navigate(url(""));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses"))).isVisible();
        Browser.screenshot(page, "06-catalogue-375px");
        page.navigate(url("admin/accounts"));
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.getByText("Create an author or manager account")).hasCount(0);
    }
}
