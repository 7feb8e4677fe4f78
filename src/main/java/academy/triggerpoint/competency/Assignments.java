package academy.triggerpoint.competency;

import academy.triggerpoint.catalog.CourseCompleted;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.EnrolmentFact;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.competency.domain.Assignment;
import academy.triggerpoint.competency.domain.AssignmentRepository;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses assigned to staff with a due date. A manager assigns to chosen people or a whole team of
 * their own organisation; completing the course completes the assignment; an organisation may let
 * the platform assign a refresher automatically when a certificate it renews nears expiry.
 */
@Service
@Transactional
public class Assignments {

    /** The refresher rule assigns a refresher this many days before the renewed course's validity ends. */
    static final int REFRESHER_LEAD_DAYS = 60;
    /** When the certificate has already expired, the automatic refresher is due this many days later. */
    static final int REFRESHER_GRACE_DAYS = 30;

    private final AssignmentRepository assignments;
    private final StaffDirectory staff;
    private final CourseLibrary library;
    private final CourseCompletions completions;
    private final CompetencyDashboard dashboard;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, StaffDirectory staff, CourseLibrary library,
                CourseCompletions completions, CompetencyDashboard dashboard, CurrentAccount current, AuditTrail audit,
                Clock clock) {
        this.assignments = assignments;
        this.staff = staff;
        this.library = library;
        this.completions = completions;
        this.dashboard = dashboard;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** Courses a manager can assign: every loaded course, by title. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, String> assignableCourses() {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        library.currentCourses().stream().sorted(java.util.Comparator.comparing(CourseDefinition::title))
                .forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    /**
     * Assigns a course to the given people and to every member of the given team (either may be
     * empty), due on a date that is today or later. A person who already has an open assignment of
     * the course, or holds a completion still valid on the due date, is skipped and named.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public AssignmentResult assign(String courseId, Collection<Long> accountIds, Long teamId, LocalDate dueOn) {
        CourseDefinition course = library.currentCourses().stream().filter(c -> c.id().equals(courseId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("course", "Choose a course to assign."));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new InvalidInputException("dueOn", "Choose a due date from today onwards.");
        }
        long organisationId = staff.requireMyOrganisationId();
        Map<Long, StaffMember> members = new HashMap<>();
        staff.myStaff().forEach(m -> members.put(m.accountId(), m));
        Set<Long> chosen = new LinkedHashSet<>(accountIds == null ? List.of() : accountIds);
        if (teamId != null) {
            members.values().stream().filter(m -> teamId.equals(m.teamId())).forEach(m -> chosen.add(m.accountId()));
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("people", "Choose people or a team.");
        }
        if (!members.keySet().containsAll(chosen)) {
            throw new NotFoundException("No such person in your organisation.");
        }
        Map<Long, Instant> completed = new HashMap<>();
        completions.enrolmentsOf(chosen).stream().filter(e -> e.courseId().equals(courseId) && e.completedAt() != null)
                .forEach(e -> completed.put(e.accountId(), e.completedAt()));
        int created = 0;
        List<String> skipped = new ArrayList<>();
        for (Long accountId : chosen) {
            String name = members.get(accountId).fullName();
            boolean open = assignments.findByAccountIdAndCourseIdAndCancelledAtIsNull(accountId, courseId).stream()
                    .anyMatch(Assignment::isOpen);
            if (open) {
                skipped.add(name + ": already assigned this course");
                continue;
            }
            Instant done = completed.get(accountId);
            if (done != null && validOn(done, course.validityMonths(), dueOn)) {
                skipped.add(name + ": completed it on " + LocalDate.ofInstant(done, ZoneOffset.UTC));
                continue;
            }
            if (done != null) {
                // A course is completed once per person; what renews an expired one is its refresher.
                skipped.add(name + ": completed it on " + LocalDate.ofInstant(done, ZoneOffset.UTC)
                        + "; that has expired, so assign the refresher that renews it");
                continue;
            }
            assignments.save(new Assignment(organisationId, accountId, courseId, dueOn, clock.instant(), current.id(),
                    Assignment.Origin.MANAGER));
            created++;
        }
        audit.record(current.id(), "course-assigned", "organisation:" + organisationId,
                courseId + " due " + dueOn + " to " + created + " people");
        dashboard.refreshNow();
        return new AssignmentResult(created, List.copyOf(skipped));
    }

    @PreAuthorize("hasRole('MANAGER')")
    public void cancel(long assignmentId) {
        Long organisationId = staff.myOrganisationId().orElse(-1L);
        Assignment assignment = assignments.findById(assignmentId)
                .filter(a -> a.getOrganisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("No such assignment in your organisation."));
        if (assignment.isOpen()) {
            assignment.cancel(clock.instant());
            audit.record(current.id(), "assignment-cancelled", "assignment:" + assignmentId, null);
            dashboard.refreshNow();
        }
    }

    /** Completing a course completes the person's open assignments of it, once the completion has committed. */
    @ApplicationModuleListener
    void on(CourseCompleted completed) {
        assignments.complete(completed.accountId(), completed.courseId(), completed.completedAt());
    }

    /**
     * The refresher rule, for every organisation that switched it on: when a person's completion of a
     * course nears the end of its validity ({@value #REFRESHER_LEAD_DAYS} days) or has passed it, and a
     * refresher course renews that course, the refresher is assigned, due on the expiry date (or
     * {@value #REFRESHER_GRACE_DAYS} days from today once expired). Each expiry is assigned once.
     *
     * @return how many assignments were created
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public int applyRefresherRules() {
        List<CourseDefinition> courses = library.currentCourses();
        Map<String, List<CourseDefinition>> renewers = CourseDefinition.renewersIn(courses);
        Map<String, CourseDefinition> byId = new HashMap<>();
        courses.forEach(course -> byId.put(course.id(), course));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int created = 0;
        for (Long organisationId : staff.organisationIds()) {
            if (!staff.refresherRule(organisationId)) {
                continue;
            }
            List<Long> ids = staff.membersOf(organisationId).stream().filter(StaffMember::active).map(StaffMember::accountId).toList();
            Map<Long, Map<String, Instant>> done = new HashMap<>();
            for (EnrolmentFact e : completions.enrolmentsOf(ids)) {
                if (e.completedAt() != null) {
                    done.computeIfAbsent(e.accountId(), k -> new HashMap<>()).put(e.courseId(), e.completedAt());
                }
            }
            for (Long accountId : ids) {
                for (Map.Entry<String, Instant> completion : done.getOrDefault(accountId, Map.of()).entrySet()) {
                    CourseDefinition renewed = byId.get(completion.getKey());
                    CourseDefinition refresher = renewers.getOrDefault(completion.getKey(), List.of()).stream()
                            .findFirst().orElse(null);
                    if (renewed == null || refresher == null || renewed.validityMonths() == null) {
                        continue;
                    }
                    LocalDate expires = LocalDate.ofInstant(completion.getValue(), ZoneOffset.UTC).plusMonths(renewed.validityMonths());
                    if (today.plusDays(REFRESHER_LEAD_DAYS).isBefore(expires)) {
                        continue;
                    }
                    Instant refreshed = done.get(accountId).get(refresher.id());
                    if (refreshed != null && refreshed.isAfter(completion.getValue())) {
                        continue;
                    }
                    // Cancelled ones count too: a manager who cancelled it does not get it back the next day.
                    boolean already = assignments.findByAccountIdAndCourseId(accountId, refresher.id())
                            .stream().anyMatch(a -> a.getAssignedAt().isAfter(completion.getValue()));
                    if (already) {
                        continue;
                    }
                    LocalDate due = expires.isAfter(today) ? expires : today.plusDays(REFRESHER_GRACE_DAYS);
                    assignments.save(new Assignment(organisationId, accountId, refresher.id(), due, clock.instant(), null,
                            Assignment.Origin.REFRESHER_RULE));
                    created++;
                }
            }
        }
        return created;
    }

    private static boolean validOn(Instant completedAt, Integer validityMonths, LocalDate day) {
        return validityMonths == null
                || !LocalDate.ofInstant(completedAt, ZoneOffset.UTC).plusMonths(validityMonths).isBefore(day);
    }

    /** Open assignments of one organisation, for reminders. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<Assignment> openIn(long organisationId) {
        return assignments.findByOrganisationIdAndCancelledAtIsNull(organisationId).stream().filter(Assignment::isOpen).toList();
    }

}
