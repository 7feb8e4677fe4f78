package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades a case scenario. The path is not stored separately: it follows from the decisions, from
 * the start stage to an ending or to the first decision not yet taken. Each stage scores its items
 * (by the item grader) and its decision (the decision's points times the chosen choice's credit).
 * The total is out of the larger of the points on the path taken and on the best path, so a detour
 * never scores more than the best path. A critical ending, a harmful option or a critical item not
 * fully correct makes the outcome FAILED_CRITICAL; a case not finished is FAILED.
 */
public final class CaseGrader {

    private CaseGrader() {
    }

    /**
     * @param responses answers by item id, and decisions by stage id (a {@link Response.Choice} of one choice id)
     */
    public static CaseResult grade(CaseDefinition definition, Map<String, Response> responses) {
        List<ItemResult> results = new ArrayList<>();
        List<ItemResult> critical = new ArrayList<>();
        List<String> path = new ArrayList<>();
        boolean finished = false;
        int pathMax = 0;
        Optional<CaseDefinition.Stage> current = definition.stage(definition.start());
        while (current.isPresent() && !path.contains(current.get().id())) {
            CaseDefinition.Stage stage = current.get();
            path.add(stage.id());
            pathMax += stage.maxPoints();
            for (ItemDefinition item : stage.items()) {
                results.add(ItemGrader.grade(item, responses.get(item.id())).inStage(stage.id()));
            }
            String next;
            if (stage.decision() != null) {
                Optional<CaseDefinition.Choice> choice = chosen(stage.decision(), responses.get(stage.id()));
                results.add(decisionResult(stage, choice.orElse(null)));
                if (choice.isEmpty()) {
                    break;
                }
                finished = choice.get().ending() != CaseDefinition.Ending.NONE;
                next = choice.get().next();
            } else {
                finished = stage.end();
                next = stage.next();
            }
            current = finished || next == null ? Optional.empty() : definition.stage(next);
        }
        double points = 0;
        for (ItemResult result : results) {
            points += result.points();
            if (result.criticalMiss() != null) {
                critical.add(result);
            }
        }
        int max = Math.max(pathMax, definition.bestPathPoints());
        double percent = max == 0 ? 0 : Math.round(points * 1000.0 / max) / 10.0;
        Outcome outcome = !critical.isEmpty() ? Outcome.FAILED_CRITICAL
                : finished && percent >= definition.passMark() ? Outcome.PASSED : Outcome.FAILED;
        return new CaseResult(new GradeResult(List.copyOf(results), points, max, percent, outcome, List.copyOf(critical)),
                List.copyOf(path), finished);
    }

    /** The choice a decision response names, if it names one of the decision's choices. */
    public static Optional<CaseDefinition.Choice> chosen(CaseDefinition.Decision decision, Response response) {
        if (response instanceof Response.Choice choice && choice.optionIds().size() == 1) {
            return decision.choice(choice.optionIds().iterator().next());
        }
        return Optional.empty();
    }

    private static ItemResult decisionResult(CaseDefinition.Stage stage, CaseDefinition.Choice choice) {
        int max = stage.decision().item().common().points();
        if (choice == null) {
            return new ItemResult(stage.id(), false, 0, 0, max, null, stage.id(), null);
        }
        String miss = choice.ending() == CaseDefinition.Ending.CRITICAL ? "unsafe decision: " + choice.text() : null;
        return new ItemResult(stage.id(), true, choice.credit(), choice.credit() * max, max, miss, stage.id(), choice.id());
    }
}
