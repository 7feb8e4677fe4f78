package academy.triggerpoint.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuizGraderTest {

    static Stream<Arguments> scoringTable() {
        return Stream.of(
                Arguments.of("single choice, right", Items.single("q", false), new Response.Choice(Set.of("a")), 1.0),
                Arguments.of("single choice, wrong", Items.single("q", false), new Response.Choice(Set.of("b")), 0.0),
                Arguments.of("single choice, two chosen", Items.single("q", false), new Response.Choice(Set.of("a", "b")), 0.0),
                Arguments.of("multiple, all right", Items.multiple("q"), new Response.Choice(Set.of("a", "b")), 1.0),
                Arguments.of("multiple, half right", Items.multiple("q"), new Response.Choice(Set.of("a")), 0.5),
                Arguments.of("multiple, one right one wrong", Items.multiple("q"), new Response.Choice(Set.of("a", "c")), 0.0),
                Arguments.of("multiple, all chosen", Items.multiple("q"), new Response.Choice(Set.of("a", "b", "c", "d")), 0.0),
                Arguments.of("multiple, only wrong: never below zero", Items.multiple("q"), new Response.Choice(Set.of("c", "d")), 0.0),
                Arguments.of("true-false, right", Items.trueFalse("q", false), new Response.TrueFalse(false), 1.0),
                Arguments.of("true-false, wrong", Items.trueFalse("q", false), new Response.TrueFalse(true), 0.0),
                Arguments.of("matching, all", Items.matching("q"), new Response.Matching(Map.of(0, 0, 1, 1, 2, 2, 3, 3)), 1.0),
                Arguments.of("matching, three of four", Items.matching("q"), new Response.Matching(Map.of(0, 0, 1, 1, 2, 2, 3, 4)), 0.75),
                Arguments.of("matching, partial answer", Items.matching("q"), new Response.Matching(Map.of(0, 0)), 0.25),
                Arguments.of("ordering, right", Items.ordering("q"), new Response.Ordering(List.of(0, 1, 2, 3)), 1.0),
                Arguments.of("ordering, reversed", Items.ordering("q"), new Response.Ordering(List.of(3, 2, 1, 0)), 0.0),
                Arguments.of("ordering, one swap of six pairs", Items.ordering("q"), new Response.Ordering(List.of(1, 0, 2, 3)), 5 / 6.0),
                Arguments.of("numeric, exact", Items.numeric("q"), new Response.Numeric(new BigDecimal("36")), 1.0),
                Arguments.of("numeric, at the tolerance edge", Items.numeric("q"), new Response.Numeric(new BigDecimal("48")), 1.0),
                Arguments.of("numeric, just outside", Items.numeric("q"), new Response.Numeric(new BigDecimal("48.01")), 0.0),
                Arguments.of("key features, both", Items.keyFeatures("q"), new Response.Choice(Set.of("a", "b")), 1.0),
                Arguments.of("key features, one of two", Items.keyFeatures("q"), new Response.Choice(Set.of("a", "c")), 0.5),
                Arguments.of("key features, over the limit: zero", Items.keyFeatures("q"), new Response.Choice(Set.of("a", "b", "c")), 0.0),
                Arguments.of("key features, a harmful option: zero", Items.keyFeatures("q"), new Response.Choice(Set.of("a", "x")), 0.0),
                Arguments.of("script concordance, modal answer +1", Items.scriptConcordance("q"), new Response.Scale(1), 1.0),
                Arguments.of("script concordance, +2 chosen by 5 of the modal 8", Items.scriptConcordance("q"), new Response.Scale(2), 0.625),
                Arguments.of("script concordance, 0 chosen by 2 of the modal 8", Items.scriptConcordance("q"), new Response.Scale(0), 0.25),
                Arguments.of("script concordance, -1 chosen by no expert", Items.scriptConcordance("q"), new Response.Scale(-1), 0.0),
                Arguments.of("hotspot, inside the correct region", Items.hotspot("q"), new Response.Hotspot(50, 20), 1.0),
                Arguments.of("hotspot, outside", Items.hotspot("q"), new Response.Hotspot(10, 5), 0.0),
                Arguments.of("a response of the wrong type scores nothing", Items.numeric("q"), new Response.TrueFalse(true), 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoringTable")
    void each_item_type_scores_by_its_documented_rule(String name, ItemDefinition item, Response response, double credit) {
        assertThat(ItemGrader.grade(item, response).credit()).isCloseTo(credit, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_score_is_weighted_by_points_and_the_pass_mark_decides() {
        ItemDefinition heavy = new ItemDefinition.TrueFalse(Items.common("heavy", false, 3), true, null, null);
        List<ItemDefinition> items = List.of(heavy, Items.trueFalse("light", true));

        GradeResult passed = QuizGrader.grade(items, Map.of("heavy", new Response.TrueFalse(true)), 75);
        GradeResult failed = QuizGrader.grade(items, Map.of("light", new Response.TrueFalse(true)), 75);

        assertThat(passed.percent()).isEqualTo(75.0);
        assertThat(passed.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(failed.percent()).isEqualTo(25.0);
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void critical_safety_miss_fails_the_attempt_whatever_the_score() {
        List<ItemDefinition> items = Stream.concat(Stream.of((ItemDefinition) Items.single("critical", true)),
                Stream.iterate(1, i -> i + 1).limit(19).map(i -> (ItemDefinition) Items.trueFalse("q" + i, true))).toList();
        Map<String, Response> answers = new HashMap<>();
        items.stream().skip(1).forEach(i -> answers.put(i.id(), new Response.TrueFalse(true)));
        answers.put("critical", new Response.Choice(Set.of("b")));

        GradeResult result = QuizGrader.grade(items, answers, 80);

        assertThat(result.percent()).isEqualTo(95.0);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.criticalMisses()).extracting(ItemResult::itemId).containsExactly("critical");
        assertThat(result.criticalMisses().get(0).criticalMiss()).isEqualTo("a safety-critical question was answered wrongly");
    }

    @Test
    void an_unanswered_critical_item_is_a_critical_miss() {
        GradeResult result = QuizGrader.grade(List.of(Items.single("critical", true)), Map.of(), 0);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.criticalMisses().get(0).criticalMiss()).isEqualTo("a safety-critical question was left unanswered");
    }

    @Test
    void choosing_a_harmful_option_is_a_critical_miss_even_on_an_item_not_marked_critical() {
        GradeResult result = QuizGrader.grade(List.of(Items.single("q", false), Items.trueFalse("t", true)),
                Map.of("q", new Response.Choice(Set.of("c")), "t", new Response.TrueFalse(true)), 50);

        assertThat(result.percent()).isEqualTo(50.0);
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.criticalMisses().get(0).criticalMiss()).isEqualTo("chose a harmful option: Unsafe");
    }

    @Test
    void clicking_a_harmful_hotspot_region_is_a_critical_miss() {
        GradeResult result = QuizGrader.grade(List.of(Items.hotspot("h")), Map.of("h", new Response.Hotspot(90, 20)), 0);

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.criticalMisses().get(0).criticalMiss()).isEqualTo("clicked a harmful area (lung)");
    }

    @Test
    void the_same_input_always_gives_the_same_result() {
        List<ItemDefinition> items = List.of(Items.multiple("m"), Items.ordering("o"), Items.hotspot("h"));
        Map<String, Response> answers = Map.of("m", new Response.Choice(Set.of("a", "c")),
                "o", new Response.Ordering(List.of(1, 0, 3, 2)), "h", new Response.Hotspot(41, 11));

        assertThat(QuizGrader.grade(items, answers, 50)).isEqualTo(QuizGrader.grade(items, answers, 50));
    }
}
