package academy.triggerpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every Flyway migration runs on a real PostgreSQL 17 (in-process, no Docker), Hibernate validates
 * the mapping against it, and the main flows run on it, so no H2-only SQL creeps in.
 */
@IntegrationTest
@org.springframework.test.annotation.DirtiesContext
class PostgresMigrationIT {

    static final EmbeddedPostgres POSTGRES;

    static {
        try {
            POSTGRES = EmbeddedPostgres.builder().start();
            // Stopped when the JVM ends: the class's context is closed after the class (DirtiesContext), and
            // closing it still uses the database (the event publication registry).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    POSTGRES.close();
                } catch (IOException ignored) {
                    // the JVM is ending either way
                }
            }));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }


    @Autowired DataSource dataSource;
    @Autowired academy.triggerpoint.shared.SystemTask system;
    @Autowired MutableClock clock;
    @Autowired BackgroundWork background;
    @Autowired RegistrationService registration;
    @Autowired AccountDirectory directory;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired academy.triggerpoint.assessment.AttemptService attempts;
    @Autowired academy.triggerpoint.assessment.CaseService cases;
    @Autowired academy.triggerpoint.people.Organisations organisations;
    @Autowired academy.triggerpoint.competency.CompetencyDashboard dashboard;
    @Autowired academy.triggerpoint.competency.Reminders reminders;
    @Autowired academy.triggerpoint.competency.Assignments assignments;
    @Autowired academy.triggerpoint.competency.CompetencyExports exports;
    @Autowired academy.triggerpoint.certification.CertificateBatches batches;
    @Autowired academy.triggerpoint.certification.CertificateService certificates;
    @Autowired academy.triggerpoint.authoring.Drafts drafts;
    @Autowired academy.triggerpoint.authoring.ItemStatistics itemStatistics;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void all_migrations_apply_on_postgresql_and_the_schema_matches_the_entities() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_file", Integer.class)).isPositive();
    }

    @Test
    void drafts_conflicts_review_publishing_and_item_statistics_run_on_postgresql() {
        SignIn.as(TestAccounts.create(accounts, "Postgres Author", academy.triggerpoint.shared.Role.AUTHOR));
        long id = drafts.startNewCourse("postgres-drafted", "Drafted on PostgreSQL");
        String lesson = "modules/introduction/introduction-overview.md";
        long revision = drafts.file(id, lesson).revision();
        drafts.save(id, lesson, "---\ntitle: Overview\nminutes: 5\n---\nSaved on PostgreSQL.\n", revision);
        assertThatThrownBy(() -> drafts.save(id, lesson, "lost", revision))
                .isInstanceOf(academy.triggerpoint.authoring.EditConflictException.class);
        assertThat(drafts.recent()).extracting(d -> d.id()).contains(id);
        drafts.submit(id);
        SignIn.as(TestAccounts.create(accounts, "Postgres Reviewer", academy.triggerpoint.shared.Role.AUTHOR));
        assertThat(drafts.approve(id, "Fine.").label()).isEqualTo("0.1.0");
        assertThat(drafts.history(id)).hasSize(5);
        assertThat(itemStatistics.of("intro-course").courseId()).isEqualTo("intro-course");
    }

    @Test
    void registration_enrolment_and_progress_work_on_postgresql() {
        registration.register(TestAccounts.registration("pg@clinic.example"));
        assertThat(directory.findForLogin("PG@clinic.example")).isPresent();

        SignIn.as(TestAccounts.create(accounts, "Postgres Learner"));
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        CourseOutline outline = catalog.outline("intro-course");

        assertThat(outline.percentComplete()).isEqualTo(25);
        assertThat(catalog.openLesson("intro-course", "taut-bands").html()).contains("/course-assets/");
    }

    @Test
    void the_competency_ledger_dashboard_reminders_exports_and_batch_regeneration_run_on_postgresql() throws Exception {
        var clinic = academy.triggerpoint.competency.Clinics.open(organisations, accounts, "Postgres Clinic", "Pia Postgres");
        academy.triggerpoint.people.LoginAccount pia = clinic.staff().getFirst();
        SignIn.as(pia);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();

        SignIn.as(clinic.manager());
        var row = dashboard.rows(academy.triggerpoint.competency.MatrixQuery.everyone(), 0, 10).stream()
                .filter(r -> r.accountId() == pia.id()).findFirst().orElseThrow();
        assertThat(row.status("safety")).isEqualTo(academy.triggerpoint.competency.CompetencyStatus.ACHIEVED);
        assertThat(dashboard.person(pia.id()).attempts()).isNotEmpty();
        assignments.assign(FixtureJourneys.COURSE, java.util.List.of(clinic.manager().id()), null,
                java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(3));
        var csv = new java.io.ByteArrayOutputStream();
        exports.write(academy.triggerpoint.competency.CompetencyExports.Kind.CERTIFICATES, csv);
        assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(code);

        var first = system.run(reminders::runDaily);
        var second = system.run(reminders::runDaily);
        assertThat(first.planned()).isPositive();
        assertThat(second.planned()).as("planned once, on PostgreSQL too").isZero();

        byte[] before;
        SignIn.as(pia);
        before = certificates.pdf(code).orElseThrow();
        SignIn.as(TestAccounts.create(accounts, "Postgres Admin", academy.triggerpoint.shared.Role.ADMIN));
        var progress = batches.start(null);
        for (int i = 0; i < 200 && progress.running(); i++) {
            Thread.sleep(50);
            progress = batches.progress().orElseThrow();
        }
        assertThat(progress.failed()).isZero();
        assertThat(certificates.matchUpload(before, "10.9.9.9").code()).isEqualTo(code);
    }
}
