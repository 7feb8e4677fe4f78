package academy.triggerpoint.assessment;

import java.util.List;

/**
 * A graded case as the learner sees it: outcome and score, the path taken beside the best path,
 * each decision with its rationale, and for a critical ending what should have happened.
 */
public record CaseReport(long attemptId, String courseId, String caseId, String title, String outcome, double percent,
                         int passMark, double points, int maxPoints, boolean finished, boolean submittedByTimer,
                         List<StageReview> path, List<PathStep> bestPath, List<CriticalMiss> criticalMisses) {

    /** A stage the learner went through, with their answers and decision. */
    public record StageReview(String stageId, String phase, String title, double points, int maxPoints,
                              boolean onBestPath, List<AttemptReport.ReviewItem> items, DecisionReview decision) {
    }

    /** {@code bestChoice} and {@code bestRationaleHtml} are null when the learner took the best choice. */
    public record DecisionReview(String prompt, String yourChoice, String yourRationaleHtml, double credit,
                                 String bestChoice, String bestRationaleHtml) {
    }

    /** A stage of the best path; {@code taken} when the learner's path went through it too. */
    public record PathStep(String stageId, String phase, String title, boolean taken) {
    }

    /** A safety-critical mistake: where, what, what should have happened and the lesson that teaches it. */
    public record CriticalMiss(String stageTitle, String what, String explanationHtml, String lessonId,
                               String lessonTitle) {
    }
}
