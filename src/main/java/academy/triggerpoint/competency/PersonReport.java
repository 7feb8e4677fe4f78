package academy.triggerpoint.competency;

import academy.triggerpoint.certification.CertificateSummary;
import academy.triggerpoint.people.StaffMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A manager's drill-down on one person: competencies, courses, attempts, critical misses, certificates, assignments. */
public record PersonReport(StaffMember member, boolean cleared, List<CompetencyLine> competencies, List<CourseLine> courses,
                           List<AttemptEntry> attempts, List<MissEntry> criticalMisses, List<CertificateSummary> certificates,
                           List<AssignmentLine> assignments) {

    public record CompetencyLine(CompetencyFramework.Competency competency, CompetencyStatus status, Instant achievedAt,
                                 Instant expiresAt, Instant remediationSince) {
    }

    public record CourseLine(String courseId, String title, Instant enrolledAt, Instant completedAt) {
    }

    /** {@code what} names the quiz or case as the learner saw it, for example "Case: Buttock pain on warfarin". */
    public record AttemptEntry(long attemptId, String course, String what, String state, Instant startedAt,
                               Instant gradedAt, BigDecimal scorePercent, String outcome) {
    }

    /** Which case and stage (or which quiz) the safety-critical mistake was made in, and what was missed. */
    public record MissEntry(String course, String where, String stage, String miss, Instant at) {
    }

    public record AssignmentLine(long id, String courseId, String courseTitle, LocalDate dueOn, AssignmentState state,
                                 String origin, Instant completedAt) {
    }
}
