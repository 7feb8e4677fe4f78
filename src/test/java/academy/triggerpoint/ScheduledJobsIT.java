package academy.triggerpoint;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.SystemTask;
import academy.triggerpoint.shared.mail.OutgoingMail;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every scheduled job, run the way the scheduler runs it: the very runnable Spring registered, on
 * a thread of its own with nobody signed in, while the server log is watched for problems.
 */
@IntegrationTest
@TestPropertySource(properties = {"academy.reminders.cron=0 0 7 * * *", "academy.competency.sweep-cron=0 15 2 * * *"})
class ScheduledJobsIT {

    @Autowired List<ScheduledTaskHolder> holders;
    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired Assignments assignments;
    @Autowired OutgoingMail mail;
    @Autowired MutableClock clock;
    @Autowired BackgroundWork background;
    @Autowired SystemTask system;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** The runnables the scheduler runs (they name their method, as in {@code a.b.Reminders.daily}). */
    private List<Runnable> jobs() {
        return holders.stream().flatMap(h -> h.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .map(task -> task.getRunnable()).filter(r -> r.toString().startsWith("academy.triggerpoint.")).toList();
    }

    /** Runs every job once on a fresh thread, as the scheduler would; returns what went wrong. */
    private void runEveryJobAsTheSchedulerWould() throws InterruptedException {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread scheduler = new Thread(() -> jobs().forEach(job -> {
            try {
                job.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        }), "scheduling-test");
        scheduler.start();
        scheduler.join();
        assertThat(failures).as("jobs that threw").isEmpty();
    }

    @Test
    void the_platform_schedules_the_jobs_the_readme_promises() {
        Set<String> names = new TreeSet<>();
        jobs().forEach(job -> names.add(job.toString().replaceAll(".*\\.(\\w+\\.\\w+)$", "$1")));
        assertThat(names).contains("Reminders.daily", "Reminders.retry", "CompetencyLedger.nightlySweep",
                "OverdueAttempts.scheduled", "FailedWorkRetry.scheduled", "RateEvents.prune",
                "ToolKeys.scheduledRotation", "Launches.pruneLogins", "GradeReturn.deliverDue");
    }

    @Test
    void every_scheduled_job_does_its_work_with_nobody_signed_in_and_logs_no_problem() throws Exception {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Night Shift Clinic", "Tama Night", "Uli Late");
        var tama = clinic.staff().get(0);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(1).id()), null, today.plusDays(2));
        SignIn.as(tama);
        catalog.enrol(FixtureJourneys.COURSE);
        FixtureJourneys.readUpToTheQuiz(catalog);
        long attempt = attempts.startOrResume(FixtureJourneys.COURSE, "safety");
        FixtureJourneys.SAFETY_QUIZ_RIGHT.forEach((item, response) -> attempts.saveResponse(attempt, item, response));
        SignIn.out();
        background.awaitDone();
        clock.advance(Duration.ofMinutes(15));
        int mailsBefore = mail.logged().size();
        ServerLog log = ServerLog.watch();

        runEveryJobAsTheSchedulerWould();
        background.awaitDone();

        log.stopAndAssertClean();
        SignIn.as(tama);
        assertThat(attempts.report(attempt).submittedByTimer()).as("the overdue attempt was submitted").isTrue();
        assertThat(attempts.report(attempt).outcome()).isEqualTo("PASSED");
        assertThat(mail.logged().size()).as("the due-soon reminder and the manager's digest were sent")
                .isGreaterThanOrEqualTo(mailsBefore + 2);
    }

    @Test
    void system_work_is_refused_inside_a_vaadin_request_where_the_persons_context_would_win() {
        MockVaadin.setup();
        try {
            assertThatThrownBy(() -> system.run(() -> "anything")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("its own thread");
        } finally {
            MockVaadin.tearDown();
        }
    }
}
