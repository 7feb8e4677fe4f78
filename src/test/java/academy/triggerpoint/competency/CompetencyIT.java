package academy.triggerpoint.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CompetencyIT {

    @Autowired Organisations organisations;
    @Autowired CompetencyDashboard dashboard;
    @Autowired Assignments assignments;
    @Autowired CompetencyExports exports;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired CertificateService certificates;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;
    @Autowired BackgroundWork background;

    Clinics.Clinic clinic;
    Instant savedTime;

    @BeforeEach
    void aClinicWithTwoPhysios() {
        savedTime = clock.instant();
        clinic = Clinics.open(organisations, accounts, "Harbour Physio", "Aroha Ngata", "Ben Okafor");
    }

    @AfterEach
    void restore() {
        clock.set(savedTime);
        SignIn.out();
    }

    private LoginAccount aroha() {
        return clinic.staff().get(0);
    }

    private StaffRow rowOf(LoginAccount person) {
        SignIn.as(clinic.manager());
        dashboard.refreshNow();
        return dashboard.rows(MatrixQuery.everyone(), 0, 100).stream().filter(r -> r.accountId() == person.id())
                .findFirst().orElseThrow();
    }

    private void asLearner(LoginAccount learner, Runnable work) {
        SignIn.as(learner);
        work.run();
        background.awaitDone();
        SignIn.as(clinic.manager());
    }

    @Test
    void statuses_follow_the_record_from_not_started_to_cleared_to_needle() {
        assertThat(rowOf(aroha()).status("safety")).isEqualTo(CompetencyStatus.NOT_STARTED);

        asLearner(aroha(), () -> FixtureJourneys.completeTheCourse(catalog, attempts));
        StaffRow halfway = rowOf(aroha());
        assertThat(halfway.status("safety")).as("the quiz is passed, the case is not").isEqualTo(CompetencyStatus.IN_PROGRESS);
        assertThat(halfway.cleared()).isFalse();

        asLearner(aroha(), () -> FixtureJourneys.takeTheAnticoagulationCase(cases, true));
        StaffRow done = rowOf(aroha());
        assertThat(done.status("safety")).isEqualTo(CompetencyStatus.ACHIEVED);
        assertThat(done.cleared()).isTrue();
        assertThat(dashboard.overview().counts().cleared()).isEqualTo(1);
        assertThat(dashboard.rows(new MatrixQuery(null, MatrixQuery.Focus.CLEARED, null, null, null, MatrixQuery.Sort.NAME, false), 0, 10))
                .extracting(StaffRow::fullName).containsExactly("Aroha Ngata");
    }

    @Test
    void a_critical_mistake_in_a_case_needs_remediation_with_the_case_and_stage_in_the_drill_down() {
        asLearner(aroha(), () -> {
            FixtureJourneys.completeTheCourse(catalog, attempts);
            FixtureJourneys.takeTheAnticoagulationCase(cases, false);
        });

        assertThat(rowOf(aroha()).status("safety")).isEqualTo(CompetencyStatus.NEEDS_REMEDIATION);
        assertThat(dashboard.overview().counts().needsRemediation()).isEqualTo(1);
        PersonReport report = dashboard.person(aroha().id());
        assertThat(report.cleared()).isFalse();
        assertThat(report.criticalMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.where()).isEqualTo("Case: Neck pain in a patient on warfarin");
            assertThat(miss.stage()).contains("Decision");
        });
        assertThat(report.attempts()).extracting(PersonReport.AttemptEntry::outcome).contains("FAILED_CRITICAL", "PASSED");

        clock.advance(Duration.ofHours(2));
        asLearner(aroha(), () -> FixtureJourneys.takeTheAnticoagulationCase(cases, true));
        assertThat(rowOf(aroha()).status("safety")).as("a pass resolves it").isEqualTo(CompetencyStatus.ACHIEVED);
    }

    @Test
    void an_achieved_competency_turns_expiring_and_then_expired_with_the_course_validity() {
        asLearner(aroha(), () -> {
            FixtureJourneys.completeTheCourse(catalog, attempts);
            FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        });
        Instant achieved = clock.instant();

        clock.set(achieved.atOffset(ZoneOffset.UTC).plusMonths(24).minusDays(20).toInstant());
        assertThat(rowOf(aroha()).status("safety")).isEqualTo(CompetencyStatus.EXPIRING_30);
        assertThat(rowOf(aroha()).cleared()).as("still in date").isTrue();
        assertThat(dashboard.overview().counts().expiring()).isEqualTo(1);

        clock.set(achieved.atOffset(ZoneOffset.UTC).plusMonths(24).plusDays(1).toInstant());
        assertThat(rowOf(aroha()).status("safety")).isEqualTo(CompetencyStatus.EXPIRED);
        assertThat(rowOf(aroha()).cleared()).isFalse();
    }

    @Test
    void an_assignment_turns_overdue_after_its_due_date_and_completing_the_course_completes_it() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        AssignmentResult result = assignments.assign(FixtureJourneys.COURSE, List.of(aroha().id()), null, today.plusDays(10));
        assertThat(result.created()).isEqualTo(1);
        assertThat(assignments.assign(FixtureJourneys.COURSE, List.of(aroha().id()), null, today.plusDays(10)).skipped())
                .containsExactly("Aroha Ngata: already assigned this course");
        assertThatThrownBy(() -> assignments.assign(FixtureJourneys.COURSE, List.of(aroha().id()), null, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("today onwards");

        clock.advance(Duration.ofDays(11));
        assertThat(rowOf(aroha()).overdueAssignments()).isEqualTo(1);
        assertThat(dashboard.overview().counts().overdue()).isEqualTo(1);

        asLearner(aroha(), () -> FixtureJourneys.completeTheCourse(catalog, attempts));
        assertThat(rowOf(aroha()).overdueAssignments()).isZero();
        assertThat(dashboard.person(aroha().id()).assignments()).singleElement()
                .extracting(PersonReport.AssignmentLine::state).isEqualTo(AssignmentState.COMPLETED);
    }

    @Test
    void a_manager_sees_nothing_of_another_organisation_by_any_id() {
        asLearner(aroha(), () -> FixtureJourneys.completeTheCourse(catalog, attempts));
        SignIn.as(aroha());
        String arohasCertificate = certificates.mine().getFirst().code();
        Clinics.Clinic other = Clinics.open(organisations, accounts, "Other Clinic", "Chen Wei");

        SignIn.as(other.manager());
        dashboard.refreshNow();
        assertThat(dashboard.rows(MatrixQuery.everyone(), 0, 100)).extracting(StaffRow::fullName)
                .containsExactly("Chen Wei", "Manager of Other Clinic");
        assertThatThrownBy(() -> dashboard.person(aroha().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(FixtureJourneys.COURSE, List.of(aroha().id()), null,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(5))).isInstanceOf(NotFoundException.class);
        assertThat(certificates.ofMyStaff(aroha().id())).isEmpty();
        assertThat(certificates.pdf(arohasCertificate)).as("a guessed code gives nothing").isEmpty();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.write(CompetencyExports.Kind.CERTIFICATES, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).doesNotContain(arohasCertificate, "Aroha");

        SignIn.as(clinic.manager());
        assertThat(certificates.ofMyStaff(aroha().id())).extracting(c -> c.code()).containsExactly(arohasCertificate);
        assertThat(certificates.pdf(arohasCertificate)).as("her own manager may download it").isPresent();
    }

    @Test
    void the_exports_list_the_matrix_completions_and_certificates_with_verification_links() {
        asLearner(aroha(), () -> FixtureJourneys.completeTheCourse(catalog, attempts));

        ByteArrayOutputStream matrix = new ByteArrayOutputStream();
        exports.write(CompetencyExports.Kind.MATRIX, matrix);
        List<String> lines = matrix.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("name,email,licence_number,jurisdiction,team,cleared_to_needle,physiology,safety");
        assertThat(lines).as("a header and the manager and two physios").hasSize(4)
                .anySatisfy(l -> assertThat(l).startsWith("\"Aroha Ngata\",").contains(",no,", "\"In progress\""));

        ByteArrayOutputStream completions = new ByteArrayOutputStream();
        exports.write(CompetencyExports.Kind.COMPLETIONS, completions);
        assertThat(completions.toString(StandardCharsets.UTF_8)).contains("Aroha Ngata", "Introduction to Trigger Points", ",0.5");

        ByteArrayOutputStream certs = new ByteArrayOutputStream();
        exports.write(CompetencyExports.Kind.CERTIFICATES, certs);
        assertThat(certs.toString(StandardCharsets.UTF_8)).contains("Aroha Ngata", "VALID", "http://localhost:8080/verify/");
    }

    @Test
    void spreadsheet_formulas_in_names_are_exported_as_text() {
        assertThat(CompetencyExports.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CompetencyExports.cell("-1")).isEqualTo("'-1");
        assertThat(CompetencyExports.cell("Zoë")).isEqualTo("Zoë");
    }

    @Test
    void learners_cannot_open_the_dashboard() {
        SignIn.as(aroha());
        assertThatThrownBy(() -> dashboard.overview())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> exports.write(CompetencyExports.Kind.MATRIX, new ByteArrayOutputStream()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

}
