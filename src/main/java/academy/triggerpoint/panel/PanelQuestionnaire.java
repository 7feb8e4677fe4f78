package academy.triggerpoint.panel;

import java.util.List;

/**
 * What a panellist answers on a course's panel: its script-concordance items as learners meet
 * them (the case, the stage, the question), with the panellist's own answer where given. No key,
 * no score and no other panellist's answer is in it.
 */
public record PanelQuestionnaire(String courseId, String courseTitle, String versionLabel, List<Question> questions) {

    public record ScalePoint(int value, String label) {
    }

    /** {@code myAnswer} is null until the panellist has answered this wording of the item. */
    public record Question(String itemId, String caseTitle, String vignetteHtml, String stageTitle, String stageHtml,
                           String questionHtml, List<ScalePoint> scale, Integer myAnswer, String myComment) {
    }

    public long answered() {
        return questions.stream().filter(q -> q.myAnswer() != null).count();
    }
}
