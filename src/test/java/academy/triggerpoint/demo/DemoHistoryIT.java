package academy.triggerpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.Application;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.competency.DashboardOverview;
import academy.triggerpoint.competency.MatrixQuery;
import academy.triggerpoint.competency.PersonReport;
import academy.triggerpoint.competency.StaffRow;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.security.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The default run (demo profile) on an empty database: the demo clinic's manager finds months of
 * history on the dashboard, made through the real services, and a restart on the same database
 * adds nothing. Starts the application twice on a database file of its own.
 */
class DemoHistoryIT {

    private static ConfigurableApplicationContext start(Path database) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:file:" + database.resolve("academy"), "--server.port=0",
                        "--academy.certificates.dev-keystore=target/test-signing/certificate-signing-dev.p12",
                        "--academy.reminders.cron=-", "--academy.competency.sweep-cron=-",
                        "--spring.h2.console.enabled=false", "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.copilot.enable=false", "--logging.level.org.springframework=warn",
                        "--logging.level.com.vaadin=warn", "--logging.level.org.hibernate=warn",
                        "--logging.level.org.flywaydb=warn");
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        return context;
    }

    @Test
    void the_demo_clinic_starts_with_realistic_history_made_once_and_the_clock_back_at_today() throws Exception {
        Path database = Files.createTempDirectory("demo-history-db");
        Map<String, Long> history;
        try (ConfigurableApplicationContext first = start(database)) {
            long drift = Math.abs(first.getBean(Clock.class).millis() - System.currentTimeMillis());
            assertThat(drift).as("the application's clock reads real time again once started").isLessThan(5_000);
            assertThat(first.getBean(DemoClock.class).travelling()).isFalse();

            SignIn.as(first.getBean(AccountDirectory.class).findForLogin("manager@demo.academy").orElseThrow());
            CompetencyDashboard dashboard = first.getBean(CompetencyDashboard.class);
            DashboardOverview.Counts counts = dashboard.overview().counts();
            assertThat(counts.staff()).isEqualTo(8);
            assertThat(counts.cleared()).as("cleared to needle: one valid, three expiring").isEqualTo(4);
            assertThat(counts.expiring()).isEqualTo(3);
            assertThat(counts.overdue()).isEqualTo(1);
            assertThat(counts.needsRemediation()).as("a critical miss in a case, and the demo learner's observation").isEqualTo(2);

            Map<String, StaffRow> rows = dashboard.allRows(MatrixQuery.everyone()).stream()
                    .collect(Collectors.toMap(StaffRow::email, Function.identity()));
            assertThat(rows.get(DemoHistory.CLEARED).statuses().values()).contains(CompetencyStatus.ACHIEVED)
                    .doesNotContain(CompetencyStatus.EXPIRING_30, CompetencyStatus.EXPIRING_60, CompetencyStatus.EXPIRING_90);
            assertThat(rows.get(DemoHistory.EXPIRING_30).statuses().values()).contains(CompetencyStatus.EXPIRING_30);
            assertThat(rows.get(DemoHistory.EXPIRING_30).overdueAssignments()).isEqualTo(1);
            assertThat(rows.get(DemoHistory.EXPIRING_60).statuses().values()).contains(CompetencyStatus.EXPIRING_60)
                    .doesNotContain(CompetencyStatus.EXPIRING_30);
            assertThat(rows.get(DemoHistory.EXPIRING_90).statuses().values()).contains(CompetencyStatus.EXPIRING_90)
                    .doesNotContain(CompetencyStatus.EXPIRING_30, CompetencyStatus.EXPIRING_60);
            assertThat(rows.get(DemoHistory.LEARNER).statuses().values()).contains(CompetencyStatus.IN_PROGRESS);

            PersonReport ana = dashboard.person(rows.get(DemoHistory.UNSAFE).accountId());
            assertThat(ana.cleared()).isFalse();
            assertThat(ana.criticalMisses()).singleElement().satisfies(miss -> {
                assertThat(miss.where()).startsWith("Case: ");
                assertThat(miss.stage()).startsWith("Decision: ");
            });

            CertificateService certificates = first.getBean(CertificateService.class);
            for (String email : List.of(DemoHistory.CLEARED, DemoHistory.EXPIRING_30, DemoHistory.EXPIRING_60,
                    DemoHistory.EXPIRING_90)) {
                PersonReport person = dashboard.person(rows.get(email).accountId());
                assertThat(person.certificates()).as(email).singleElement()
                        .satisfies(c -> assertThat(c.status()).isEqualTo("VALID"));
                CertificateSummary certificate = person.certificates().getFirst();
                assertThat(certificates.verify(certificate.code(), "demo-history-test").learnerName())
                        .as("the name printed on the certificate").isEqualTo(person.member().fullName());
            }
            assertThat(rows.values()).extracting(StaffRow::licenceNumber).allMatch(l -> l.matches("DEMO-[A-Z0-9]+"),
                    "a demo licence number, never DEMO--1234");
            assertThat(rows.get(DemoHistory.EXPIRING_30).fullName()).isEqualTo("Sofia Андреева");
            var practical = first.getBean(academy.triggerpoint.practice.Jurisdictions.class).ofMyStaff();
            assertThat(practical.get(rows.get(DemoHistory.CLEARED).accountId())).extracting(s -> s.eligibility().summary())
                    .as("Tāne: cleared in Florida, not yet in Georgia").containsExactly("Florida, United States: eligible",
                            "Georgia, United States: 6 in-person hours and “Proof of OSHA Bloodborne Pathogens Standard education and "
                                    + "of dry needling education and training submitted to the Georgia State Board of Physical Therapy” missing");
            var matrix = first.getBean(academy.triggerpoint.practice.Jurisdictions.class)
                    .myStaffPractical(academy.triggerpoint.practice.Jurisdictions.PracticalQuery.everyone(), 0, 50);
            assertThat(matrix.total()).isEqualTo(8);
            assertThat(matrix.rows()).filteredOn(r -> r.member().email().equals(DemoHistory.CLEARED)).singleElement()
                    .satisfies(r -> assertThat(r.observed()).as("Tāne passed the observed practical").singleElement()
                            .satisfies(o -> assertThat(o.passed()).isTrue()));
            assertThat(rows.get(DemoHistory.EXPIRING_90).fullName()).isEqualTo("陳美 Mei Chen");
            SignIn.out();

            SignIn.as(first.getBean(AccountDirectory.class).findForLogin(DemoHistory.LEARNER).orElseThrow());
            var outline = first.getBean(CatalogService.class).outline(DemoHistory.FOUNDATIONS);
            assertThat(outline.enrolled()).isTrue();
            assertThat(outline.percentComplete()).isBetween(1, 99);
            assertThat(outline.continueLessonId()).isEqualTo(outline.modules().getFirst().lessons().get(3).lessonId());
            SignIn.out();

            history = history(first.getBean(JdbcTemplate.class));
            assertThat(history.get("certificate")).isEqualTo(4);
        }

        try (ConfigurableApplicationContext second = start(database)) {
            assertThat(history(second.getBean(JdbcTemplate.class))).as("a restart adds no history").isEqualTo(history);
        }
    }

    private static Map<String, Long> history(JdbcTemplate jdbc) {
        return List.of("enrolment", "lesson_progress", "attempt", "certificate", "assignment", "practice_entry", "practice_observation").stream()
                .collect(Collectors.toMap(Function.identity(),
                        table -> jdbc.queryForObject("select count(*) from " + table, Long.class)));
    }
}
