package academy.triggerpoint.demo;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.CompetencyLedger;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.security.DemoSignIn;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.SystemTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo clinic months of history on its first start, so a manager signing in sees what the
 * dashboard is for: people cleared to needle, certificates expiring within 30, 60 and 90 days, an
 * overdue assignment, a safety-critical mistake in a case waiting for remediation, and a learner
 * part-way through the foundations course. Each person's past is made through the services real use
 * goes through, signed in as that person, with the {@link DemoClock} set to the day it happened;
 * the work that follows the commits (certificates, standings) is awaited at the end of each
 * person's story, before the clock leaves their past, so a certificate is dated and signed on the
 * day its course was completed (each story ends with its completion, if it has one). Runs only while the clinic's people have no enrolment yet,
 * so a restart on the same database changes nothing.
 */
@Component
@Profile("demo")
@Order(2)
class DemoHistory implements ApplicationRunner {

    static final String FOUNDATIONS = "dry-needling-foundations";
    static final String REFRESHER = "needle-safety-refresher";
    static final String MANAGER = "manager@demo.academy";
    static final String LEARNER = "learner@demo.academy";
    static final String ADMIN = "admin@demo.academy";
    /** Cleared to needle; the foundations course completed ten months ago. */
    static final String CLEARED = "tane.demo@harbour.example";
    /** Foundations expiring within 30 days, and the refresher assigned to her overdue. */
    static final String EXPIRING_30 = "sofia.demo@harbour.example";
    static final String EXPIRING_60 = "liam.demo@harbour.example";
    static final String EXPIRING_90 = "mei.demo@harbour.example";
    /** Working through the foundations course; an unsafe decision in a case needs remediation. */
    static final String UNSAFE = "ana.demo@harbour.example";
    /** The case she fails: an anticoagulated patient, whose deep needling ends it as a critical failure. */
    static final String UNSAFE_CASE = "buttock-pain-warfarin";

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final DemoSignIn signIn;
    private final DemoClock clock;
    private final Coursework work;
    private final CatalogService catalog;
    private final CourseLibrary library;
    private final StaffDirectory staff;
    private final CourseCompletions completions;
    private final Assignments assignments;
    private final CompetencyLedger ledger;
    private final SystemTask system;
    private final JdbcTemplate jdbc;

    DemoHistory(DemoSignIn signIn, DemoClock clock, Coursework work, CatalogService catalog, CourseLibrary library,
                StaffDirectory staff,
                CourseCompletions completions, Assignments assignments, CompetencyLedger ledger, SystemTask system,
                JdbcTemplate jdbc) {
        this.signIn = signIn;
        this.clock = clock;
        this.work = work;
        this.catalog = catalog;
        this.library = library;
        this.staff = staff;
        this.completions = completions;
        this.assignments = assignments;
        this.ledger = ledger;
        this.system = system;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> people = signIn.as(MANAGER, this::clinicWithoutHistory);
        if (people.isEmpty() || !coursesLoaded()) {
            return;
        }
        long started = System.nanoTime();
        Instant today = clock.instant();
        try {
            create(today, people);
            awaitWorkAfterCommits();
        } catch (RuntimeException e) {
            // The demo still runs without (all of) its history; the log says why.
            log.error("Demo clinic history could not be created", e);
            return;
        } finally {
            clock.backToNow();
        }
        // The nightly sweep, once now: refreshes that ran side by side during the stories cannot
        // have left an older standing stored last.
        system.run(ledger::refreshEveryMember);
        log.info("Demo clinic history created in {} ms", (System.nanoTime() - started) / 1_000_000);
        List<String> failed = jdbc.queryForList("select listener_id from event_publication where status = 'FAILED'",
                String.class);
        if (!failed.isEmpty()) {
            log.error("Work that followed the demo history failed: {}", failed);
        }
    }

    /**
     * The clinic's people by email, when the clinic exists and none of its people has enrolled on
     * anything; otherwise empty (there is nothing to do).
     */
    private Map<String, Long> clinicWithoutHistory() {
        List<StaffMember> members = staff.myStaff();
        if (members.isEmpty()) {
            return Map.of();
        }
        if (!completions.enrolmentsOf(members.stream().map(StaffMember::accountId).toList()).isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byEmail = new HashMap<>();
        members.forEach(m -> byEmail.put(m.email(), m.accountId()));
        return byEmail;
    }

    /**
     * Loads the course folder now, as the demo administrator would from the course problems page:
     * the library loads it by itself only once the application is ready, after this runner, and
     * then finds nothing new.
     */
    private boolean coursesLoaded() {
        signIn.as(ADMIN, library::reload);
        return signIn.as(MANAGER, () -> {
            try {
                catalog.currentCourse(FOUNDATIONS);
                catalog.currentCourse(REFRESHER);
                return true;
            } catch (NotFoundException notLoaded) {
                log.warn("Demo clinic history not created: the courses {} and {} are not loaded", FOUNDATIONS, REFRESHER);
                return false;
            }
        });
    }

    private void create(Instant today, Map<String, Long> people) {
        Instant twoYearsAgo = today.atOffset(ZoneOffset.UTC).minusMonths(24).toInstant();
        completeFoundations(CLEARED, today.atOffset(ZoneOffset.UTC).minusMonths(10).toInstant());
        completeFoundations(EXPIRING_30, twoYearsAgo.plus(Duration.ofDays(20)));
        completeFoundations(EXPIRING_60, twoYearsAgo.plus(Duration.ofDays(50)));
        completeFoundations(EXPIRING_90, twoYearsAgo.plus(Duration.ofDays(80)));

        // Six weeks ago the manager asked Sofia to renew with the refresher by four days ago; she has not.
        assign(today.minus(days(40)), REFRESHER, people.get(EXPIRING_30), date(today.minus(days(4))));
        assign(today.minus(days(30)), FOUNDATIONS, people.get(UNSAFE), date(today.plus(days(21))));
        assign(today.minus(days(8)), FOUNDATIONS, people.get(LEARNER), date(today.plus(days(40))));

        failACaseUnsafely(UNSAFE, today.minus(days(3)));
        startFoundations(LEARNER, today);
    }

    /**
     * Enrols ten days before {@code done}, finishes a module every two days, and passes the cases on
     * the last day, the last one at {@code done}: the course completes then and its certificate is
     * issued.
     */
    private void completeFoundations(String email, Instant done) {
        signIn.as(email, () -> {
            travelTo(done.minus(days(10)));
            CourseDefinition course = work.enrol(FOUNDATIONS);
            List<ModuleDefinition> modules = course.modules();
            for (int i = 0; i < modules.size(); i++) {
                travelTo(done.minus(days(9 - 2L * i)));
                work.finish(FOUNDATIONS, modules.get(i));
            }
            List<CaseDefinition> cases = course.cases();
            for (int i = 0; i < cases.size(); i++) {
                travelTo(done.minus(Duration.ofMinutes(40L * (cases.size() - 1 - i))));
                work.passCase(FOUNDATIONS, cases.get(i));
            }
            awaitWorkAfterCommits();
        });
    }

    /**
     * Works through the foundations course over the last weeks, passes two cases, then takes the
     * unsafe decision in {@link #UNSAFE_CASE} on {@code when}.
     */
    private void failACaseUnsafely(String email, Instant when) {
        signIn.as(email, () -> {
            travelTo(when.minus(days(26)));
            CourseDefinition course = work.enrol(FOUNDATIONS);
            List<ModuleDefinition> modules = course.modules();
            for (int i = 0; i < modules.size(); i++) {
                travelTo(when.minus(days(24 - 6L * i)));
                work.finish(FOUNDATIONS, modules.get(i));
            }
            CaseDefinition unsafe = course.caseDefinition(UNSAFE_CASE).orElseThrow();
            List<CaseDefinition> passed = course.cases().stream().filter(c -> !c.id().equals(UNSAFE_CASE)).limit(2).toList();
            for (int i = 0; i < passed.size(); i++) {
                travelTo(when.minus(days(2 - i)));
                work.passCase(FOUNDATIONS, passed.get(i));
            }
            travelTo(when);
            work.failCaseCritically(FOUNDATIONS, unsafe);
            awaitWorkAfterCommits();
        });
    }

    /** The demo learner enrolled five days ago, has read three lessons and opened the fourth. */
    private void startFoundations(String email, Instant today) {
        signIn.as(email, () -> {
            travelTo(today.minus(days(5)));
            ModuleDefinition first = work.enrol(FOUNDATIONS).modules().getFirst();
            for (int i = 0; i < 3 && i < first.lessons().size(); i++) {
                travelTo(today.minus(days(4 - i)));
                work.read(FOUNDATIONS, first, i + 1);
            }
            if (first.lessons().size() > 3) {
                travelTo(today.minus(Duration.ofHours(20)));
                work.open(FOUNDATIONS, first.lessons().get(3).id());
            }
            awaitWorkAfterCommits();
        });
    }

    /** The manager assigns a course to one person on {@code when}, due on {@code dueOn}. */
    private void assign(Instant when, String courseId, Long accountId, LocalDate dueOn) {
        if (accountId == null) {
            return;
        }
        signIn.as(MANAGER, () -> {
            travelTo(when);
            assignments.assign(courseId, List.of(accountId), null, dueOn);
        });
    }

    private void travelTo(Instant when) {
        clock.travelTo(when);
    }

    /**
     * Waits until the event publication registry holds nothing still running or waiting: certificates
     * and standings are made in other threads after each commit, and a certificate takes its issue
     * date from the clock.
     */
    private void awaitWorkAfterCommits() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (outstanding() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Work after commit still outstanding after " + PATIENCE.toSeconds() + " s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the demo history was created", e);
            }
        }
    }

    private int outstanding() {
        Integer count = jdbc.queryForObject("select count(*) from event_publication"
                + " where completion_date is null and (status is null or status <> 'FAILED')", Integer.class);
        return count == null ? 0 : count;
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
