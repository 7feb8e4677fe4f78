package academy.triggerpoint.catalog;

/**
 * What a new version of a course means for the learners certified on an earlier one, as the
 * reviewer who approved it classified it.
 */
public enum ChangeClass {
    /** Typos and wording: nothing for learners to do. */
    EDITORIAL,
    /** Learners should review what changed. */
    SUBSTANTIVE,
    /** Learners must complete what changed before they are cleared to needle again, within a grace period. */
    SAFETY_CRITICAL
}
