package academy.triggerpoint.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright, for journeys through the running app. Set
 * {@code -DskipE2E=true} to leave them out; CI installs Chromium and runs them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static Browser start() {
        Assumptions.assumeFalse(Boolean.getBoolean("skipE2E"), "browser journeys skipped with -DskipE2E=true");
        return new Browser();
    }

    /** A fresh browser profile (no cookies) with a phone-sized or desktop viewport. */
    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        if (BrowserJourney.accessibility != null) {
            BrowserJourney.accessibility.audit(page);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
