package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.practice.Jurisdictions;
import academy.triggerpoint.security.SignIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Practical training in a real browser: a clinician logs supervised needling and records the board
 * notice with its evidence, their supervisor countersigns and then observes them needle (a missed
 * critical step fails, a second observation passes), and the manager sees them cleared to needle in
 * Fixtureland and not in Strictland, with the reason.
 */
class PracticalTrainingJourneyE2ETest extends BrowserJourney {

    @Autowired Organisations organisations;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired Jurisdictions jurisdictions;
    @Autowired java.time.Clock clock;

    @Test
    void a_logged_and_countersigned_clinician_is_cleared_in_one_jurisdiction_and_not_the_other() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Practice Clinic", "Pania Practice", "Sione Signer");
        LoginAccount pania = clinic.staff().get(0);
        LoginAccount sione = Clinics.supervisor(organisations, clinic.staff().get(1));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SignIn.as(pania);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        jurisdictions.register("xx-fixture", "FX-2020", today.minusYears(6));
        jurisdictions.register("xx-strict", "ST-2020", today.minusYears(6));
        SignIn.out();
        background.awaitDone();

        Page page = signedIn(withPassword(pania));
        page.navigate(url("practice"));
        ready(page);
        page.getByLabel("Date").fill(today.minusDays(3).format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.getByLabel("Date").press("Enter");
        page.getByLabel("Hours").fill("6");
        page.getByLabel("Mode").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Supervised clinical needling")).click();
        page.getByLabel("Supervised patient sessions").fill("3");
        page.getByLabel("Course or workshop").fill("Supervised clinic");
        page.getByLabel("Body regions").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Cervical")).click();
        page.keyboard().press("Escape");
        page.getByLabel("Supervisor who countersigns").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Sione Signer")).click();
        page.getByLabel("Note (optional)").fill("Upper trapezius, 30 mm needles");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for countersignature")).click();
        assertThat(page.getByText("Sent to your supervisor for countersignature.")).isVisible();
        assertThat(page.getByText("Awaiting countersignature")).isVisible();

        page.locator("vaadin-upload input[type=file]").first().setInputFiles(
                new FilePayload("notice.pdf", "application/pdf", "%PDF-1.7 notice".getBytes(StandardCharsets.US_ASCII)));
        assertThat(page.locator("vaadin-upload-file").first()).not().hasAttribute("uploading", "");
        page.getByLabel("Done on").first().fill(today.minusDays(1).format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.getByLabel("Done on").first().press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as done")).first().click();
        assertThat(page.getByText("✓ Notice of training sent to the Fixtureland board: done on " + today.minusDays(1))).isVisible();
        Browser.screenshot(page, "practice-01-learner");
        page.context().close();

        Page supervisor = signedIn(withPassword(sione));
        supervisor.navigate(url("countersign"));
        ready(supervisor);
        assertThat(supervisor.getByText("Pania Practice · " + today.minusDays(3) + " · 6 h")).isVisible();
        supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Countersign")).click();
        assertThat(supervisor.getByText("Nothing is waiting for you.")).isVisible();

        supervisor.navigate(url("observe"));
        ready(supervisor);
        supervisor.getByLabel("Person observed").fill("Pania");
        supervisor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Pania Practice")).click();
        observe(supervisor, "Puts each used needle into the sharps container at once");
        assertThat(supervisor.getByText("A critical step was not done: Puts each used needle into the sharps container at once."))
                .isVisible();
        observe(supervisor, null);
        assertThat(supervisor.getByText(java.util.regex.Pattern.compile("^Passed and signed: Pania Practice"))).isVisible();
        assertThat(supervisor.locator(".observation").first()).containsText("Passed · Pania Practice · Observed needling");
        Browser.screenshot(supervisor, "practice-03-observe");
        supervisor.context().close();

        Page manager = signedIn(withPassword(clinic.manager()));
        manager.navigate(url("manager/practice"));
        ready(manager);
        assertThat(manager.getByText("✓ Fixtureland (fictional): cleared")).isVisible();
        assertThat(manager.getByText("✗ Strictland (fictional): 2 theory hours, 32.8 in-person hours and 22 supervised sessions missing")).isVisible();
        assertThat(manager.getByText("✓ Observed needling of the upper trapezius, passed " + today)).isVisible();
        Browser.screenshot(manager, "practice-02-manager");
        manager.context().close();
    }

    /** Chooses the fixture practical, marks every step done except {@code missed} (if any), and signs. */
    private static void observe(Page page, String missed) {
        page.getByLabel("Practical").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Observed needling of the upper trapezius (Introduction "
                + "to Trigger Points)")).click();
        var steps = page.locator("vaadin-radio-group");
        assertThat(steps).hasCount(5);
        for (int i = 0; i < 5; i++) {
            var step = steps.nth(i);
            boolean miss = missed != null && step.textContent().contains(missed);
            step.getByText(miss ? "Not done" : "Done", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and record")).click();
    }
}
