package academy.triggerpoint.assessment.grading;

import static academy.triggerpoint.assessment.grading.Cases.best;
import static academy.triggerpoint.assessment.grading.Cases.complete;
import static academy.triggerpoint.assessment.grading.Cases.critical;
import static academy.triggerpoint.assessment.grading.Cases.decision;
import static academy.triggerpoint.assessment.grading.Cases.items;
import static academy.triggerpoint.assessment.grading.Cases.partial;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CaseDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseGraderTest {

    /**
     * history (key features 1 pt, script concordance 1 pt) → decide (2 pts): best → exam, partial →
     * exam at half credit, refer → ends safely at quarter credit, unsafe → ends critically;
     * exam (true-false 1 pt) → end. The best path is worth 5 points.
     */
    private final CaseDefinition warfarin = Cases.of(60,
            items("history", "decide", Items.keyFeatures("kf"), Items.scriptConcordance("sct")),
            decision("decide", 2, best("defer", "exam"), partial("superficial", 0.5, "exam"), complete("refer", 0.25),
                    critical("needle")),
            items("exam", null, Items.trueFalse("tf", true)));

    private Map<String, Response> answers(String decision) {
        Map<String, Response> answers = new HashMap<>();
        answers.put("kf", new Response.Choice(Set.of("a", "b")));
        answers.put("sct", new Response.Scale(1));
        if (decision != null) {
            answers.put("decide", new Response.Choice(Set.of(decision)));
        }
        answers.put("tf", new Response.TrueFalse(true));
        return answers;
    }

    @Test
    void the_best_path_answered_right_passes_with_full_marks() {
        CaseResult result = CaseGrader.grade(warfarin, answers("defer"));

        assertThat(result.path()).containsExactly("history", "decide", "exam");
        assertThat(result.finished()).isTrue();
        assertThat(result.grade().percent()).isEqualTo(100.0);
        assertThat(result.grade().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void a_weaker_branch_earns_its_partial_credit_and_continues() {
        CaseResult result = CaseGrader.grade(warfarin, answers("superficial"));

        assertThat(result.path()).containsExactly("history", "decide", "exam");
        assertThat(result.grade().points()).isEqualTo(4.0);
        assertThat(result.grade().percent()).isEqualTo(80.0);
        assertThat(result.grade().items()).filteredOn(r -> "decide".equals(r.itemId()))
                .singleElement().satisfies(r -> {
                    assertThat(r.choiceId()).isEqualTo("superficial");
                    assertThat(r.credit()).isEqualTo(0.5);
                    assertThat(r.stageId()).isEqualTo("decide");
                });
    }

    @Test
    void a_safe_early_ending_is_scored_out_of_the_best_path_so_a_detour_never_scores_more() {
        CaseResult result = CaseGrader.grade(warfarin, answers("refer"));

        assertThat(result.path()).containsExactly("history", "decide");
        assertThat(result.finished()).isTrue();
        assertThat(result.grade().maxPoints()).isEqualTo(5);
        assertThat(result.grade().points()).isEqualTo(2.5);
        assertThat(result.grade().percent()).isEqualTo(50.0);
        assertThat(result.grade().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void an_unsafe_decision_ends_the_case_failed_critical_whatever_the_score() {
        CaseDefinition lenient = Cases.of(1, warfarin.stages().toArray(CaseDefinition.Stage[]::new));
        CaseResult result = CaseGrader.grade(lenient, answers("needle"));

        assertThat(result.path()).containsExactly("history", "decide");
        assertThat(result.finished()).isTrue();
        assertThat(result.grade().percent()).isEqualTo(40.0);
        assertThat(result.grade().outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.grade().criticalMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.stageId()).isEqualTo("decide");
            assertThat(miss.choiceId()).isEqualTo("needle");
            assertThat(miss.criticalMiss()).isEqualTo("unsafe decision: Choice needle");
        });
    }

    @Test
    void a_harmful_key_feature_fails_the_case_critically_even_on_the_best_path() {
        Map<String, Response> answers = answers("defer");
        answers.put("kf", new Response.Choice(Set.of("a", "x")));

        CaseResult result = CaseGrader.grade(warfarin, answers);

        assertThat(result.grade().outcome()).isEqualTo(Outcome.FAILED_CRITICAL);
        assertThat(result.grade().criticalMisses()).extracting(ItemResult::itemId).containsExactly("kf");
        assertThat(result.grade().criticalMisses().getFirst().stageId()).isEqualTo("history");
    }

    @Test
    void a_case_stopped_before_its_decision_is_unfinished_and_fails() {
        CaseResult result = CaseGrader.grade(warfarin, answers(null));

        assertThat(result.path()).containsExactly("history", "decide");
        assertThat(result.finished()).isFalse();
        assertThat(result.grade().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.grade().items()).filteredOn(r -> "decide".equals(r.itemId()))
                .singleElement().satisfies(r -> assertThat(r.answered()).isFalse());
    }

    @Test
    void over_selecting_key_features_scores_zero_for_the_item_only() {
        Map<String, Response> answers = answers("defer");
        answers.put("kf", new Response.Choice(Set.of("a", "b", "c")));

        CaseResult result = CaseGrader.grade(warfarin, answers);

        assertThat(result.grade().points()).isEqualTo(4.0);
        assertThat(result.grade().outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void script_concordance_scores_against_the_panel_inside_a_case() {
        Map<String, Response> answers = answers("defer");
        answers.put("sct", new Response.Scale(2));

        CaseResult result = CaseGrader.grade(warfarin, answers);

        // 5 of 15 experts chose +2, 8 chose the modal +1: 5/8 of a point.
        assertThat(result.grade().points()).isEqualTo(4.625);
        assertThat(result.grade().percent()).isEqualTo(92.5);
    }

    @Test
    void a_decision_naming_no_choice_of_the_stage_is_treated_as_not_taken() {
        Map<String, Response> answers = answers("defer");
        answers.put("decide", new Response.Choice(Set.of("invented")));

        CaseResult result = CaseGrader.grade(warfarin, answers);

        assertThat(result.finished()).isFalse();
        assertThat(result.path()).containsExactly("history", "decide");
    }

    @Test
    void the_twelve_stage_benchmark_case_grades_along_its_best_path() {
        CaseDefinition twelve = Cases.twelveStages();
        Map<String, Response> answers = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            answers.put("kf" + i, new Response.Choice(Set.of("a", "b")));
            answers.put("sct" + i, new Response.Scale(1));
            answers.put("sc" + i, new Response.Choice(Set.of("a")));
            answers.put("d" + i, new Response.Choice(Set.of("go" + i)));
        }

        CaseResult result = CaseGrader.grade(twelve, answers);

        assertThat(result.path()).hasSize(12);
        assertThat(result.finished()).isTrue();
        assertThat(result.grade().percent()).isEqualTo(100.0);
        assertThat(result.grade().outcome()).isEqualTo(Outcome.PASSED);
    }
}
