package academy.triggerpoint.assessment.grading;

import java.util.List;

/**
 * A graded case: the results of every item and decision met (in {@code grade}, each tagged with
 * its stage), the stages the learner went through and whether they reached an ending.
 */
public record CaseResult(GradeResult grade, List<String> path, boolean finished) {
}
