package academy.triggerpoint.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptItemResultRepository extends JpaRepository<AttemptItemResult, AttemptItemResult.Key> {

    List<AttemptItemResult> findByAttemptIdOrderByPosition(Long attemptId);

    /** How many attempts reached a stage of a case. */
    interface StageCount {
        String getStageId();

        long getCount();
    }

    /** How many attempts took a choice of a case's decision. */
    interface BranchCount extends StageCount {
        String getChoiceId();
    }

    /** How many graded attempts of a case reached each stage. */
    @Query("""
            select r.stageId as stageId, count(distinct r.attemptId) as count
            from AttemptItemResult r join Attempt a on a.id = r.attemptId
            where a.courseId = :courseId and a.caseId = :caseId and a.state = 'GRADED' and r.stageId is not null
            group by r.stageId""")
    List<StageCount> countReached(String courseId, String caseId);

    /** How many graded attempts of a case took each choice of each decision. */
    @Query("""
            select r.stageId as stageId, r.choiceId as choiceId, count(r) as count
            from AttemptItemResult r join Attempt a on a.id = r.attemptId
            where a.courseId = :courseId and a.caseId = :caseId and a.state = 'GRADED' and r.choiceId is not null
            group by r.stageId, r.choiceId""")
    List<BranchCount> countChoices(String courseId, String caseId);

    @Modifying
    @Query("delete from AttemptItemResult r where r.attemptId = :attemptId")
    int deleteByAttemptId(Long attemptId);

    /** A learner's safety-critical misses in graded attempts, newest first. */
    @Query("""
            select new academy.triggerpoint.assessment.CriticalMiss(a.id, a.courseId, a.moduleId, a.caseId,
                r.stageId, r.choiceId, r.itemId, r.criticalMiss, a.gradedAt)
            from AttemptItemResult r join Attempt a on a.id = r.attemptId
            where a.accountId = :accountId and a.state = 'GRADED' and r.criticalMiss is not null
            order by a.gradedAt desc, r.position""")
    List<academy.triggerpoint.assessment.CriticalMiss> criticalMisses(Long accountId);
}
