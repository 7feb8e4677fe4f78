package academy.triggerpoint.assessment.grading;

import java.util.List;

/** A graded attempt. {@code percent} is rounded to one decimal place. */
public record GradeResult(List<ItemResult> items, double points, int maxPoints, double percent, Outcome outcome,
                          List<ItemResult> criticalMisses) {
}
