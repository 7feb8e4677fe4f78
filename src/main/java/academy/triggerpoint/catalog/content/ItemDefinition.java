package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question from an item bank, with its key. Keys, feedback and rationales are server-side only:
 * what a learner sees during an attempt is built from these by the assessment module without them.
 */
public sealed interface ItemDefinition {

    Common common();

    default String id() {
        return common().id();
    }

    /** What every item type has. {@code file} and {@code line} say where the item is defined. */
    record Common(String id, String moduleId, String lessonId, List<String> tags, String competency,
                  String difficulty, boolean critical, int points, String stem, String rationale,
                  String file, int line) {
    }

    record Option(String id, String text, boolean correct, boolean harmful, String feedback) {
    }

    /** {@code single-choice} ({@code multiple} false) and {@code multiple-response}. */
    record Choice(Common common, boolean multiple, List<Option> options) implements ItemDefinition {
    }

    record TrueFalse(Common common, boolean answer, String feedbackTrue, String feedbackFalse) implements ItemDefinition {
    }

    record Pair(String left, String right) {
    }

    /** Right-hand choices are the pairs' right items followed by the distractors, in that canonical order. */
    record Matching(Common common, List<Pair> pairs, List<String> distractors) implements ItemDefinition {

        public List<String> rightChoices() {
            return java.util.stream.Stream.concat(pairs.stream().map(Pair::right), distractors.stream()).toList();
        }
    }

    record Ordering(Common common, List<String> sequence) implements ItemDefinition {
    }

    record Numeric(Common common, BigDecimal answer, BigDecimal tolerance, String unit) implements ItemDefinition {
    }

    record Point(double x, double y) {
    }

    record Region(String id, List<Point> points, boolean correct, boolean harmful, String feedback) {

        /** Ray casting: whether (x, y) lies inside this polygon. */
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                Point a = points.get(i);
                Point b = points.get(j);
                if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** {@code image} is a path in the course folder; regions use its {@code width} × {@code height} space. */
    record Hotspot(Common common, String image, int width, int height, List<Region> regions) implements ItemDefinition {
    }
}
