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

    /**
     * {@code feedback}, {@code correctAnswer} and {@code rationaleHtml} are null when the policy hides them.
     * {@code options} lists every option of a question where several may be chosen (empty otherwise), and
     * {@code hotspot} is the picture of a hotspot question (null otherwise).
     */
    public record ReviewItem(int number, String stemHtml, double credit, String yourAnswer, String feedback,
                             String correctAnswer, String rationaleHtml, List<OptionReview> options,
                             HotspotReview hotspot) {
    }

    /**
     * One option of a multiple-response or key-features question: whether the learner chose it and,
     * when the policy shows keys, whether it should be chosen (null otherwise); {@code feedback} is
     * the author's feedback on choosing it, when chosen and when it says more than right or wrong.
     */
    public record OptionReview(String text, boolean chosen, Boolean shouldChoose, String feedback) {
    }

    /**
     * The picture of a hotspot question in its {@code width} × {@code height} space, the learner's
     * click (null when unanswered) and the areas to outline: the one clicked and, when the policy
     * shows keys, the correct ones.
     */
    public record HotspotReview(String imageUrl, int width, int height, Point click, List<Area> areas) {
    }

    public record Point(double x, double y) {
    }

    /** An area to outline; {@code correct} says how it is drawn, {@code clicked} whether the learner's click is in it. */
    public record Area(List<Point> points, boolean correct, boolean clicked) {
    }
}
