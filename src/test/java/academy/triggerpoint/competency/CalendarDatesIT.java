package academy.triggerpoint.competency;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.SystemTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The date-sensitive paths (certificate expiry, assignment due dates and overdue, reminders once a
 * day, the dashboard's expiring window) on days that have broken calendars before: a leap day, the
 * last minutes of a year, and the nights clocks change in Europe and New Zealand.
 */
@IntegrationTest
class CalendarDatesIT {

    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired CertificateService certificates;
    @Autowired Assignments assignments;
    @Autowired CompetencyDashboard dashboard;
    @Autowired Reminders reminders;
    @Autowired SystemTask system;
    @Autowired BackgroundWork background;
    @Autowired MutableClock clock;

    private final Instant saved = Instant.parse("2026-11-22T09:00:00Z");

    @AfterEach
    void restore() {
        clock.set(saved);
        SignIn.out();
    }

    private StaffRow rowOf(Clinics.Clinic clinic, LoginAccount person) {
        SignIn.as(clinic.manager());
        dashboard.refreshNow();
        return dashboard.rows(MatrixQuery.everyone(), 0, 100).stream().filter(r -> r.accountId() == person.id())
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2028-02-29T10:00:00Z", "2026-12-31T23:30:00Z", "2027-03-28T01:30:00Z", "2027-04-04T02:30:00Z"})
    void expiry_due_dates_overdue_and_reminders_hold_on_awkward_calendar_days(String start) {
        Instant now = Instant.parse(start);
        clock.set(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Calendar Clinic", "Kiri Calendar", "Lea Late");
        LoginAccount kiri = clinic.staff().get(0);
        LoginAccount lea = clinic.staff().get(1);
        assignments.assign(FixtureJourneys.COURSE, List.of(lea.id()), null, today.plusDays(1));

        SignIn.as(kiri);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        background.awaitDone();
        var certificate = certificates.mine().getFirst();
        LocalDate expiry = today.plusMonths(24);
        assertThat(LocalDate.ofInstant(certificate.expiresAt(), ZoneOffset.UTC)).isEqualTo(expiry);

        assertThat(rowOf(clinic, kiri).status("safety")).isEqualTo(CompetencyStatus.ACHIEVED);
        assertThat(rowOf(clinic, lea).overdueAssignments()).isZero();
        assertThat(system.run(reminders::runDaily).planned()).as("due tomorrow: reminded today").isPositive();
        assertThat(system.run(reminders::runDaily).planned()).as("and only once").isZero();

        clock.set(now.plus(Duration.ofDays(2)));
        assertThat(rowOf(clinic, lea).overdueAssignments()).as("overdue once the due day has passed").isEqualTo(1);

        clock.set(expiry.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(rowOf(clinic, kiri).status("safety")).isEqualTo(CompetencyStatus.EXPIRING_30);
        clock.set(expiry.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(rowOf(clinic, kiri).status("safety")).isEqualTo(CompetencyStatus.EXPIRED);
    }
}
