package academy.triggerpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.security.SignIn;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A training manager assigns a course to a learner, the learner completes it, and the competency
 * matrix and its CSV export show the safety competency achieved and the learner cleared to needle.
 */
class ManagerJourneyE2ETest extends BrowserJourney {

    private static final String COURSE_TITLE = "Introduction to Trigger Points";

    @Autowired Organisations organisations;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired academy.triggerpoint.shared.mail.OutgoingMail mail;

    @Test
    void a_manager_invites_a_new_colleague_in_the_browser_and_the_invitation_is_mailed_after_commit() {
        Clinics.Clinic clinic;
        try {
            clinic = Clinics.open(organisations, accounts, "Invite Clinic");
        } finally {
            SignIn.out();
        }
        String email = "wiremu." + System.nanoTime() + "@clinic.example";
        Page page = signedIn(withPassword(clinic.manager()));
        page.navigate(url("manager/organisation"));
        ready(page);
        page.getByLabel("Full name (as on their licence)").fill("Wiremu Invited");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
        assertThat(page.getByText("Wiremu Invited:").first()).isVisible();

        background.awaitDone();
        assertThat(mail.logged()).anySatisfy(m -> {
            assertThat(m.to()).isEqualTo(email);
            assertThat(m.body()).contains("The training manager of " + clinic.name(), "reset-password");
        });
        openTheDashboard(page, clinic.name());
        assertThat(page.locator("vaadin-grid.matrix").getByText("Wiremu Invited")).isVisible();
    }

    @Test
    void a_manager_assigns_a_course_the_learner_completes_it_and_the_matrix_and_its_csv_show_it_achieved() throws Exception {
        Clinics.Clinic clinic;
        try {
            clinic = Clinics.open(organisations, accounts, "Harbour Physiotherapy", "Aroha Ngata");
        } finally {
            SignIn.out();
        }
        LoginAccount manager = clinic.manager();
        LoginAccount learner = clinic.staff().getFirst();

        Page page = signedIn(withPassword(manager));
        openTheDashboard(page, clinic.name());
        page.getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill("Aroha");
        assertThat(page.getByText("1 person shown.")).isVisible();
        Locator matrix = page.locator("vaadin-grid.matrix");
        matrix.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Select Row")).check();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign a course…")).click();
        assertThat(page.getByLabel("The 1 selected person")).isChecked();
        ready(page);
        Locator course = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Course").setExact(true));
        course.fill(COURSE_TITLE);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(COURSE_TITLE)).click();
        assertThat(course).hasValue(COURSE_TITLE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true)).click();
        assertThat(page.getByText("Assigned to 1 person.")).isVisible();
        assertThat(matrix.getByText("1 open", new Locator.GetByTextOptions().setExact(true))).isVisible();
        Browser.screenshot(page, "manager-01-assigned");

        // The learner reads and passes the quiz (services), then finishes the course and the safety case
        // in her own browser: the completion and the graded case reach the certificate, the assignment
        // and her competency standing from inside a real Vaadin request, as they do in production.
        SignIn.as(learner);
        try {
            catalog.enrol(FixtureJourneys.COURSE);
            FixtureJourneys.readUpToTheQuiz(catalog);
            FixtureJourneys.passTheQuiz(attempts);
        } finally {
            SignIn.out();
        }
        Page learnerPage = signedIn(withPassword(learner));
        learnerPage.navigate(url("learn/intro-course/first-session"));
        ready(learnerPage);
        learnerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete").setExact(true)).click();
        assertThat(learnerPage.getByText("You have completed this course", new Page.GetByTextOptions().setExact(false))).isVisible();
        takeTheAnticoagulationCaseSafely(learnerPage);
        learnerPage.navigate(url("certificates"));
        assertThat(learnerPage.getByText("Introduction to Trigger Points").first()).isVisible();
        learnerPage.context().close();

        openTheDashboard(page, clinic.name());
        assertThat(page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Cleared to needle: 1 of 2. Show these people."))).isVisible();
        matrix = page.locator("vaadin-grid.matrix");
        // Two rows, the manager's and Aroha's; the manager has achieved nothing, so these are Aroha's.
        assertThat(matrix.getByText("Achieved", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(matrix.getByText("Cleared", new Locator.GetByTextOptions().setExact(true))).isVisible();
        // Completing the course completed the assignment.
        assertThat(matrix.getByText("1 open", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        Browser.screenshot(page, "manager-02-achieved");

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Matrix (CSV)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("competency-matrix.csv");
        List<Map<String, String>> rows = csvRows(Files.readString(download.path(), StandardCharsets.UTF_8));
        assertThat(rows.stream().map(r -> r.get("email")).toList())
                .containsExactlyInAnyOrder(learner.email(), manager.email());
        Map<String, String> aroha = rows.stream().filter(r -> learner.email().equals(r.get("email"))).findFirst().orElseThrow();
        assertThat(aroha).containsEntry("name", "Aroha Ngata")
                .containsEntry("cleared_to_needle", "yes")
                .containsEntry("safety", "Achieved")
                .containsEntry("physiology", "In progress")
                .containsEntry("open_assignments", "0");
    }

    private void takeTheAnticoagulationCaseSafely(Page page) {
        page.navigate(url("courses/intro-course"));
        page.getByText("Go to the case").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the case")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The patient"))).isVisible();
        ready(page);
        page.getByLabel("Her latest INR result").check();
        saved(page);
        page.getByLabel("Easy bruising or prolonged bleeding").check();
        saved(page);
        page.getByLabel("+1 (more likely)").check();
        saved(page);
        goOn(page, "Stage 2 · Decision: Deciding whether to needle");
        page.getByLabel("Treat without needles today and ask her anticoagulation clinic about her INR.").check();
        saved(page);
        goOn(page, "Stage 3 · Aftercare: Aftercare");
        page.getByLabel("True", new Page.GetByLabelOptions().setExact(true)).check();
        saved(page);
        goOn(page, null);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Passed"))).isVisible();
    }

    private void openTheDashboard(Page page, String organisation) {
        page.navigate(url("manager"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(organisation))).isVisible();
        ready(page);
    }

    private static List<Map<String, String>> csvRows(String csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CsvMapper.builder().build().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }
}
