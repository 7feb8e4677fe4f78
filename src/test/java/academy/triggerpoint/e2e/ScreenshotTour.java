package academy.triggerpoint.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Not a test: signs in to a running demo app as each demo account and saves screenshots of the main
 * pages to {@code target/screenshots/tour-*.png}, for a person to look at.
 * <pre>./mvnw -q test-compile exec:exec@tour -Dtour.url=http://localhost:8080</pre>
 */
public final class ScreenshotTour {

    public static void main(String[] args) {
        String base = System.getProperty("tour.url", "http://localhost:8080");
        String password = System.getProperty("tour.password", "needle-safe-2026");
        try (Browser browser = new Browser()) {
            for (int width : new int[] {1280, 375}) {
                Page page = browser.newPage(width, width > 400 ? 900 : 800);
                String suffix = "-" + width;
                page.navigate(base + "/login");
                Browser.screenshot(page, "tour-login" + suffix);
                page.getByLabel("Email").fill("learner@demo.academy");
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses")).waitFor();
                Browser.screenshot(page, "tour-catalogue" + suffix);
                page.navigate(base + "/courses/dry-needling-foundations");
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Modules")).waitFor();
                var enrol = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course"));
                if (enrol.count() > 0) {
                    enrol.click();
                    page.getByText("0% complete").waitFor();
                }
                Browser.screenshot(page, "tour-course" + suffix);
                for (String lesson : new String[] {"what-is-a-trigger-point", "referred-pain-patterns"}) {
                    page.navigate(base + "/learn/dry-needling-foundations/" + lesson);
                    page.locator("article").waitFor();
                    page.waitForTimeout(500);
                    Browser.screenshot(page, "tour-" + lesson + suffix);
                }
                page.navigate(base + "/courses/dry-needling-foundations/quiz/trigger-point-physiology");
                page.getByText("Every answer is saved the moment you give it.").waitFor();
                var startOrResume = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz"));
                if (startOrResume.count() == 0) {
                    startOrResume = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume your attempt"));
                }
                Browser.screenshot(page, "tour-quiz-start" + suffix);
                startOrResume.click();
                page.locator("nav.question-nav").waitFor();
                for (int q = 1; q <= 10; q++) {
                    page.locator("nav.question-nav vaadin-button").nth(q - 1).click();
                    page.waitForTimeout(400);
                    if (q <= 2 || page.locator(".hotspot img").count() > 0) {
                        Browser.screenshot(page, "tour-quiz-question-" + q + suffix);
                    }
                }
                page.navigate(base + "/courses/needle-safety-refresher");
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Modules")).waitFor();
                var enrolRefresher = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol in this course"));
                if (enrolRefresher.count() > 0) {
                    enrolRefresher.click();
                    page.getByText("0% complete").waitFor();
                }
                page.navigate(base + "/courses/needle-safety-refresher/cases/upper-back-needling-third-session");
                page.getByText("You meet the patient one stage at a time").waitFor();
                Browser.screenshot(page, "tour-case-start" + suffix);
                var startCase = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the case"));
                if (startCase.count() == 0) {
                    startCase = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume the case"));
                }
                startCase.click();
                page.getByText("The patient").first().waitFor();
                page.waitForTimeout(500);
                Browser.screenshot(page, "tour-case-stage" + suffix);
                page.navigate(base + "/profile");
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your profile")).waitFor();
                Browser.screenshot(page, "tour-profile" + suffix);
            }
            Page admin = signedIn(browser.newPage(1280, 900), base, "admin@demo.academy", password);
            for (String path : new String[] {"admin/accounts", "admin/course-problems", "authoring/case-statistics",
                    "admin/organisations", "admin/certificates", "authoring/course-archives", "authoring/item-statistics"}) {
                admin.navigate(base + "/" + path);
                admin.waitForTimeout(1500);
                Browser.screenshot(admin, "tour-" + path.replace('/', '-'));
            }
            Page author = signedIn(browser.newPage(1280, 900), base, "author@demo.academy", password);
            author.navigate(base + "/authoring/drafts");
            author.waitForTimeout(1500);
            author.getByLabel("New course id").fill("tour-course-" + System.currentTimeMillis() % 100000);
            author.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Tour course");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the course draft")).click();
            author.waitForTimeout(1500);
            author.getByText("modules/introduction/items/bank.yaml").click();
            author.waitForTimeout(1000);
            Browser.screenshot(author, "tour-authoring-draft-yaml");
            author.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Changes")).click();
            author.waitForTimeout(800);
            Browser.screenshot(author, "tour-authoring-draft-changes");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview as a learner")).click();
            author.waitForTimeout(1000);
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Quiz: Introduction check")).click();
            author.waitForTimeout(800);
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check answers")).click();
            author.waitForTimeout(800);
            Browser.screenshot(author, "tour-authoring-preview-quiz");
            author.navigate(base + "/authoring/drafts");
            author.waitForTimeout(1500);
            author.getByLabel("Course", new Page.GetByLabelOptions().setExact(true)).fill("Needle Safety Refresher");
            author.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Needle Safety Refresher (needle-safety-refresher)")).click();
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft")).click();
            author.waitForTimeout(1500);
            if (author.url().endsWith("/authoring/drafts")) {
                // The demo database keeps the draft an earlier tour started; a course has one open draft.
                author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                        java.util.regex.Pattern.compile("needle-safety-refresher$"))).first().click();
                author.waitForTimeout(1500);
            }
            author.getByText("cases/regular-patient-new-medicine.yaml").click();
            author.waitForTimeout(1000);
            author.locator(".outline-critical_end").scrollIntoViewIfNeeded();
            Browser.screenshot(author, "tour-authoring-case-outline");
            author.getByText("course.yaml", new Page.GetByTextOptions().setExact(true)).click();
            author.waitForTimeout(1000);
            author.getByLabel("CE contact hours (ceContactHours)").fill("1.1");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            author.waitForTimeout(1000);
            author.getByLabel("CE contact hours (ceContactHours)").scrollIntoViewIfNeeded();
            Browser.screenshot(author, "tour-authoring-manifest-form");
            author.getByText("modules/needle-safety-essentials/module.yaml").click();
            author.waitForTimeout(1000);
            author.getByText("Quiz", new Page.GetByTextOptions().setExact(true)).scrollIntoViewIfNeeded();
            Browser.screenshot(author, "tour-authoring-module-form");
            author.getByText("modules/needle-safety-essentials/items/bank.yaml").click();
            author.waitForTimeout(1000);
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("^Edit item 1\\. "))).click();
            author.waitForTimeout(1000);
            Browser.screenshot(author, "tour-authoring-item-form");
            author.keyboard().press("Escape");
            author.navigate(base + "/authoring/drafts");
            author.waitForTimeout(1500);
            Browser.screenshot(author, "tour-authoring-drafts");
            for (int width : new int[] {1280, 375}) {
                Page manager = signedIn(browser.newPage(width, width > 400 ? 900 : 800), base, "manager@demo.academy", password);
                manager.navigate(base + "/manager");
                manager.locator("vaadin-grid.matrix").waitFor();
                manager.waitForTimeout(1500);
                Browser.screenshot(manager, "tour-manager-" + width);
                manager.getByText("Zoë Łukasz Ngũgĩ").first().click();
                manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Competencies")).waitFor();
                manager.waitForTimeout(800);
                Browser.screenshot(manager, "tour-manager-person-" + width);
                manager.navigate(base + "/manager/organisation");
                manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Teams").setExact(true)).waitFor();
                manager.waitForTimeout(800);
                Browser.screenshot(manager, "tour-manager-organisation-" + width);
            }
        }
    }

    /** Signs in on the login page and waits for the catalogue. */
    private static Page signedIn(Page page, String base, String email, String password) {
        page.navigate(base + "/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses")).waitFor();
        return page;
    }
}
