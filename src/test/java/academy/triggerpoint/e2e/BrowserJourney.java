package academy.triggerpoint.e2e;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.ServerLog;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.domain.AccountRepository;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The running app on a random port and one headless Chromium for all journeys of a class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(BackgroundWork.class)
// Several application contexts live in one test JVM (the LTI journey runs on a fixed port); the
// services a journey calls directly must read the security context of this class's own context.
@org.springframework.test.context.TestExecutionListeners(listeners = academy.triggerpoint.IntegrationTest.ContextStrategy.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class BrowserJourney {

    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        // Assertions wait up to 15 s, not Playwright's 5 s: a busy two-core CI machine is slow, not wrong.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static final String PASSWORD = "safe needling every time";

    @Autowired BackgroundWork background;
    private ServerLog serverLog;
    /**
     * The axe audit of the pages this journey visits (one journey runs at a time in a class); null
     * outside a journey of this class, so helpers shared with other tests audit nothing there.
     */
    static Accessibility accessibility;

    /** The server's log is read while the journey runs: an ERROR, or a WARN with a stack trace, fails it. */
    @BeforeEach
    void watchTheServerLog() {
        serverLog = ServerLog.watch();
        accessibility = new Accessibility();
    }

    @AfterEach
    void theServerLoggedNoProblem() {
        background.awaitDone();
        serverLog.stopAndAssertClean();
    }

    /** Every page the journey waited for or photographed passed the WCAG A and AA rules of axe. */
    @AfterEach
    void everyPageVisitedPassedTheAccessibilityAudit() throws java.io.IOException {
        Accessibility audit = accessibility;
        accessibility = null;
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "accessibility-audit.txt"),
                getClass().getSimpleName() + ": " + audit.audited() + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        org.assertj.core.api.Assertions.assertThat(audit.violations()).as("axe-core violations on " + audit.audited()).isEmpty();
    }

    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    /** A learner account with a known password; returns its email. */
    String learner(String name) {
        return withPassword(TestAccounts.create(accounts, name));
    }

    /** Gives an account the known password the journeys sign in with; returns its email. */
    String withPassword(academy.triggerpoint.people.LoginAccount account) {
        var row = accounts.findById(account.id()).orElseThrow();
        row.setPasswordHash(encoder.encode(PASSWORD));
        accounts.save(row);
        return account.email();
    }

    /** A fresh browser context signed in as the learner, on the course catalogue. */
    Page signedIn(String email) {
        Page page = browser.newPage(1280, 900);
        signIn(page, email, PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses"))).isVisible();
        ready(page);
        return page;
    }

    /**
     * Waits until the page is idle and every Vaadin component on it is defined: an input clicked
     * before its component is upgraded never tells the server.
     */
    static void ready(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // vaadin-grid-cell-content and vaadin-dialog-content are plain light-DOM wrappers, never custom elements.
        String undefined = "[...new Set([...document.querySelectorAll('*')].map(e => e.localName)"
                + ".filter(n => n.startsWith('vaadin-') && !n.endsWith('-content') && !customElements.get(n)))]";
        try {
            page.waitForFunction("() => " + undefined + ".length === 0");
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Components never defined on " + page.url() + ": " + page.evaluate(undefined), e);
        }
        if (accessibility != null) {
            accessibility.audit(page);
        }
    }

    /** Waits for the autosave mark of the answer just given, then clears it for the next one. */
    static void saved(Page page) {
        assertThat(page.locator(".saved-mark")).containsText("Saved at");
        page.evaluate("() => document.querySelector('.saved-mark').textContent = ''");
    }

    /** Locks the case stage's answers and, unless the case ends, waits for the next stage's heading. */
    static void goOn(Page page, String nextStageHeading) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock answers and continue")).click();
        if (nextStageHeading != null) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(nextStageHeading))).isVisible();
            ready(page);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in on the login page; the browser ends up wherever the app sends it next. */
    void signIn(Page page, String email, String password) {
        page.navigate(url("login"));
        ready(page);
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page).not().hasURL(url("login"));
    }
}
