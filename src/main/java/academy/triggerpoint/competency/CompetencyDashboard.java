package academy.triggerpoint.competency;

import academy.triggerpoint.assessment.AssessmentRecords;
import academy.triggerpoint.assessment.AttemptLine;
import academy.triggerpoint.assessment.CriticalMiss;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.EnrolmentFact;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.certification.CertificateService;
import academy.triggerpoint.competency.domain.Assignment;
import academy.triggerpoint.competency.domain.AssignmentRepository;
import academy.triggerpoint.competency.domain.StandingRecords;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffMember;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training manager's view of their own organisation: the competency matrix with its counts,
 * filters and order, one person's drill-down, and the charts. The organisation is always the
 * caller's. The matrix is computed from stored standings (so 10,000 staff stay fast): afresh for
 * the overview, which a page asks for first, and then kept for a few seconds, so the grid fetching
 * page after page does not recompute it each time.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class CompetencyDashboard {

    static final Duration SNAPSHOT_LIFETIME = Duration.ofSeconds(10);

    private final StaffDirectory staff;
    private final Organisations organisations;
    private final CompetencyLedger ledger;
    private final StandingRecords standings;
    private final AssignmentRepository assignments;
    private final AssessmentRecords assessments;
    private final CourseCompletions completions;
    private final CourseLibrary library;
    private final CertificateService certificates;
    private final Clock clock;
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    CompetencyDashboard(StaffDirectory staff, Organisations organisations, CompetencyLedger ledger,
                        StandingRecords standings, AssignmentRepository assignments, AssessmentRecords assessments,
                        CourseCompletions completions, CourseLibrary library, CertificateService certificates, Clock clock) {
        this.staff = staff;
        this.organisations = organisations;
        this.ledger = ledger;
        this.standings = standings;
        this.assignments = assignments;
        this.assessments = assessments;
        this.completions = completions;
        this.library = library;
        this.certificates = certificates;
        this.clock = clock;
    }

    private record Snapshot(Instant takenAt, CompetencyFramework framework, List<StaffRow> rows) {
    }

    /** The counts and what the page needs around the matrix, computed afresh. */
    public DashboardOverview overview() {
        Snapshot snapshot = snapshot(true);
        List<StaffRow> rows = snapshot.rows();
        var organisation = organisations.mine();
        return new DashboardOverview(organisation.name(), snapshot.framework().competencies(), organisation.teams(),
                new DashboardOverview.Counts(rows.size(), count(rows, StaffRow::cleared),
                        count(rows, r -> r.overdueAssignments() > 0), count(rows, StaffRow::anyExpiring),
                        count(rows, StaffRow::needsRemediation)),
                snapshot.takenAt());
    }

    /** How many people match the query (the grid's size). */
    public int count(MatrixQuery query) {
        return (int) matching(snapshot(false), query).count();
    }

    /** One page of the matrix. */
    public List<StaffRow> rows(MatrixQuery query, int offset, int limit) {
        return matching(snapshot(false), query).sorted(order(query)).skip(offset).limit(limit).toList();
    }

    /** Every row matching the query, in order, for exports. */
    public List<StaffRow> allRows(MatrixQuery query) {
        return rows(query, 0, Integer.MAX_VALUE);
    }

    /** The framework the matrix columns follow. */
    public CompetencyFramework framework() {
        return snapshot(false).framework();
    }

    /** Forgets the cached matrix, after the caller changed something it shows. */
    public void refreshNow() {
        staff.myOrganisationId().ifPresent(snapshots::remove);
    }

    /** One person of the caller's organisation; anyone else is "not found", whoever they are. */
    public PersonReport person(long accountId) {
        StaffMember member = staff.myStaffMember(accountId)
                .orElseThrow(() -> new NotFoundException("No such person in your organisation."));
        CompetencyFramework framework = ledger.framework();
        Instant now = clock.instant();
        Map<String, Standing> mine = standings.of(List.of(accountId)).getOrDefault(accountId, Map.of());
        List<PersonReport.CompetencyLine> lines = framework.competencies().stream().map(c -> {
            Standing s = mine.getOrDefault(c.id(), Standing.NONE);
            return new PersonReport.CompetencyLine(c, s.statusAt(now), s.achievedAt(), s.expiresAt(), s.remediationSince());
        }).toList();
        boolean cleared = cleared(framework, c -> mine.getOrDefault(c, Standing.NONE).statusAt(now));
        Map<String, CourseDefinition> courses = courses();
        List<PersonReport.CourseLine> enrolments = completions.enrolmentsOf(List.of(accountId)).stream()
                .map(e -> new PersonReport.CourseLine(e.courseId(), title(courses, e.courseId()), e.enrolledAt(), e.completedAt()))
                .toList();
        List<PersonReport.AttemptEntry> attempts = assessments.attemptsOf(accountId).stream()
                .map(a -> new PersonReport.AttemptEntry(a.attemptId(), title(courses, a.courseId()), what(courses, a),
                        a.state(), a.startedAt(), a.gradedAt(), a.scorePercent(), a.outcome()))
                .toList();
        List<PersonReport.MissEntry> misses = assessments.criticalMissesOf(accountId).stream()
                .map(m -> miss(courses, m)).toList();
        return new PersonReport(member, cleared, lines, enrolments, attempts, misses, certificates.ofMyStaff(accountId),
                assignmentLines(accountId, courses));
    }

    /** Completions per month over the last twelve months, and the status spread per team. */
    public ChartData.Charts charts() {
        Snapshot snapshot = snapshot(false);
        YearMonth thisMonth = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        for (int i = 11; i >= 0; i--) {
            byMonth.put(thisMonth.minusMonths(i), 0);
        }
        List<Long> ids = snapshot.rows().stream().map(StaffRow::accountId).toList();
        for (EnrolmentFact e : completions.enrolmentsOf(ids)) {
            if (e.completedAt() != null) {
                byMonth.computeIfPresent(YearMonth.from(e.completedAt().atOffset(ZoneOffset.UTC)), (m, n) -> n + 1);
            }
        }
        Map<String, Map<CompetencyStatus, Integer>> byTeam = new java.util.TreeMap<>();
        for (StaffRow row : snapshot.rows()) {
            Map<CompetencyStatus, Integer> counts = byTeam.computeIfAbsent(
                    row.teamName().isEmpty() ? "No team" : row.teamName(), t -> new EnumMap<>(CompetencyStatus.class));
            for (CompetencyFramework.Competency c : snapshot.framework().competencies()) {
                counts.merge(row.status(c.id()), 1, Integer::sum);
            }
        }
        return new ChartData.Charts(byMonth.entrySet().stream().map(e -> new ChartData.MonthCount(e.getKey(), e.getValue())).toList(),
                byTeam.entrySet().stream().map(e -> new ChartData.TeamStatuses(e.getKey(), e.getValue())).toList());
    }

    private Snapshot snapshot(boolean fresh) {
        long organisationId = staff.requireMyOrganisationId();
        Instant now = clock.instant();
        Snapshot cached = snapshots.get(organisationId);
        if (!fresh && cached != null && cached.takenAt().plus(SNAPSHOT_LIFETIME).isAfter(now)
                && !cached.takenAt().isAfter(now)) {
            return cached;
        }
        Snapshot taken = take(organisationId, now);
        snapshots.put(organisationId, taken);
        return taken;
    }

    private Snapshot take(long organisationId, Instant now) {
        CompetencyFramework framework = ledger.framework();
        List<StaffMember> members = staff.myStaff();
        Map<Long, Map<String, Standing>> stored = standings.ofOrganisation(organisationId);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<Long, int[]> assignmentCounts = new HashMap<>();
        for (Assignment a : assignments.findByOrganisationIdAndCancelledAtIsNull(organisationId)) {
            AssignmentState state = AssignmentState.of(a.getDueOn(), a.getCompletedAt() != null, false, today);
            int[] counts = assignmentCounts.computeIfAbsent(a.getAccountId(), k -> new int[2]);
            if (state != AssignmentState.COMPLETED) {
                counts[0]++;
            }
            if (state == AssignmentState.OVERDUE) {
                counts[1]++;
            }
        }
        List<StaffRow> rows = new ArrayList<>(members.size());
        for (StaffMember m : members) {
            Map<String, Standing> mine = stored.getOrDefault(m.accountId(), Map.of());
            Map<String, CompetencyStatus> statuses = new HashMap<>();
            Instant nextExpiry = null;
            for (CompetencyFramework.Competency c : framework.competencies()) {
                Standing s = mine.getOrDefault(c.id(), Standing.NONE);
                CompetencyStatus status = s.statusAt(now);
                statuses.put(c.id(), status);
                if (status.held() && s.expiresAt() != null && (nextExpiry == null || s.expiresAt().isBefore(nextExpiry))) {
                    nextExpiry = s.expiresAt();
                }
            }
            int[] counts = assignmentCounts.getOrDefault(m.accountId(), new int[2]);
            rows.add(new StaffRow(m.accountId(), m.fullName(), m.email(), m.licenceNumber(), m.jurisdiction(), m.teamId(),
                    m.teamName(), cleared(framework, statuses::get), Map.copyOf(statuses), nextExpiry, counts[0], counts[1]));
        }
        return new Snapshot(now, framework, List.copyOf(rows));
    }

    /** Cleared to needle: every safety-critical competency achieved and not expired (and there is at least one). */
    static boolean cleared(CompetencyFramework framework, java.util.function.Function<String, CompetencyStatus> status) {
        List<CompetencyFramework.Competency> safety = framework.competencies().stream()
                .filter(CompetencyFramework.Competency::safetyCritical).toList();
        return !safety.isEmpty() && safety.stream().allMatch(c -> status.apply(c.id()).held());
    }

    private static Stream<StaffRow> matching(Snapshot snapshot, MatrixQuery q) {
        String needle = q.search() == null ? "" : q.search().strip().toLowerCase(Locale.ROOT);
        Predicate<StaffRow> focus = switch (q.focus() == null ? MatrixQuery.Focus.EVERYONE : q.focus()) {
            case EVERYONE -> r -> true;
            case CLEARED -> StaffRow::cleared;
            case NOT_CLEARED -> r -> !r.cleared();
            case OVERDUE -> r -> r.overdueAssignments() > 0;
            case EXPIRING -> StaffRow::anyExpiring;
            case NEEDS_REMEDIATION -> StaffRow::needsRemediation;
        };
        return snapshot.rows().stream()
                .filter(r -> q.teamId() == null || q.teamId().equals(r.teamId()))
                .filter(focus)
                .filter(r -> q.status() == null || (q.competencyId() == null ? r.statuses().containsValue(q.status())
                        : r.status(q.competencyId()) == q.status()))
                .filter(r -> needle.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(needle)
                        || r.email().toLowerCase(Locale.ROOT).contains(needle)
                        || (r.licenceNumber() != null && r.licenceNumber().toLowerCase(Locale.ROOT).contains(needle)));
    }

    private static Comparator<StaffRow> order(MatrixQuery q) {
        Comparator<StaffRow> byName = Comparator.comparing((StaffRow r) -> r.fullName().toLowerCase(Locale.ROOT))
                .thenComparing(StaffRow::accountId);
        Comparator<StaffRow> primary = switch (q.sort() == null ? MatrixQuery.Sort.NAME : q.sort()) {
            case NAME -> byName;
            case TEAM -> Comparator.comparing((StaffRow r) -> r.teamName().toLowerCase(Locale.ROOT));
            case CLEARED -> Comparator.comparing(StaffRow::cleared);
            case NEXT_EXPIRY -> Comparator.comparing(StaffRow::nextExpiry, Comparator.nullsLast(Comparator.naturalOrder()));
            case OVERDUE -> Comparator.comparingInt(StaffRow::overdueAssignments);
        };
        return (q.descending() ? primary.reversed() : primary).thenComparing(byName);
    }

    private List<PersonReport.AssignmentLine> assignmentLines(long accountId, Map<String, CourseDefinition> courses) {
        long organisationId = staff.requireMyOrganisationId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return assignments.findByOrganisationIdAndAccountIdOrderByDueOnDesc(organisationId, accountId).stream()
                .map(a -> new PersonReport.AssignmentLine(a.getId(), a.getCourseId(), title(courses, a.getCourseId()),
                        a.getDueOn(), AssignmentState.of(a.getDueOn(), a.getCompletedAt() != null, a.getCancelledAt() != null, today),
                        a.getOrigin() == Assignment.Origin.MANAGER ? "Manager" : "Refresher rule", a.getCompletedAt()))
                .toList();
    }

    private Map<String, CourseDefinition> courses() {
        Map<String, CourseDefinition> byId = new HashMap<>();
        library.currentCourses().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    private static String title(Map<String, CourseDefinition> courses, String courseId) {
        CourseDefinition course = courses.get(courseId);
        return course == null ? courseId : course.title();
    }

    private static String what(Map<String, CourseDefinition> courses, AttemptLine a) {
        CourseDefinition course = courses.get(a.courseId());
        if (a.caseId() != null) {
            return "Case: " + (course == null ? a.caseId()
                    : course.caseDefinition(a.caseId()).map(CaseDefinition::title).orElse(a.caseId()));
        }
        return "Quiz: " + (course == null ? a.moduleId()
                : course.module(a.moduleId()).map(m -> m.title()).orElse(a.moduleId()));
    }

    private static PersonReport.MissEntry miss(Map<String, CourseDefinition> courses, CriticalMiss m) {
        CourseDefinition course = courses.get(m.courseId());
        String where = what(courses, new AttemptLine(m.attemptId(), m.courseId(), m.moduleId(), m.caseId(), null, null,
                null, null, null));
        String stage = m.stageId() == null || course == null || m.caseId() == null ? ""
                : course.caseDefinition(m.caseId()).flatMap(c -> c.stage(m.stageId()))
                        .map(s -> s.phase().label() + ": " + s.title()).orElse(m.stageId());
        return new PersonReport.MissEntry(title(courses, m.courseId()), where, stage, m.miss(), m.gradedAt());
    }

    private static int count(List<StaffRow> rows, Predicate<StaffRow> test) {
        return (int) rows.stream().filter(test).count();
    }
}
