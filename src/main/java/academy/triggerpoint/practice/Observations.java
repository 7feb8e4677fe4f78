package academy.triggerpoint.practice;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.PracticalDefinition;
import academy.triggerpoint.competency.PracticalEvidence;
import academy.triggerpoint.competency.PracticalObserved;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.practice.domain.ObservationRecords;
import academy.triggerpoint.practice.domain.Scope;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct observation of a procedure. An assessor (a supervisor of the learner's organisation) marks a
 * course's practical checklist step by step; {@link ObservationRules} judges it; the result is signed
 * on the spot (who, when, SHA-256 of the content) and never changes. A pass evidences the practical's
 * competency in the ledger and counts towards the jurisdictions that require the practical.
 */
@Service
@Transactional
public class Observations implements PracticalEvidence {

    public static final int MAX_STEP_COMMENT = 300;
    public static final int MAX_COMMENT = 500;
    /** How far back an observation may be recorded: the assessor writes it up while it is fresh. */
    public static final int MAX_DAYS_BACK = 30;

    private final ObservationRecords records;
    private final CourseLibrary library;
    private final StaffDirectory staff;
    private final Jurisdictions jurisdictions;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Observations(ObservationRecords records, CourseLibrary library, StaffDirectory staff, Jurisdictions jurisdictions,
                 CurrentAccount current, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.library = library;
        this.staff = staff;
        this.jurisdictions = jurisdictions;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A practical of a current course version, as an assessor chooses it. */
    public record Practical(String courseId, String courseTitle, String courseVersion, PracticalDefinition definition) {

        public String reference() {
            return PracticalDefinition.reference(courseId, definition.id());
        }
    }

    /** The practicals of every current course, by course and then file order. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'MANAGER', 'LEARNER')")
    @Transactional(readOnly = true)
    public List<Practical> practicals() {
        List<Practical> all = new ArrayList<>();
        for (CourseDefinition course : library.currentCourses()) {
            course.practicals().forEach(p -> all.add(new Practical(course.id(), course.title(), course.version(), p)));
        }
        return List.copyOf(all);
    }

    /** The people the caller may observe: the other members of the organisation they supervise. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<StaffMember> assessable() {
        return staff.peopleISupervise();
    }

    /**
     * Records and signs an observation by the caller. Refused, saying which field and why, when the
     * learner is not someone the caller supervises, the date is in the future, more than
     * {@value #MAX_DAYS_BACK} days back or before the learner was licensed, a step is unmarked, or a
     * comment is too long or identifies a patient; then nothing is stored.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Observation record(NewObservation n) {
        long me = current.id();
        if (n.learnerId() == me) {
            throw new InvalidInputException("learner", "Nobody assesses their own practical: ask another supervisor.");
        }
        StaffMember learner = staff.peopleISupervise().stream().filter(m -> m.accountId() == n.learnerId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("learner", "You can assess only people of the organisation you supervise."));
        long organisation = staff.callerOrganisationId().orElseThrow();
        Practical practical = practicals().stream()
                .filter(p -> p.courseId().equals(n.courseId()) && p.definition().id().equals(n.practicalId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("practical", "No current course has the practical '"
                        + n.courseId() + "/" + n.practicalId() + "'."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (n.observedOn() == null || n.observedOn().isAfter(today)) {
            throw new InvalidInputException("observedOn", "Give the day of the observation, not in the future.");
        }
        if (n.observedOn().isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new InvalidInputException("observedOn", "Record an observation within " + MAX_DAYS_BACK
                    + " days of it; " + n.observedOn() + " is longer ago.");
        }
        jurisdictions.firstLicensedOn(n.learnerId()).filter(n.observedOn()::isBefore).ifPresent(licensed -> {
            throw new InvalidInputException("observedOn", "The day " + n.observedOn() + " is before " + learner.fullName()
                    + " was first licensed (" + licensed + ").");
        });
        Map<String, Boolean> done = n.done() == null ? Map.of() : n.done();
        ObservationRules.Outcome outcome;
        try {
            outcome = ObservationRules.judge(practical.definition(), done, n.observedOn());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("steps", e.getMessage());
        }
        List<Observation.StepResult> steps = new ArrayList<>();
        for (PracticalDefinition.Step step : practical.definition().steps()) {
            String comment = text(n.comments() == null ? null : n.comments().get(step.id()), MAX_STEP_COMMENT,
                    "steps", "The comment on “" + step.text() + "”");
            steps.add(new Observation.StepResult(step.id(), step.text(), step.critical(), done.get(step.id()), comment));
        }
        String comment = text(n.comment(), MAX_COMMENT, "comment", "The overall comment");
        var signedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String assessorName = staff.colleague(me).map(StaffMember::fullName).orElse("");
        Observation unsigned = new Observation(0, n.learnerId(), learner.fullName(), practical.courseId(), practical.courseVersion(),
                practical.definition().id(), practical.definition().title(), n.observedOn(), me, assessorName, outcome.passed(),
                !outcome.criticalMissed().isEmpty(), outcome.stepsDone(), outcome.stepsTotal(), List.copyOf(steps), comment,
                outcome.validUntil(), signedAt, null);
        String hash = contentHash(unsigned);
        records.insert(withHash(unsigned, hash), organisation);
        audit.record(me, outcome.passed() ? "observation-passed" : "observation-not-passed", "account:" + n.learnerId(),
                practical.reference() + " sha256:" + hash);
        events.publishEvent(new PracticalObserved(n.learnerId()));
        return records.of(Scope.account(n.learnerId())).stream().filter(o -> o.contentHash().equals(hash)).findFirst().orElseThrow();
    }

    private static String text(String value, int max, String field, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, what + " is longer than " + max + " characters.");
        }
        PatientIdentifiers.find(value).ifPresent(found -> {
            throw new InvalidInputException(field, what + " looks like it contains " + found
                    + ". An observation must not identify the patient.");
        });
        return value.strip();
    }

    /** The caller's own observations, newest first. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public List<Observation> mine() {
        return newestFirst(records.of(Scope.account(current.id())));
    }

    /** The observations the caller may see as an assessor: those of the people they supervise, newest first. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Observation> ofPeopleISupervise() {
        java.util.Set<Long> supervised = staff.peopleISupervise().stream().map(StaffMember::accountId)
                .collect(java.util.stream.Collectors.toSet());
        return staff.callerOrganisationId().map(org -> newestFirst(records.of(Scope.organisation(org)).stream()
                .filter(o -> supervised.contains(o.accountId())).toList())).orElse(List.of());
    }

    /** One staff member's observations, for their manager, newest first. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Observation> ofMyStaffMember(long accountId) {
        if (!staff.isMine(accountId)) {
            throw new NotFoundException("No such person in your organisation.");
        }
        return newestFirst(records.of(Scope.account(accountId)));
    }

    /** For the competency ledger, which calls it as the system. */
    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<Fact> of(Collection<Long> accountIds) {
        return records.facts(accountIds);
    }

    private static List<Observation> newestFirst(List<Observation> observations) {
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(java.util.Comparator.comparing(Observation::observedOn).thenComparing(Observation::signedAt)
                .thenComparing(Observation::id).reversed());
        return List.copyOf(sorted);
    }

    /** SHA-256 of what the assessor signs, in one canonical line. */
    static String contentHash(Observation o) {
        return PracticeLog.sha256(String.join("\u001f", String.valueOf(o.accountId()), o.courseId(), o.courseVersion(),
                o.practicalId(), o.practicalTitle(), o.observedOn().toString(), String.valueOf(o.assessorId()),
                String.valueOf(o.passed()), ObservationRecords.stepsJson(o.steps()), o.comment() == null ? "" : o.comment(),
                o.signedAt().toString()));
    }

    private static Observation withHash(Observation o, String hash) {
        return new Observation(o.id(), o.accountId(), o.learnerName(), o.courseId(), o.courseVersion(), o.practicalId(),
                o.practicalTitle(), o.observedOn(), o.assessorId(), o.assessorName(), o.passed(), o.criticalMissed(), o.stepsDone(),
                o.stepsTotal(), o.steps(), o.comment(), o.validUntil(), o.signedAt(), hash);
    }
}
