package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' assessment history for the competency module. The ledger (a system task) reads
 * evidence for anyone; a manager reads attempts and critical misses only of their own
 * organisation's staff, checked here as well as by the caller.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRecords {

    private final AttemptRepository attempts;
    private final AttemptItemResultRepository results;
    private final JdbcTemplate jdbc;

    AssessmentRecords(AttemptRepository attempts, AttemptItemResultRepository results, JdbcTemplate jdbc) {
        this.attempts = attempts;
        this.results = results;
        this.jdbc = jdbc;
    }

    /**
     * One graded quiz item in one graded attempt, with the attempt's score and the stored response
     * (JSON, read with {@code Responses.fromJson}). No learner is named: for item statistics.
     */
    public record QuizItemOutcome(long attemptId, long versionId, String itemId, double credit, int maxPoints,
                                  double attemptPercent, String responseJson) {
    }

    /** Every graded quiz item of a course, on every version, for authors' item statistics. */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    public List<QuizItemOutcome> quizItemOutcomes(String courseId) {
        return jdbc.query("""
                select r.attempt_id, a.version_id, r.item_id, r.credit, r.max_points, a.score_percent, s.response
                from attempt a join attempt_item_result r on r.attempt_id = a.id
                left join attempt_response s on s.attempt_id = r.attempt_id and s.item_id = r.item_id
                where a.course_id = ? and a.state = 'GRADED' and a.case_id is null
                order by r.attempt_id, r.position""",
                (rs, n) -> new QuizItemOutcome(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getInt(5),
                        rs.getDouble(6), rs.getString(7)), courseId);
    }

    /** Per quiz and case, each learner's first start, pass and last critical failure. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<EvidenceFact> evidence(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : attempts.evidence(accountIds);
    }

    @PreAuthorize("hasRole('SYSTEM') or (hasRole('MANAGER') and @staffDirectory.isMine(#accountId))")
    public List<AttemptLine> attemptsOf(long accountId) {
        return attempts.lines(accountId);
    }

    @PreAuthorize("hasRole('SYSTEM') or (hasRole('MANAGER') and @staffDirectory.isMine(#accountId))")
    public List<CriticalMiss> criticalMissesOf(long accountId) {
        return results.criticalMisses(accountId);
    }
}
