package academy.triggerpoint.assessment.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a learner answered to one item. Indices refer to the item's canonical (unshuffled) order. */
public sealed interface Response {

    /** Chosen option ids (one for single-choice). */
    record Choice(Set<String> optionIds) implements Response {
    }

    record TrueFalse(boolean value) implements Response {
    }

    /** Left index to right-choice index (pairs' rights first, then distractors). */
    record Matching(Map<Integer, Integer> matches) implements Response {
    }

    /** Step indices of the canonical sequence, in the order the learner put them. */
    record Ordering(List<Integer> order) implements Response {
    }

    record Numeric(BigDecimal value) implements Response {
    }

    /** A point on a script-concordance scale, -2 to +2. */
    record Scale(int value) implements Response {
    }

    /** A click in the image's coordinate space. */
    record Hotspot(double x, double y) implements Response {
    }
}
