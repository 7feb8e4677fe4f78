package academy.triggerpoint.catalog;

import java.util.Map;

/**
 * How a learner stands on a course's quizzes and case scenarios. The catalog needs it to unlock
 * modules and decide completion; the assessment module provides it, so the dependency points from
 * assessment to catalog.
 */
public interface AssessmentProgress {

    /**
     * A learner's best graded result on one quiz or case. {@code unresolvedCritical}: a graded
     * attempt failed on a safety-critical mistake and no pass has followed it.
     */
    record Standing(double bestPercent, boolean passed, boolean unresolvedCritical) {
    }

    /**
     * @param quizzes standing per module id, for quizzes graded at least once
     * @param cases   standing per case id, for cases graded at least once
     */
    record Standings(Map<String, Standing> quizzes, Map<String, Standing> cases) {
    }

    Standings standings(long accountId, String courseId);
}
