package academy.triggerpoint.assessment;

import java.util.List;

/**
 * How learners have gone through a case, from graded attempts on every version: outcomes, how many
 * reached each stage and chose each branch, and the size of each script-concordance panel.
 */
public record CaseStatistics(String courseId, String caseId, String title, int graded, int passed, int failed,
                             int failedCritical, List<StageStats> stages, List<Panel> panels) {

    public record StageStats(String stageId, String phase, String title, int reached, List<ChoiceStats> choices) {
    }

    /** {@code ending} is NONE, COMPLETE or CRITICAL. */
    public record ChoiceStats(String choiceId, String text, boolean best, String ending, int chosen) {
    }

    public record Panel(String itemId, String stageTitle, int experts, boolean provisional) {
    }
}
