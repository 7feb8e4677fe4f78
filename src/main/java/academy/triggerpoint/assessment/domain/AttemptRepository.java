package academy.triggerpoint.assessment.domain;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** Locks the attempt row, so a save and a submission of the same attempt never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(Long id);

    /** A learner's quiz attempts in a module (case attempts excluded). */
    List<Attempt> findByAccountIdAndCourseIdAndModuleIdAndCaseIdIsNullOrderByStartedAtDesc(Long accountId, String courseId,
                                                                                           String moduleId);

    List<Attempt> findByAccountIdAndCourseIdAndCaseIdOrderByStartedAtDesc(Long accountId, String courseId, String caseId);

    List<Attempt> findByCourseIdAndCaseIdAndState(String courseId, String caseId, Attempt.State state);

    List<Attempt> findByAccountIdAndCourseIdAndStateAndOutcome(Long accountId, String courseId, Attempt.State state, String outcome);

    List<Attempt> findByAccountIdAndCourseIdAndState(Long accountId, String courseId, Attempt.State state);

    List<Attempt> findByCourseIdAndState(String courseId, Attempt.State state);

    @Query("select a.id from Attempt a where a.state = 'IN_PROGRESS' and a.deadlineAt < :cutoff")
    List<Long> findOverdue(Instant cutoff);

    /**
     * Reveals the next stage of a case: appends to the path only if it is still {@code expected}, so a
     * replayed or concurrent request reveals nothing twice. 1 when this call revealed it.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Attempt a set a.stagePath = :path
            where a.id = :id and a.state = 'IN_PROGRESS' and a.stagePath = :expected""")
    int revealStage(Long id, String expected, String path);

    /** IN_PROGRESS to SUBMITTED; 1 for the one caller that wins, 0 for everyone else. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Attempt a set a.state = 'SUBMITTED', a.submittedAt = :at, a.submittedBy = :by
            where a.id = :id and a.state = 'IN_PROGRESS'""")
    int markSubmitted(Long id, Instant at, String by);

    /** SUBMITTED to GRADED with the result; a regrade rewrites the result of a GRADED attempt. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Attempt a set a.state = 'GRADED', a.gradedAt = :at, a.points = :points, a.maxPoints = :maxPoints,
                a.scorePercent = :percent, a.outcome = :outcome
            where a.id = :id and a.state in ('SUBMITTED', 'GRADED')""")
    int markGraded(Long id, Instant at, BigDecimal points, int maxPoints, BigDecimal percent, String outcome);

    /** Each learner's history per quiz and case, in one grouped read (the competency ledger's input). */
    @Query("""
            select new academy.triggerpoint.assessment.EvidenceFact(a.accountId, a.courseId, a.moduleId, a.caseId,
                min(a.startedAt),
                max(case when a.state = 'GRADED' and a.outcome = 'PASSED' then a.gradedAt end),
                max(case when a.state = 'GRADED' and a.outcome = 'FAILED_CRITICAL' then a.gradedAt end))
            from Attempt a where a.accountId in :accountIds
            group by a.accountId, a.courseId, a.moduleId, a.caseId""")
    List<academy.triggerpoint.assessment.EvidenceFact> evidence(java.util.Collection<Long> accountIds);

    /** A learner's attempts, newest first. */
    @Query("""
            select new academy.triggerpoint.assessment.AttemptLine(a.id, a.courseId, a.moduleId, a.caseId,
                cast(a.state as String), a.startedAt, a.gradedAt, a.scorePercent, a.outcome)
            from Attempt a where a.accountId = :accountId order by a.startedAt desc, a.id desc""")
    List<academy.triggerpoint.assessment.AttemptLine> lines(Long accountId);
}
