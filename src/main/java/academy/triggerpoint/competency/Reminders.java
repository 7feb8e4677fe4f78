package academy.triggerpoint.competency;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.certification.StaffCertificate;
import academy.triggerpoint.competency.domain.Assignment;
import academy.triggerpoint.competency.domain.ReminderRecords;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.shared.PublicAddress;
import academy.triggerpoint.shared.SystemTask;
import academy.triggerpoint.shared.i18n.LocalFormats;
import academy.triggerpoint.shared.i18n.Translations;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Daily reminder mail. For every organisation it plans, once each: to the person, assignments due
 * within {@value AssignmentState#DUE_SOON_DAYS} days, overdue assignments and certificates expiring
 * within 90, 60 and 30 days; to each manager, one digest of what was planned for their staff that
 * day. Planned reminders are stored before sending, so a failed send is retried later (with a
 * growing pause) and never lost; a planned reminder is sent once (claimed with a conditional update).
 * Each mail is written, with its dates, in its recipient's language when it is planned.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final int[] EXPIRY_WARNINGS = {30, 60, 90};
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(15);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(12);

    private final StaffDirectory staff;
    private final Assignments assignments;
    private final CertificateService certificates;
    private final CourseLibrary library;
    private final ReminderRecords records;
    private final OutgoingMail mail;
    private final Clock clock;
    private final PublicAddress address;
    private final SystemTask system;
    private final Translations translations;

    Reminders(StaffDirectory staff, Assignments assignments, CertificateService certificates, CourseLibrary library,
              ReminderRecords records, OutgoingMail mail, Clock clock,
              PublicAddress address, SystemTask system, Translations translations) {
        this.translations = translations;
        this.staff = staff;
        this.assignments = assignments;
        this.certificates = certificates;
        this.library = library;
        this.records = records;
        this.mail = mail;
        this.clock = clock;
        this.address = address;
        this.system = system;
    }

    @Scheduled(cron = "${academy.reminders.cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "reminders-daily", lockAtMostFor = "PT2H")
    void daily() {
        ReminderRun run = system.run(this::runDaily);
        log.info("Reminders: {} planned, {} sent, {} failed (will retry)", run.planned(), run.sent(), run.failed());
    }

    @Scheduled(fixedDelayString = "${academy.reminders.retry-interval:PT15M}",
            initialDelayString = "${academy.reminders.retry-interval:PT15M}")
    @SchedulerLock(name = "reminders-retry", lockAtMostFor = "PT1H")
    void retry() {
        system.run(this::sendDue);
    }

    /** The daily run: the refresher rule first (its new assignments are reminded too), then plan and send. */
    @PreAuthorize("hasRole('SYSTEM')")
    public ReminderRun runDaily() {
        try {
            assignments.applyRefresherRules();
        } catch (RuntimeException e) {
            log.error("Assignment upkeep failed today; reminders are still planned", e);
        }
        int planned = 0;
        for (Long organisationId : staff.organisationIds()) {
            try {
                planned += planFor(organisationId);
            } catch (RuntimeException e) {
                // One organisation's bad data must not cost every other organisation its reminders.
                log.error("Reminders for organisation {} not planned today", organisationId, e);
            }
        }
        return new ReminderRun(planned, 0, 0).plus(sendDue());
    }

    /** Sends every planned reminder whose time has come. */
    @PreAuthorize("hasRole('SYSTEM')")
    public ReminderRun sendDue() {
        int sent = 0;
        int failed = 0;
        List<ReminderRecords.Pending> due;
        do {
            Instant now = clock.instant();
            due = records.due(now, 100);
            for (ReminderRecords.Pending pending : due) {
                if (!records.claim(pending, now.plus(CLAIM))) {
                    continue;
                }
                try {
                    mail.send(pending.email(), pending.subject(), pending.body());
                } catch (RuntimeException e) {
                    records.failed(pending.id(), clock.instant().plus(pause(pending.tries() + 1)), String.valueOf(e.getMessage()));
                    failed++;
                    continue;
                }
                // Handed over: from here it counts as sent. Only a crash before this line resends it
                // (after the claim lapses), so delivery is at least once and, in practice, once.
                records.sent(pending.id(), clock.instant());
                sent++;
            }
        } while (due.size() == 100 && failed == 0);
        return new ReminderRun(0, sent, failed);
    }

    static Duration pause(int tries) {
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(tries - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private int planFor(long organisationId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<Long, StaffMember> members = staff.membersOf(organisationId).stream().filter(StaffMember::active)
                .collect(Collectors.toMap(StaffMember::accountId, Function.identity()));
        List<CourseDefinition> courses = library.currentCourses();
        Map<String, String> titles = new HashMap<>();
        courses.forEach(course -> titles.put(course.id(), course.title()));
        Map<String, List<CourseDefinition>> renewers = CourseDefinition.renewersIn(courses);
        // A digest line is written in each manager's language, so it is kept as how to write it.
        List<Function<Locale, String>> digest = new ArrayList<>();
        int planned = 0;
        for (Assignment a : assignments.openIn(organisationId)) {
            StaffMember person = members.get(a.getAccountId());
            if (person == null) {
                continue;
            }
            AssignmentState state = AssignmentState.of(a.getDueOn(), false, false, today);
            String course = titles.getOrDefault(a.getCourseId(), a.getCourseId());
            String link = address.of("/courses/" + a.getCourseId());
            LocalDate due = a.getDueOn();
            Locale language = person.language();
            if (state == AssignmentState.DUE_SOON
                    && plan("assignment-due:" + a.getId(), "ASSIGNMENT_DUE", person,
                    text("competency.mail.assignment-due.subject", language, LocalFormats.date(due, language), course),
                    text("competency.mail.assignment-due.body", language, course, LocalFormats.date(due, language), link), now)) {
                digest.add(in -> text("competency.mail.manager-digest.assignment-due", in, person.fullName(), course,
                        LocalFormats.date(due, in)));
                planned++;
            } else if (state == AssignmentState.OVERDUE
                    && plan("assignment-overdue:" + a.getId(), "ASSIGNMENT_OVERDUE", person,
                    text("competency.mail.assignment-overdue.subject", language, course),
                    text("competency.mail.assignment-overdue.body", language, course, LocalFormats.date(due, language), link), now)) {
                digest.add(in -> text("competency.mail.manager-digest.assignment-overdue", in, person.fullName(), course,
                        LocalFormats.date(due, in)));
                planned++;
            }
        }
        List<StaffCertificate> held = certificates.of(members.keySet());
        for (StaffCertificate c : held) {
            StaffMember person = members.get(c.accountId());
            if (!"VALID".equals(c.status()) || c.expiresAt() == null || renewed(c, held, renewers)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC));
            Integer warning = null;
            for (int w : EXPIRY_WARNINGS) {
                if (days <= w) {
                    warning = w;
                    break;
                }
            }
            if (warning == null) {
                continue;
            }
            LocalDate expires = LocalDate.ofInstant(c.expiresAt(), ZoneOffset.UTC);
            Locale language = person.language();
            String expiresOn = LocalFormats.date(expires, language);
            Optional<CourseDefinition> renewer = renewers.getOrDefault(c.courseId(), List.of()).stream().findFirst();
            String body = renewer.map(r -> text("competency.mail.certificate-expiring.body-with-renewal", language,
                            c.code(), c.courseTitle(), expiresOn, days, r.title(), address.of("/courses/" + r.id()),
                            c.verificationUrl()))
                    .orElseGet(() -> text("competency.mail.certificate-expiring.body", language,
                            c.code(), c.courseTitle(), expiresOn, days, c.verificationUrl()));
            if (plan("certificate-expiring-" + warning + ":" + c.code(), "CERTIFICATE_EXPIRING", person,
                    text("competency.mail.certificate-expiring.subject", language, expiresOn, c.courseTitle()), body, now)) {
                digest.add(in -> text("competency.mail.manager-digest.certificate-expiring", in, person.fullName(),
                        c.courseTitle(), LocalFormats.date(expires, in)));
                planned++;
            }
        }
        if (!digest.isEmpty()) {
            for (StaffMember manager : staff.managersOf(organisationId)) {
                Locale language = manager.language();
                String lines = digest.stream().map(line -> "- " + line.apply(language)).collect(Collectors.joining("\n"));
                if (plan("manager-digest:" + manager.accountId() + ":" + today, "MANAGER_DIGEST", manager,
                        text("competency.mail.manager-digest.subject", language, LocalFormats.date(today, language)),
                        text("competency.mail.manager-digest.body", language, lines, address.of("/manager")), now)) {
                    planned++;
                }
            }
        }
        return planned;
    }

    /** A certificate is renewed when a course that renews it has a valid certificate issued after it. */
    private static boolean renewed(StaffCertificate c, List<StaffCertificate> held,
                                   Map<String, List<CourseDefinition>> renewers) {
        List<String> by = renewers.getOrDefault(c.courseId(), List.of()).stream().map(CourseDefinition::id).toList();
        return held.stream().anyMatch(other -> other.accountId() == c.accountId() && by.contains(other.courseId())
                && "VALID".equals(other.status()) && other.issuedAt().isAfter(c.issuedAt()));
    }

    /** Plans a mail once per key (the keys never change, so nothing is sent twice); the body gets greeting and signature. */
    private boolean plan(String key, String kind, StaffMember to, String subject, String body, Instant now) {
        return records.planOnce(key, kind, to.accountId(), to.email(), subject,
                text("competency.mail.letter", to.language(), to.fullName(), body), now);
    }

    private String text(String key, Locale language, Object... arguments) {
        return translations.getTranslation(key, language, arguments);
    }
}
