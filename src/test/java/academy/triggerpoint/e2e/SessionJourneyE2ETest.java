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

    @Test
    void every_html_page_carries_the_security_headers_and_runs_under_its_content_security_policy() {
        Page page = browser.newPage(1280, 900);
        java.util.List<String> refused = new java.util.ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });
        // Without a cookie, a protected page sends the browser to the sign-in page, never with the session id in the URL.
        com.microsoft.playwright.Response first = page.navigate(url("certificates"));
        assertThat(page).hasURL(url("login"));
        org.assertj.core.api.Assertions.assertThat(first.url()).doesNotContain("jsessionid");
        assertSecurityHeaders(first);
        signIn(page, learner("Header Reader"), "safe needling every time");
        for (String path : new String[] {"", "courses/intro-course", "certificates", "profile", "verify"}) {
            com.microsoft.playwright.Response response = page.navigate(url(path));
            ready(page);
            assertSecurityHeaders(response);
        }
        org.assertj.core.api.Assertions.assertThat(refused).as("nothing refused by the policy").isEmpty();
        page.context().close();
    }

    private static void assertSecurityHeaders(com.microsoft.playwright.Response response) {
        java.util.Map<String, String> headers = response.allHeaders();
        org.assertj.core.api.Assertions.assertThat(headers.get("content-type")).as(response.url()).startsWith("text/html");
        org.assertj.core.api.Assertions.assertThat(headers.get("content-security-policy")).as(response.url())
                .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "script-src 'self'");
        org.assertj.core.api.Assertions.assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        org.assertj.core.api.Assertions.assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        org.assertj.core.api.Assertions.assertThat(headers.get("cache-control")).contains("no-store");
        org.assertj.core.api.Assertions.assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    }
}
