package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition.Common;
import academy.triggerpoint.catalog.content.ItemDefinition.Option;
import java.math.BigDecimal;
import java.util.List;

/** Small items for grading tests. */
public final class Items {

    private Items() {
    }

    static Common common(String id, boolean critical) {
        return common(id, critical, 1);
    }

    static Common common(String id, boolean critical, int points) {
        return new Common(id, "m", "lesson-" + id, List.of("t"), null, "easy", critical, points, "Stem " + id,
                "Rationale " + id, "bank.yaml", 1);
    }

    static ItemDefinition.Choice single(String id, boolean critical) {
        return new ItemDefinition.Choice(common(id, critical), false, List.of(
                new Option("a", "Right", true, false, "Yes"),
                new Option("b", "Wrong", false, false, "No"),
                new Option("c", "Unsafe", false, true, "Dangerous")));
    }

    static ItemDefinition.Choice multiple(String id) {
        return new ItemDefinition.Choice(common(id, false), true, List.of(
                new Option("a", "A", true, false, null),
                new Option("b", "B", true, false, null),
                new Option("c", "C", false, false, null),
                new Option("d", "D", false, false, null)));
    }

    static ItemDefinition.TrueFalse trueFalse(String id, boolean answer) {
        return new ItemDefinition.TrueFalse(common(id, false), answer, null, null);
    }

    static ItemDefinition.Matching matching(String id) {
        return new ItemDefinition.Matching(common(id, false), List.of(
                new ItemDefinition.Pair("L0", "R0"), new ItemDefinition.Pair("L1", "R1"),
                new ItemDefinition.Pair("L2", "R2"), new ItemDefinition.Pair("L3", "R3")), List.of("X"));
    }

    static ItemDefinition.Ordering ordering(String id) {
        return new ItemDefinition.Ordering(common(id, false), List.of("S0", "S1", "S2", "S3"));
    }

    static ItemDefinition.Numeric numeric(String id) {
        return new ItemDefinition.Numeric(common(id, false), new BigDecimal("36"), new BigDecimal("12"), "hours");
    }

    static ItemDefinition.Hotspot hotspot(String id) {
        return new ItemDefinition.Hotspot(common(id, false), "x.svg", 100, 40, List.of(
                new ItemDefinition.Region("nodule", "Square in the middle", List.of(p(40, 10), p(60, 10), p(60, 30), p(40, 30)), true, false, null),
                new ItemDefinition.Region("lung", "Strip at the right edge", List.of(p(80, 0), p(100, 0), p(100, 40), p(80, 40)), false, true, null)));
    }

    private static ItemDefinition.Point p(double x, double y) {
        return new ItemDefinition.Point(x, y);
    }

    /** Two correct options of four, one harmful; choose up to 2. */
    static ItemDefinition.KeyFeatures keyFeatures(String id) {
        return new ItemDefinition.KeyFeatures(common(id, false), 2, List.of(
                new Option("a", "A", true, false, null),
                new Option("b", "B", true, false, null),
                new Option("c", "C", false, false, null),
                new Option("x", "Unsafe", false, true, null)));
    }

    /** A panel of 15: none at -2 or -1, 2 at 0, 8 at +1, 5 at +2. */
    static ItemDefinition.ScriptConcordance scriptConcordance(String id) {
        return new ItemDefinition.ScriptConcordance(common(id, false), "H", "F", ItemDefinition.Scale.LIKELIHOOD,
                List.of(0, 0, 2, 8, 5), false);
    }
}
