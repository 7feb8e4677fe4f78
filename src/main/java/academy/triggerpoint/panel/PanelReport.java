package academy.triggerpoint.panel;

import java.util.List;

/**
 * For authors: a course's panel, and for each script-concordance item what the panel answered,
 * the key that follows, whether it is provisional, how far the panel agrees, and its comments.
 */
public record PanelReport(String courseId, String courseTitle, int minimumPanel, List<PanelMember> members,
                          List<ItemPanel> items) {

    /**
     * @param counts        panellists who chose -2, -1, 0, +1, +2 for the item's present wording
     * @param keyed         the key learners are scored against: each scale point's credit (0 to 1)
     * @param earlierAnswers answers given to an earlier wording of the item, which no longer count
     * @param demonstration  the counts are the course file's demonstration (demo profile, nobody has answered yet)
     */
    public record ItemPanel(String itemId, String caseTitle, String stageTitle, String hypothesis, String finding,
                            List<String> scaleLabels, List<Integer> counts, List<Double> keyed, boolean provisional,
                            boolean demonstration, PanelAgreement agreement, int earlierAnswers, List<Comment> comments) {

        public int size() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A panellist's comment, under their pseudonym. */
    public record Comment(String panellist, int answer, String text) {
    }
}
