package academy.triggerpoint.authoring.questions;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question read from a GIFT or Moodle XML file, already checked against what an item of the
 * course format needs (enough options, one key, distinct matches...), so writing it always gives
 * a complete item.
 *
 * @param name      the question's name in its source (GIFT title, Moodle name) or else its first
 *                  words; the item id is made from it
 * @param where     where it came from, in the same form as {@link Rejection#where()}
 * @param category  the source category, like {@code Shoulder/Red flags}, or null
 * @param stem      the question text, Markdown
 * @param rationale the general feedback, Markdown, or null when the source has none
 * @param answer    the choices and the key
 * @param warnings  what the source had that the course format cannot hold and was left out
 */
public record ImportedQuestion(String name, String where, String category, String stem, String rationale,
                               Answer answer, List<String> warnings) {

    public ImportedQuestion {
        warnings = List.copyOf(warnings);
    }

    /** The item type in the course format, e.g. {@code single-choice}. */
    public String type() {
        return answer.type();
    }

    /** The type-specific part of a question. */
    public sealed interface Answer permits Choice, TrueFalse, Matching, Ordering, Numeric {

        /** The item type in the course format. */
        String type();
    }

    /** An option of a choice question; {@code feedback} may be null. */
    public record Option(String text, boolean correct, String feedback) {
    }

    /** {@code single-choice} (exactly one option correct) or {@code multiple-response} (one or more). */
    public record Choice(boolean multiple, List<Option> options) implements Answer {

        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public String type() {
            return multiple ? "multiple-response" : "single-choice";
        }
    }

    /** {@code true-false}; each feedback is shown for that choice and may be null. */
    public record TrueFalse(boolean answer, String feedbackTrue, String feedbackFalse) implements Answer {

        @Override
        public String type() {
            return "true-false";
        }
    }

    /** A left-hand item and the right-hand item it matches. */
    public record Pair(String left, String right) {
    }

    /** {@code matching}: 2+ pairs whose right-hand items differ from each other and from the distractors. */
    public record Matching(List<Pair> pairs, List<String> distractors) implements Answer {

        public Matching {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        @Override
        public String type() {
            return "matching";
        }
    }

    /** {@code ordering}: 3+ distinct steps in the correct order. */
    public record Ordering(List<String> sequence) implements Answer {

        public Ordering {
            sequence = List.copyOf(sequence);
        }

        @Override
        public String type() {
            return "ordering";
        }
    }

    /** {@code numeric}: right within answer ± tolerance; {@code unit} is empty when the source has none. */
    public record Numeric(BigDecimal answer, BigDecimal tolerance, String unit) implements Answer {

        @Override
        public String type() {
            return "numeric";
        }
    }
}
