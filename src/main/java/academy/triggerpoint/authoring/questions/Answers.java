package academy.triggerpoint.authoring.questions;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Choice;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Matching;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Numeric;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Ordering;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the course format's item types (see {@code ItemBankParser}), applied to both source
 * formats, so that a question which would fail validation is rejected here with a reason in the
 * author's terms instead of being written as a broken item.
 */
final class Answers {

    private Answers() {
    }

    static String stem(String stem) {
        if (stem == null || stem.isBlank()) {
            throw new QuestionRejected("the question has no text; write the question before its answers");
        }
        return stem;
    }

    static Choice choice(boolean multiple, List<Option> options) {
        if (options.size() < 2) {
            throw new QuestionRejected("a choice question needs at least 2 answers; this one has " + options.size());
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).text().isBlank()) {
                throw new QuestionRejected("answer " + (i + 1) + " is empty; give every answer a text");
            }
        }
        long correct = options.stream().filter(Option::correct).count();
        if (correct == 0) {
            throw new QuestionRejected("no answer is marked correct, so the question has no key");
        }
        if (!multiple && correct > 1) {
            throw new QuestionRejected(correct + " answers are marked correct, but a single-choice question has exactly one");
        }
        return new Choice(multiple, options);
    }

    /**
     * Rejects pairs the course format could not grade unambiguously; distractors that repeat a
     * right-hand answer add nothing for the learner, so they are dropped with a warning instead.
     */
    static Matching matching(List<Pair> pairs, List<String> distractors, List<String> warnings) {
        if (pairs.size() < 2) {
            throw new QuestionRejected("a matching question needs at least 2 pairs; this one has " + pairs.size());
        }
        Set<String> rights = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (pair.left().isBlank() || pair.right().isBlank()) {
                throw new QuestionRejected("pair " + (i + 1) + " needs both a left and a right side");
            }
            if (!rights.add(pair.right())) {
                throw new QuestionRejected("two pairs have the same right-hand answer '" + pair.right()
                        + "'; each pair needs its own answer, or a learner's match would be ambiguous");
            }
        }
        List<String> kept = new ArrayList<>();
        for (String distractor : distractors) {
            if (rights.add(distractor)) {
                kept.add(distractor);
            } else {
                warnings.add("the extra answer '" + distractor + "' repeats another answer and was left out");
            }
        }
        return new Matching(pairs, kept);
    }

    static Ordering ordering(List<String> steps) {
        if (steps.size() < 3) {
            throw new QuestionRejected("an ordering question needs at least 3 steps; this one has " + steps.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            if (step.isBlank()) {
                throw new QuestionRejected("step " + (i + 1) + " is empty; give every step a text");
            }
            if (!seen.add(step)) {
                throw new QuestionRejected("the step '" + step + "' appears twice; the steps must all differ");
            }
        }
        return new Ordering(steps);
    }

    /** A missing unit gets a warning: the course format shows the unit to the learner and requires one. */
    static Numeric numeric(BigDecimal answer, BigDecimal tolerance, String unit, List<String> warnings) {
        if (tolerance.signum() < 0) {
            throw new QuestionRejected("the tolerance " + tolerance.toPlainString() + " is negative; use 0 or more");
        }
        if (unit.isBlank()) {
            warnings.add("the answer has no unit; add one to the item (for example unit: mm), it is shown to the learner");
        }
        return new Numeric(answer, tolerance, unit.strip());
    }
}
