package academy.triggerpoint.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.catalog.content.PracticalDefinition;
import academy.triggerpoint.catalog.content.PracticalDefinition.Step;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a directly observed practical is judged, with no Spring and no database. */
class ObservationRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final PracticalDefinition PRACTICAL = new PracticalDefinition("observed", "Observed needling", "summary", "observed",
            12, 80, List.of(new Step("hygiene", "Hand hygiene", true, "WHO 2009"), new Step("landmarks", "Landmarks", false, null),
            new Step("lung", "Lung-field rule", true, "AHPCSA 5.1"), new Step("sharps", "Sharps at once", true, "WHO"),
            new Step("observe", "Observe after", false, null)));

    static Map<String, Boolean> allDone() {
        Map<String, Boolean> done = new HashMap<>();
        PRACTICAL.steps().forEach(s -> done.put(s.id(), true));
        return done;
    }

    @Test
    void every_step_done_passes_and_holds_until_the_day_before_the_same_date_a_validity_later() {
        ObservationRules.Outcome outcome = ObservationRules.judge(PRACTICAL, allDone(), DAY);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.stepsDone()).isEqualTo(5);
        assertThat(outcome.validUntil()).isEqualTo(LocalDate.of(2027, 12, 6));
    }

    @Test
    void a_critical_step_not_done_fails_whatever_the_rest() {
        Map<String, Boolean> done = allDone();
        done.put("lung", false);

        ObservationRules.Outcome outcome = ObservationRules.judge(PRACTICAL, done, DAY);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.stepsDone()).isEqualTo(4);
        assertThat(outcome.criticalMissed()).containsExactly("Lung-field rule");
        assertThat(outcome.validUntil()).isNull();
    }

    @Test
    void non_critical_steps_missed_fail_only_below_the_pass_rule() {
        Map<String, Boolean> oneMissed = allDone();
        oneMissed.put("landmarks", false); // 4 of 5 = 80%
        Map<String, Boolean> twoMissed = new HashMap<>(oneMissed);
        twoMissed.put("observe", false); // 3 of 5 = 60%

        assertThat(ObservationRules.judge(PRACTICAL, oneMissed, DAY).passed()).isTrue();
        assertThat(ObservationRules.judge(PRACTICAL, twoMissed, DAY).passed()).isFalse();
        assertThat(ObservationRules.judge(PRACTICAL, twoMissed, DAY).criticalMissed()).isEmpty();
    }

    @Test
    void an_unmarked_step_or_a_step_the_checklist_does_not_have_is_refused_by_name() {
        Map<String, Boolean> unmarked = allDone();
        unmarked.remove("sharps");
        Map<String, Boolean> extra = allDone();
        extra.put("juggling", true);

        assertThatThrownBy(() -> ObservationRules.judge(PRACTICAL, unmarked, DAY)).hasMessage(
                "Mark the step “Sharps at once” as done or not done.");
        assertThatThrownBy(() -> ObservationRules.judge(PRACTICAL, extra, DAY)).hasMessage("'juggling' is not a step of Observed needling");
    }
}
