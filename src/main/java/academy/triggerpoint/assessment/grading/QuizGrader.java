package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grades an attempt: every item by its type's rule, then the total, then the outcome. The
 * critical-safety rule comes last and overrides the score: a critical item not fully correct (or
 * left unanswered), or any harmful choice, makes the outcome FAILED_CRITICAL.
 */
public final class QuizGrader {

    private QuizGrader() {
    }

    /**
     * @param items     the attempt's items, in the order they were presented
     * @param responses answers by item id; a missing entry is an unanswered item
     * @param passMark  percent needed to pass
     */
    public static GradeResult grade(List<ItemDefinition> items, Map<String, Response> responses, int passMark) {
        List<ItemResult> results = new ArrayList<>(items.size());
        List<ItemResult> critical = new ArrayList<>();
        double points = 0;
        int max = 0;
        for (ItemDefinition item : items) {
            ItemResult result = ItemGrader.grade(item, responses.get(item.id()));
            results.add(result);
            points += result.points();
            max += result.maxPoints();
            if (result.criticalMiss() != null) {
                critical.add(result);
            }
        }
        double percent = max == 0 ? 0 : Math.round(points * 1000.0 / max) / 10.0;
        Outcome outcome = !critical.isEmpty() ? Outcome.FAILED_CRITICAL
                : percent >= passMark ? Outcome.PASSED : Outcome.FAILED;
        return new GradeResult(List.copyOf(results), points, max, percent, outcome, List.copyOf(critical));
    }
}
