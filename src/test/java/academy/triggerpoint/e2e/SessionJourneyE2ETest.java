package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import academy.triggerpoint.shared.mail.OutgoingMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/** A password change ends every other session of the account, and a reset ends them all. */
class SessionJourneyE2ETest extends BrowserJourney {

    private static final Pattern RESET_LINK = Pattern.compile("https?://[^/\\s]+/(reset-password\\?token=\\S+)");

    @Autowired OutgoingMail mail;

    @Test
    void a_password_change_ends_the_other_sessions_and_a_reset_ends_every_session() {
        String email = learner("Two Browsers");
        Page laptop = signedIn(email);
        Page phone = signedIn(email);

        laptop.navigate(url("profile"));
        ready(laptop);
        laptop.getByLabel("Current password").fill("safe needling every time");
        laptop.getByLabel("New password").fill("a much longer passphrase 2026");
        laptop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(laptop.getByText("Your password is changed.")).isVisible();

        phone.navigate(url("certificates"));
        assertThat(phone).hasURL(url("login?changed"));
        assertThat(phone.getByText("Your password or your access changed since you signed in here")).isVisible();
        laptop.navigate(url("certificates"));
        assertThat(laptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My certificates"))).isVisible();

        // Someone asks for a reset link (from anywhere) and uses it: the laptop's session ends too.
        Page anywhere = browser.newPage(1280, 900);
        anywhere.navigate(url("forgot-password"));
        ready(anywhere);
        anywhere.getByLabel("Email").fill(email);
        anywhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a reset link")).click();
        assertThat(anywhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your email"))).isVisible();
        String link = mail.logged().stream().filter(m -> m.to().equals(email)).map(m -> RESET_LINK.matcher(m.body()))
                .filter(Matcher::find).map(m -> m.group(1)).reduce((a, b) -> b).orElseThrow();
        anywhere.navigate(url(link));
        ready(anywhere);
        anywhere.getByLabel("New password").fill("yet another long passphrase");
        anywhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new password")).click();
        assertThat(anywhere.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Password saved"))).isVisible();

        laptop.navigate(url("certificates"));
        assertThat(laptop).hasURL(url("login?changed"));
        laptop.context().close();
        phone.context().close();
        anywhere.context().close();
    }
}
