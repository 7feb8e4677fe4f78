package academy.triggerpoint.catalog.content;

import java.util.List;

/** A module's quiz: how items are drawn, the pass mark, limits and what the review shows. */
public record QuizDefinition(String moduleId, String title, int passMark, int attempts, int cooldownMinutes,
                             Integer timeLimitMinutes, Review review, List<String> include, List<Pool> draw) {

    public enum Review {
        SCORE_ONLY, FEEDBACK, ANSWERS;

        /** The value as written in module.yaml ({@code score-only}). */
        public String fileValue() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Review parse(String value) {
            return java.util.Arrays.stream(values()).filter(r -> r.fileValue().equals(value)).findFirst().orElse(null);
        }
    }

    public record Pool(List<String> tags, int count) {
    }

    /** Items per attempt. */
    public int size() {
        return include.size() + draw.stream().mapToInt(Pool::count).sum();
    }
}
