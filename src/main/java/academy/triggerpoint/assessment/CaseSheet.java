package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case in progress as the learner sees it: the vignette and the stages revealed so far. Earlier
 * stages are locked and show what was answered; the last stage is the one to work on. Nothing here
 * gives away a key, a branch or an ending.
 */
public record CaseSheet(long attemptId, String courseId, String courseTitle, String caseId, String title,
                        String vignetteHtml, Instant deadline, List<StageView> stages) {

    /**
     * @param decision    the stage's decision as a single-choice question, or null
     * @param answers     the saved answers of the current stage, by item id (a decision by stage id)
     * @param answerTexts what was answered in a locked stage, in words, by item id
     */
    public record StageView(String stageId, String phase, String title, String textHtml, List<PresentedItem> items,
                            PresentedItem decision, boolean locked, Map<String, Response> answers,
                            Map<String, String> answerTexts) {
    }

    public StageView current() {
        return stages.getLast();
    }
}
