package academy.triggerpoint.catalog;

import java.util.Map;

/**
 * How a learner stands on a course's quizzes. The catalog needs it to unlock modules and decide
 * completion; the assessment module provides it, so the dependency points from assessment to catalog.
 */
public interface AssessmentProgress {

    /** A learner's best graded result on one module's quiz. */
    record QuizStanding(double bestPercent, boolean passed) {
    }

    /** Standing per module id, for the modules whose quiz the learner has had graded at least once. */
    Map<String, QuizStanding> quizStandings(long accountId, String courseId);
}
