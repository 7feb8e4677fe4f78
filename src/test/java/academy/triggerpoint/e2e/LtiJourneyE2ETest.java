package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.lti.LtiPlatforms;
import academy.triggerpoint.lti.LtiToolServer;
import academy.triggerpoint.lti.LtiToolTest;
import academy.triggerpoint.lti.PlatformSettings;
import academy.triggerpoint.lti.TestPlatform;
import academy.triggerpoint.lti.TestPlatform.Launch;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * People arriving from a learning platform (the {@link TestPlatform}) in a real browser: a learner
 * whose grade goes back to the platform's gradebook, and an instructor placing a quiz in their
 * platform course. The app runs on the fixed port its LTI address names, sharing its context with
 * {@code LtiLaunchIT}.
 */
@LtiToolTest
class LtiJourneyE2ETest extends BrowserJourney implements LtiToolServer {

    private static TestPlatform platform;
    private static boolean registered;

    @Autowired LtiPlatforms platforms;
    @Autowired Organisations organisations;
    @Autowired MutableClock clock;

    @BeforeAll
    static void startThePlatform() {
        platform = TestPlatform.start(LtiToolServer.toolBaseUrl());
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /** Registered once, as an administrator would: its instructors become training managers of its organisation. */
    @BeforeEach
    void registerThePlatform() {
        platform.clock(clock);
        if (registered) {
            return;
        }
        SignIn.as(TestAccounts.create(accounts, "LTI Journey Administrator", Role.ADMIN));
        try {
            long organisation = organisations.create("Journey Clinic " + System.nanoTime()).id();
            platforms.register(new PlatformSettings("Journey LMS", platform.issuer(), platform.clientId(), platform.authorizationUrl(),
                    platform.jwksUrl(), platform.tokenUrl(), List.of(platform.deploymentId()), Role.MANAGER, organisation));
            registered = true;
        } finally {
            SignIn.out();
        }
    }

    @Test
    void a_learner_from_a_platform_confirms_their_details_passes_the_quiz_and_the_platform_gets_the_grade() {
        String subject = "journey-learner-" + System.nanoTime();
        Page page = browser.newPage(1280, 900);

        // The quiz link in the platform, with a gradebook column: signed in by the launch, the learner first
        // confirms what certificates print; enrolled by the link, they land on the course page because the
        // quiz opens only once its lessons are read.
        String lineItem = "safety-quiz-" + subject;
        page.navigate(platform.launchPage(Launch.learner(subject, "Kiri Launched", subject + "@clinic.example",
                LtiToolServer.toolBaseUrl() + "lti/quiz/intro-course/safety").withLineItem(lineItem)).toString());
        confirmDetails(page);
        assertThat(page).hasURL(url("courses/intro-course"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the first lesson")).click();
        for (String next : List.of("Referred pain", "Contraindications")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete and continue")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(next))).isVisible();
        }
        ready(page);

        // The quiz link again: straight to the quiz now, details already confirmed.
        page.navigate(platform.launchPage(Launch.learner(subject, "Kiri Launched", subject + "@clinic.example",
                LtiToolServer.toolBaseUrl() + "lti/quiz/intro-course/safety").withLineItem(lineItem)).toString());
        assertThat(page).hasURL(url("courses/intro-course/quiz/safety"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Safety check"))).isVisible();
        ready(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the quiz")).click();
        for (int number = 1; number <= 8; number++) {
            QuizJourneyE2ETest.goToAndAnswer(page, number);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
        assertThat(page.getByText("You answered every question.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit now")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
        Browser.screenshot(page, "lti-01-passed");

        background.awaitDone();
        assertThat(platform.scores()).filteredOn(s -> s.userId().equals(subject)).singleElement().satisfies(score -> {
            assertThat(score.lineItemId()).isEqualTo(lineItem);
            assertThat(score.scoreGiven()).isEqualByComparingTo("100");
            assertThat(score.scoreMaximum()).isEqualByComparingTo("100");
            assertThat(score.comment()).isEqualTo("Passed with 100.0 %.");
        });
        page.context().close();
    }

    @Test
    void an_instructor_places_a_quiz_in_their_platform_course() {
        String subject = "journey-instructor-" + System.nanoTime();
        Page page = browser.newPage(1280, 900);

        page.navigate(platform.launchPage(Launch.instructorDeepLinking(subject, "Tane Instructor", subject + "@clinic.example")
                .withContext("context-" + subject)).toString());
        confirmDetails(page);
        assertThat(page).hasURL(url("lti/deep-linking"));
        assertThat(page.getByText("Safety check")).isVisible();
        ready(page);
        selectRow(page, "Safety check");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place in my course")).click();

        assertThat(page.locator("#message")).hasText("Deep link received: Safety check (Introduction to Trigger Points)");
        assertThat(page.url()).isEqualTo(platform.deepLinkReturnUrl());
        assertThat(platform.deepLinks()).last().satisfies(link ->
                assertThat(link.urls()).containsExactly(LtiToolServer.toolBaseUrl() + "lti/quiz/intro-course/safety"));
        page.context().close();
    }

    /**
     * The page a launched account sees first, whatever it opened (the address bar shows the profile
     * page, with where it was going); it enters its licence and goes on.
     */
    private static void confirmDetails(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Confirm what your certificates will print")))
                .isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/profile\\?continue="));
        ready(page);
        page.getByLabel("Licence or registration number").fill("PT-4242");
        page.getByLabel("Country that issued the licence").fill("New Zealand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and continue")).click();
    }

    /** Ticks the selection checkbox of the grid row showing {@code title}: its cell and checkbox share a row in the grid's shadow DOM. */
    private static void selectRow(Page page, String title) {
        Object slot = page.evaluate("title => {"
                + " const cell = [...document.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.trim() === title);"
                + " let row = cell && cell.assignedSlot;"
                + " while (row && row.localName !== 'tr') { row = row.parentElement; }"
                + " const first = row && row.querySelector('slot');"
                + " return first ? first.name : null; }", title);
        assertThat(slot).as("the grid row of " + title).isNotNull();
        page.locator("vaadin-grid-cell-content[slot='" + slot + "'] vaadin-checkbox").click();
    }
}
