package academy.triggerpoint.catalog.content;

import java.util.List;

/** A module's quiz: how items are drawn, the pass mark, limits and what the review shows. */
public record QuizDefinition(String moduleId, String title, int passMark, int attempts, int cooldownMinutes,
                             Integer timeLimitMinutes, Review review, List<String> include, List<Pool> draw) {

    public enum Review {
        SCORE_ONLY, FEEDBACK, ANSWERS;

        static Review parse(String value) {
            return switch (value) {
                case "score-only" -> SCORE_ONLY;
                case "feedback" -> FEEDBACK;
                case "answers" -> ANSWERS;
                default -> null;
            };
        }
    }

    public record Pool(List<String> tags, int count) {
    }

    /** Items per attempt. */
    public int size() {
        return include.size() + draw.stream().mapToInt(Pool::count).sum();
    }
}
