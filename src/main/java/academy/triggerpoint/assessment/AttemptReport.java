package academy.triggerpoint.assessment;

import java.util.List;

/**
 * A graded attempt as the learner sees it: outcome, score, each critical miss with the lesson that
 * teaches it, and a review whose detail follows the quiz's review policy.
 */
public record AttemptReport(long attemptId, String courseId, String moduleId, String quizTitle, String outcome,
                            double percent, int passMark, double points, int maxPoints, boolean submittedByTimer,
                            String review, List<CriticalMiss> criticalMisses, List<ReviewItem> items) {

    public record CriticalMiss(int number, String question, String reason, String lessonId, String lessonTitle) {
    }

    /** {@code feedback}, {@code correctAnswer} and {@code rationaleHtml} are null when the policy hides them. */
    public record ReviewItem(int number, String stemHtml, double credit, String yourAnswer, String feedback,
                             String correctAnswer, String rationaleHtml) {
    }
}
