package academy.triggerpoint.authoring.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import academy.triggerpoint.authoring.review.ItemAnalysis.Flag;
import academy.triggerpoint.authoring.review.ItemAnalysis.ItemStats;
import academy.triggerpoint.authoring.review.ItemAnalysis.Observation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static Observation observation(long attempt, String item, double credit, int maxPoints, double percent,
                                           String... choices) {
        return new Observation(attempt, item, credit, maxPoints, percent, List.of(choices));
    }

    private static ItemStats stats(List<Observation> observations, String itemId) {
        return ItemAnalysis.analyse(observations).stream().filter(s -> s.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    /**
     * {@code attempts} attempts of two one-point items: {@code item} is right in even attempts,
     * {@code other} in odd ones, so each item's rest score is exactly 1 − its credit (r = −1).
     */
    private static List<Observation> opposite(int attempts, String item) {
        List<Observation> observations = new ArrayList<>();
        for (int attempt = 0; attempt < attempts; attempt++) {
            double credit = attempt % 2 == 0 ? 1 : 0;
            observations.add(observation(attempt, item, credit, 1, 50));
            observations.add(observation(attempt, "other", 1 - credit, 1, 50));
        }
        return observations;
    }

    /** {@code attempts} attempts in which everybody gets {@code item} right and half get {@code other} right. */
    private static List<Observation> alwaysRight(int attempts, String item) {
        List<Observation> observations = new ArrayList<>();
        for (int attempt = 0; attempt < attempts; attempt++) {
            double other = attempt % 2;
            observations.add(observation(attempt, item, 1, 1, 50 + 50 * other));
            observations.add(observation(attempt, "other", other, 1, 50 + 50 * other));
        }
        return observations;
    }

    @Test
    void a_hand_computed_example_gives_facility_and_corrected_point_biserial() {
        // Items q1 (1 point), q2 (2 points), q3 (1 point): each attempt is out of 4 points.
        //   attempt  q1   q2    q3   total  percent   q1 rest score (total - q1)
        //   1        1    1     1    4      100       3
        //   2        1    0.5   0    2       50       1
        //   3        0    1     0    2       50       2
        //   4        0    0     1    1       25       1
        //   5        1    0     0    1       25       0
        // q1: x = 1,1,0,0,1 (mean 0.6), y = 3,1,2,1,0 (mean 1.4)
        //   Σdx·dy = 0.64 − 0.16 − 0.36 + 0.24 − 0.56 = −0.2;  Σdx² = 1.2;  Σdy² = 5.2
        //   r = −0.2 / √(1.2 × 5.2) = −0.2 / √6.24 = −0.08006407690254352
        //   (Python: statistics.correlation([1,1,0,0,1], [3,1,2,1,0]) gives the same)
        double[][] credits = {{1, 1, 1}, {1, 0.5, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}};
        double[] percents = {100, 50, 50, 25, 25};
        List<Observation> observations = new ArrayList<>();
        for (int attempt = 0; attempt < credits.length; attempt++) {
            // Listed q3, q2, q1 so that the result's order has to come from sorting.
            observations.add(observation(attempt + 1, "q3", credits[attempt][2], 1, percents[attempt]));
            observations.add(observation(attempt + 1, "q2", credits[attempt][1], 2, percents[attempt]));
            observations.add(observation(attempt + 1, "q1", credits[attempt][0], 1, percents[attempt]));
        }

        List<ItemStats> stats = ItemAnalysis.analyse(observations);

        assertThat(stats).extracting(ItemStats::itemId).containsExactly("q1", "q2", "q3");
        ItemStats q1 = stats.get(0);
        assertThat(q1.responses()).isEqualTo(5);
        assertThat(q1.facility()).isCloseTo(0.6, within(1e-9));
        assertThat(q1.discrimination()).hasValueCloseTo(-0.08006407690254352, within(1e-9));
        assertThat(q1.flags()).containsExactly(Flag.FEW_RESPONSES);
        assertThat(stats.get(1).facility()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void an_item_that_agrees_with_the_rest_of_the_attempt_discriminates_perfectly() {
        List<Observation> observations = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            double credit = attempt % 2;
            observations.add(observation(attempt, "item", credit, 1, 100 * credit));
            observations.add(observation(attempt, "other", credit, 1, 100 * credit));
        }

        assertThat(stats(observations, "item").discrimination()).hasValueCloseTo(1.0, within(1e-9));
    }

    @Test
    void an_item_that_contradicts_the_rest_of_the_attempt_discriminates_perfectly_negatively() {
        assertThat(stats(opposite(4, "item"), "item").discrimination()).hasValueCloseTo(-1.0, within(1e-9));
    }

    @Test
    void an_item_everybody_gets_right_has_no_discrimination() {
        assertThat(stats(alwaysRight(6, "easy"), "easy").discrimination()).isEmpty();
    }

    @Test
    void an_item_whose_rest_scores_are_all_equal_has_no_discrimination() {
        List<Observation> observations = List.of(
                observation(1, "item", 1, 1, 100), observation(1, "other", 1, 1, 100),
                observation(2, "item", 0, 1, 50), observation(2, "other", 1, 1, 50));

        assertThat(stats(observations, "item").discrimination()).isEmpty();
    }

    @Test
    void a_single_response_has_no_discrimination() {
        assertThat(stats(List.of(observation(1, "item", 1, 1, 100)), "item").discrimination()).isEmpty();
    }

    @Test
    void negative_discrimination_is_flagged_from_ten_responses_and_nine_are_too_few() {
        ItemStats nine = stats(opposite(9, "item"), "item");
        ItemStats ten = stats(opposite(10, "item"), "item");

        assertThat(nine.discrimination()).hasValueCloseTo(-1.0, within(1e-9));
        assertThat(nine.flags()).containsExactly(Flag.FEW_RESPONSES);
        assertThat(ten.responses()).isEqualTo(ItemAnalysis.MIN_RESPONSES);
        assertThat(ten.flags()).containsExactly(Flag.NEGATIVE_DISCRIMINATION);
    }

    @Test
    void everybody_correct_is_flagged_from_ten_responses_and_nine_are_too_few() {
        assertThat(stats(alwaysRight(9, "easy"), "easy").flags()).containsExactly(Flag.FEW_RESPONSES);
        assertThat(stats(alwaysRight(10, "easy"), "easy").flags()).containsExactly(Flag.EVERYBODY_CORRECT);
    }

    @Test
    void an_item_nobody_gets_right_is_flagged_from_the_first_response() {
        ItemStats one = stats(List.of(observation(1, "hard", 0, 1, 0)), "hard");

        assertThat(one.facility()).isZero();
        assertThat(one.flags()).containsExactlyInAnyOrder(Flag.NOBODY_CORRECT, Flag.FEW_RESPONSES);
    }

    @Test
    void a_well_behaved_item_with_enough_responses_has_no_flags() {
        List<Observation> observations = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            double credit = attempt % 2;
            observations.add(observation(attempt, "item", credit, 1, 100 * credit));
            observations.add(observation(attempt, "other", credit, 1, 100 * credit));
        }

        assertThat(stats(observations, "item").flags()).isEmpty();
    }

    @Test
    void partial_credit_counts_as_its_fraction_of_the_facility() {
        List<Observation> observations = List.of(
                observation(1, "match", 0.5, 2, 50), observation(2, "match", 0.25, 2, 25),
                observation(3, "match", 1, 2, 100));

        ItemStats match = stats(observations, "match");

        assertThat(match.facility()).isCloseTo(1.75 / 3, within(1e-9));
        assertThat(match.flags()).doesNotContain(Flag.NOBODY_CORRECT);
    }

    @Test
    void partial_credit_is_taken_out_of_the_rest_score_in_points() {
        // Attempt max = 2 + 2 = 4 points; attempt points 3, 1.5, 1. Rest scores for "match":
        // 3 − 0.5·2 = 2, 1.5 − 0.25·2 = 1, 1 − 0 = 1 against credits 0.5, 0.25, 0:
        // Σdx·dy = 0.25, Σdx² = 0.125, Σdy² = 2/3, r = 0.25 / √(0.125 × 2/3) = 0.8660254037844387 (√3 / 2).
        List<Observation> observations = List.of(
                observation(1, "match", 0.5, 2, 75), observation(1, "other", 1, 2, 75),
                observation(2, "match", 0.25, 2, 37.5), observation(2, "other", 0.5, 2, 37.5),
                observation(3, "match", 0, 2, 25), observation(3, "other", 0.5, 2, 25));

        assertThat(stats(observations, "match").discrimination()).hasValueCloseTo(0.8660254037844387, within(1e-9));
    }

    @Test
    void choice_counts_say_how_many_learners_chose_each_option_in_id_order() {
        List<Observation> observations = List.of(
                observation(1, "mcq", 1, 1, 100, "c", "a"), observation(2, "mcq", 0, 1, 0, "b"),
                observation(3, "mcq", 0, 1, 0, "b", "b"), observation(4, "mcq", 0, 1, 0));

        ItemStats mcq = stats(observations, "mcq");

        assertThat(mcq.responses()).isEqualTo(4);
        assertThat(mcq.choiceCounts()).containsExactly(entry("a", 1), entry("b", 2), entry("c", 1));
    }

    @Test
    void no_observations_give_no_statistics() {
        assertThat(ItemAnalysis.analyse(List.of())).isEmpty();
    }

    @Test
    void a_credit_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> observation(1, "item", 1.5, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credit");
    }
}
