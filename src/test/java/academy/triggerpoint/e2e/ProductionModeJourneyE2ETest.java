package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.AppProcess;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app as production runs it: Vaadin in production mode with its pre-compiled bundle (what
 * {@code -Pproduction} packages), in a JVM of its own so the other journeys keep development mode.
 * The security headers and the content security policy are checked where they matter: the pages of
 * the production build, signed out and signed in, with nothing refused in the browser console.
 */
class ProductionModeJourneyE2ETest {

    static Browser browser;
    static AppProcess server;

    @BeforeAll
    static void startTheProductionBuild() throws Exception {
        browser = Browser.start();
        int port = AppProcess.freePort();
        server = AppProcess.start(port, Files.createTempFile("prod-mode", ".log"), List.of("--spring.profiles.active=test,demo",
                "--academy.base-url=http://localhost:" + port, "--spring.datasource.url=jdbc:h2:mem:prod-mode;DB_CLOSE_DELAY=-1",
                "--logging.level.academy.triggerpoint=warn", "--logging.level.academy.triggerpoint.people.DemoAccounts=info"), "1g");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    static String url(String path) {
        return server.base() + "/" + path;
    }

    @Test
    void the_production_build_serves_every_page_with_the_security_headers_and_nothing_breaks_its_policy() throws Exception {
        Page page = browser.newPage(1280, 900);
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                refused.add(m.text());
            }
        });
        List<String> bundle = new ArrayList<>();
        page.onResponse(r -> {
            if (r.url().contains("/VAADIN/build/") && r.status() == 200) {
                bundle.add(r.url());
            }
        });
        Response login = page.navigate(url("login"));
        assertHeaders(login);
        page.getByLabel("Email").fill("learner@demo.academy");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("needle-safe-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses"))).isVisible();
        for (String path : new String[] {"certificates", "profile", "verify"}) {
            Response response = page.navigate(url(path));
            assertHeaders(response);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Verify a certificate"))).isVisible();
        assertThat(bundle).as("the production bundle's scripts were loaded").isNotEmpty();
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        assertThat(refused).as("nothing refused by the policy in production mode").isEmpty();
        Browser.screenshot(page, "production-mode-verify");
        page.context().close();
    }

    private static void assertHeaders(Response response) {
        Map<String, String> headers = response.allHeaders();
        assertThat(headers.get("content-type")).as(response.url()).startsWith("text/html");
        assertThat(headers.get("content-security-policy")).as(response.url())
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("same-origin");
        assertThat(headers.get("cache-control")).contains("no-store");
        assertThat(headers.get("x-frame-options")).isNotNull();
    }
}
