package academy.triggerpoint.authoring.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classical test theory statistics for each item: how easy it was (facility), whether learners who
 * did well elsewhere in the attempt also did well on it (discrimination), how often each option
 * was chosen, and flags that tell a reviewer which items to look at first.
 */
public final class ItemAnalysis {

    /**
     * Below this many responses an item's statistics are too noisy to act on, so only
     * {@link Flag#FEW_RESPONSES} and {@link Flag#NOBODY_CORRECT} are raised.
     */
    public static final int MIN_RESPONSES = 10;

    /**
     * Below this sum of squared deviations a variable is treated as constant: means of equal
     * doubles can differ from them in the last bit, which must not count as variance.
     */
    private static final double NO_VARIANCE = 1e-9;

    /**
     * One graded item in one attempt. An item left unanswered in a submitted attempt is an
     * observation with credit 0 and no choices.
     *
     * @param credit         0..1 of the item's points
     * @param attemptPercent the attempt's score, 0..100
     * @param choices        the option ids (or region ids) the learner chose; empty when the item
     *                       is not a choice item or was not answered
     */
    public record Observation(long attemptId, String itemId, double credit, int maxPoints, double attemptPercent,
                              List<String> choices) {

        public Observation {
            Objects.requireNonNull(itemId, "itemId");
            if (credit < 0 || credit > 1) {
                throw new IllegalArgumentException("credit must be between 0 and 1, not " + credit);
            }
            if (maxPoints < 0) {
                throw new IllegalArgumentException("maxPoints must not be negative, not " + maxPoints);
            }
            if (attemptPercent < 0 || attemptPercent > 100) {
                throw new IllegalArgumentException("attemptPercent must be between 0 and 100, not " + attemptPercent);
            }
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** Why a reviewer should look at an item. */
    public enum Flag {
        /** Nobody earned any credit: often a wrong key, or a topic the lessons do not teach. */
        NOBODY_CORRECT,
        /** Learners who did worse on the rest of the attempt did better on this item: often a wrong or ambiguous key. */
        NEGATIVE_DISCRIMINATION,
        /** Everybody earned full credit: the item tells nothing apart. Informative only. */
        EVERYBODY_CORRECT,
        /** Fewer than {@link #MIN_RESPONSES} responses: treat the other numbers with caution. */
        FEW_RESPONSES
    }

    /**
     * @param facility       mean credit, 0..1: the proportion correct, partial credit counting as its fraction
     * @param discrimination corrected point-biserial correlation, -1..1; empty when it cannot be computed
     * @param choiceCounts   how many observations chose each option or region id, ordered by id
     */
    public record ItemStats(String itemId, int responses, double facility, OptionalDouble discrimination,
                            Map<String, Integer> choiceCounts, Set<Flag> flags) {
    }

    private ItemAnalysis() {
    }

    /** Statistics for every item that occurs in {@code observations}, sorted by item id. */
    public static List<ItemStats> analyse(List<Observation> observations) {
        // The attempt's maximum is not in an observation; every graded item of an attempt is, so
        // their points add up to it. This assumes all of an attempt's observations are passed in.
        Map<Long, Integer> attemptMaxPoints = new LinkedHashMap<>();
        Map<String, List<Observation>> byItem = new TreeMap<>();
        for (Observation observation : observations) {
            attemptMaxPoints.merge(observation.attemptId(), observation.maxPoints(), Integer::sum);
            byItem.computeIfAbsent(observation.itemId(), id -> new ArrayList<>()).add(observation);
        }
        List<ItemStats> stats = new ArrayList<>();
        byItem.forEach((itemId, itemObservations) -> stats.add(itemStats(itemId, itemObservations, attemptMaxPoints)));
        return List.copyOf(stats);
    }

    private static ItemStats itemStats(String itemId, List<Observation> observations, Map<Long, Integer> attemptMaxPoints) {
        int responses = observations.size();
        double[] credits = new double[responses];
        double[] restScores = new double[responses];
        for (int i = 0; i < responses; i++) {
            Observation o = observations.get(i);
            credits[i] = o.credit();
            // Correlating with the whole score would let the item correlate with itself, which
            // inflates discrimination most for short quizzes; the rest score leaves it out.
            double attemptPoints = o.attemptPercent() * attemptMaxPoints.get(o.attemptId()) / 100;
            restScores[i] = attemptPoints - o.credit() * o.maxPoints();
        }
        double facility = mean(credits);
        OptionalDouble discrimination = pearson(credits, restScores);
        return new ItemStats(itemId, responses, facility, discrimination, choiceCounts(observations),
                flags(responses, facility, discrimination));
    }

    /**
     * Empty for fewer than two responses (no correlation exists) or when either variable is
     * constant: the correlation divides by both spreads, and an item everybody got right, or a
     * group whose rest scores are all equal, says nothing about discrimination.
     */
    private static OptionalDouble pearson(double[] x, double[] y) {
        if (x.length < 2) {
            return OptionalDouble.empty();
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        if (sxx < NO_VARIANCE || syy < NO_VARIANCE) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static Map<String, Integer> choiceCounts(List<Observation> observations) {
        Map<String, Integer> sorted = new TreeMap<>();
        for (Observation o : observations) {
            // A choice listed twice in one response is still one learner choosing it.
            for (String choice : new LinkedHashSet<>(o.choices())) {
                sorted.merge(choice, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static Set<Flag> flags(int responses, double facility, OptionalDouble discrimination) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        boolean enough = responses >= MIN_RESPONSES;
        // A single learner scoring zero is already worth a look (a wrong key shows up at once).
        if (responses >= 1 && facility == 0) {
            flags.add(Flag.NOBODY_CORRECT);
        }
        if (enough && discrimination.isPresent() && discrimination.getAsDouble() < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        if (enough && facility == 1) {
            flags.add(Flag.EVERYBODY_CORRECT);
        }
        if (!enough) {
            flags.add(Flag.FEW_RESPONSES);
        }
        return Collections.unmodifiableSet(flags);
    }
}
