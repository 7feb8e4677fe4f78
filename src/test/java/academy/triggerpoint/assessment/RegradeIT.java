package academy.triggerpoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.TestFolders;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.panel.TestPanels;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.AuditEvent;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.Role;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An author corrects a key; the administrator previews the regrade, then applies it. */
@IntegrationTest
class RegradeIT {

    // The panel stays for the class's other test: removing it would change the case's key, and the
    // course-wide regrade there would rightly report that change too. The class has a context of its own.
    @Autowired academy.triggerpoint.panel.ExpertPanels panels;

    static final Path FOLDER = TestFolders.withIntroCourse("regrade-courses");

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("academy.courses.folder", FOLDER::toString);
    }

    @Autowired AttemptService attempts;
    @Autowired CatalogService catalog;
    @Autowired CourseLibrary library;
    @Autowired AccountRepository accounts;
    @Autowired AuditTrail audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_corrected_key_changes_outcomes_only_when_the_regrade_is_applied_and_each_change_is_audited() throws IOException {
        LoginAccount learner = TestAccounts.create(accounts, "Regraded Learner");
        SignIn.as(learner);
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        catalog.completeLesson("intro-course", "referred-pain");
        long id = attempts.startOrResume("intro-course", "safety");
        AttemptServiceIT.RIGHT.forEach((item, response) -> attempts.saveResponse(id, item, response));
        attempts.saveResponse(id, "soreness-hours", new Response.Numeric(new BigDecimal("72")));
        assertThat(attempts.submit(id).percent()).isEqualTo(88.9);

        Path bank = FOLDER.resolve("intro-course/modules/safety/items/bank.yaml");
        Files.writeString(bank, Files.readString(bank).replace("answer: 36\n    tolerance: 12", "answer: 48\n    tolerance: 24"));
        // The German translation must carry the same key, or the course no longer validates.
        Path translated = FOLDER.resolve("intro-course/modules/safety/items/bank.de.yaml");
        Files.writeString(translated, Files.readString(translated).replace("answer: 36\n    tolerance: 12", "answer: 48\n    tolerance: 24"));
        LoginAccount admin = TestAccounts.create(accounts, "Admin", Role.ADMIN);
        SignIn.as(admin);
        assertThat(library.reload().problems()).isEmpty();

        RegradeReport preview = attempts.regrade("intro-course", true);
        assertThat(preview.changes()).singleElement().satisfies(change -> {
            assertThat(change.attemptId()).isEqualTo(id);
            assertThat(change.oldPercent()).isEqualTo(88.9);
            assertThat(change.newPercent()).isEqualTo(100.0);
            assertThat(change.oldOutcome()).isEqualTo("PASSED");
        });
        assertThat(audit.historyOf("attempt:" + id)).isEmpty();

        assertThat(attempts.regrade("intro-course", false).changes()).hasSize(1);
        assertThat(attempts.regrade("intro-course", true).changes()).as("applied: nothing left to change").isEmpty();
        assertThat(audit.historyOf("attempt:" + id)).extracting(AuditEvent::details)
                .containsExactly("88.9% PASSED -> 100.0% PASSED");

        SignIn.as(learner);
        assertThat(attempts.report(id).percent()).isEqualTo(100.0);
    }

    @Autowired CaseService cases;

    @Test
    void a_case_is_regraded_with_the_corrected_credit_of_the_branch_the_learner_took() throws IOException {
        // Ten panellists key the case's script-concordance item, so it scores (below ten it would carry no points).
        TestPanels.answer(panels, accounts, "intro-course", "an-sct", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        LoginAccount learner = TestAccounts.create(accounts, "Referring Learner");
        SignIn.as(learner);
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        catalog.completeLesson("intro-course", "referred-pain");
        long id = cases.startOrResume("intro-course", "anticoagulated-neck");
        cases.saveResponse(id, "an-screen", new Response.Choice(java.util.Set.of("inr", "bruising")));
        cases.saveResponse(id, "an-sct", new Response.Scale(1));
        cases.proceed(id);
        cases.saveResponse(id, "decide", new Response.Choice(java.util.Set.of("refer")));
        cases.proceed(id);
        assertThat(cases.report(id).outcome()).isEqualTo("PASSED");

        Path file = FOLDER.resolve("intro-course/cases/anticoagulated-neck.yaml");
        Files.writeString(file, Files.readString(file).replace("credit: 0.5", "credit: 0.25"));
        SignIn.as(TestAccounts.create(accounts, "Case Admin", Role.ADMIN));
        assertThat(library.reload().problems()).isEmpty();

        assertThat(attempts.regrade("intro-course", false).changes()).filteredOn(c -> c.attemptId() == id)
                .singleElement().satisfies(change -> {
                    assertThat(change.assessment()).isEqualTo("case anticoagulated-neck");
                    assertThat(change.oldPercent()).isEqualTo(60.0);
                    assertThat(change.newPercent()).isEqualTo(50.0);
                    assertThat(change.newOutcome()).isEqualTo("FAILED");
                });
        SignIn.as(learner);
        assertThat(cases.report(id).outcome()).isEqualTo("FAILED");
    }
}
