package academy.triggerpoint.practice;

import academy.triggerpoint.catalog.content.PracticalDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a directly observed practical is judged. Pure code, like the graders. Every step must be
 * marked, done or not done: an assessor who did not see a step says so. A critical step not done
 * fails the observation whatever the rest, as a critical item fails a quiz; otherwise the share of
 * steps done must reach the practical's minimum. A pass holds for the practical's validity from the
 * day it was observed, up to and including {@code validUntil}, the day before the same date
 * {@code validForMonths} later (as the competency ledger counts it).
 */
public final class ObservationRules {

    /** The judgement: passed or not, the steps done, the critical steps missed, and until when a pass holds. */
    public record Outcome(boolean passed, int stepsDone, int stepsTotal, List<String> criticalMissed, LocalDate validUntil) {
    }

    private ObservationRules() {
    }

    /**
     * Judges the marked steps. {@code done} must hold every step of the checklist and nothing else;
     * otherwise an {@link IllegalArgumentException} names the step.
     */
    public static Outcome judge(PracticalDefinition practical, Map<String, Boolean> done, LocalDate observedOn) {
        for (String stepId : done.keySet()) {
            if (practical.steps().stream().noneMatch(s -> s.id().equals(stepId))) {
                throw new IllegalArgumentException("'" + stepId + "' is not a step of " + practical.title());
            }
        }
        int doneCount = 0;
        List<String> criticalMissed = new ArrayList<>();
        for (PracticalDefinition.Step step : practical.steps()) {
            Boolean marked = done.get(step.id());
            if (marked == null) {
                throw new IllegalArgumentException("Mark the step “" + step.text() + "” as done or not done.");
            }
            if (marked) {
                doneCount++;
            } else if (step.critical()) {
                criticalMissed.add(step.text());
            }
        }
        int total = practical.steps().size();
        boolean enough = doneCount * 100 >= practical.minimumPercent() * total;
        boolean passed = criticalMissed.isEmpty() && enough;
        return new Outcome(passed, doneCount, total, List.copyOf(criticalMissed),
                passed ? observedOn.plusMonths(practical.validForMonths()).minusDays(1) : null);
    }
}
