package academy.triggerpoint.catalog.content;

import java.util.List;

/**
 * A direct-observation practical assessment of a course ({@code practicals/<id>.yaml}): the steps an
 * assessor watches for, each critical or not, the pass rule, and how long a pass holds. A pass
 * evidences {@code competency}, which no quiz or case of the course evidences.
 */
public record PracticalDefinition(String id, String title, String summary, String competency, int validForMonths,
                                  int minimumPercent, List<Step> steps) {

    /** One observable step; a critical step missed fails the observation whatever the rest. */
    public record Step(String id, String text, boolean critical, String source) {
    }

    /** "dry-needling-foundations/observed-needling": how jurisdiction files name a practical. */
    public static String reference(String courseId, String practicalId) {
        return courseId + "/" + practicalId;
    }
}
