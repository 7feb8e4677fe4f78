package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.VersionDiff;
import academy.triggerpoint.shared.InvalidInputException;
import java.util.List;

/**
 * A reviewer's classification of a new course version, with the change note learners and
 * managers read and, for a safety-critical change, how many days learners have to complete it.
 *
 * @param changeClass null when the reviewer chose none (refused by {@link #check})
 * @param changeNote  required unless the change is editorial
 * @param graceDays   for a safety-critical change; {@link #DEFAULT_GRACE_DAYS} when left empty
 */
public record VersionClassification(ChangeClass changeClass, String changeNote, Integer graceDays) {

    public static final int DEFAULT_GRACE_DAYS = 30;
    public static final int MAX_GRACE_DAYS = 365;
    public static final int MAX_NOTE_LENGTH = 2000;

    /** The note without surrounding blanks; null when there is none. */
    public String note() {
        return changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
    }

    /** The grace period that applies: only a safety-critical change has one. */
    public Integer effectiveGraceDays() {
        return changeClass != ChangeClass.SAFETY_CRITICAL ? null : graceDays == null ? DEFAULT_GRACE_DAYS : graceDays;
    }

    /**
     * Refuses a classification that does not fit the difference it classifies, naming the field:
     * none chosen; no change note for a substantive or safety-critical change; a grace period out of
     * range; "editorial" while the difference changes a key, a critical flag, a harmful option or a
     * critical ending (the refusal lists them).
     *
     * @throws InvalidInputException with field {@code classification}, {@code changeNote} or {@code graceDays}
     */
    public static void check(VersionClassification classification, VersionDiff.Diff difference) {
        if (classification == null || classification.changeClass() == null) {
            throw new InvalidInputException("classification", "Classify the change: editorial, substantive or safety-critical.");
        }
        ChangeClass changeClass = classification.changeClass();
        if (changeClass == ChangeClass.EDITORIAL) {
            List<String> touches = difference.safetyTouches();
            if (!touches.isEmpty()) {
                throw new InvalidInputException("classification", "This change cannot be editorial: " + String.join("; ", touches)
                        + ". Classify it as substantive or safety-critical.");
            }
        } else if (classification.note() == null) {
            throw new InvalidInputException("changeNote", "Write a short change note: learners and managers read it.");
        }
        if (classification.note() != null && classification.note().length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("changeNote", "Keep the change note to " + MAX_NOTE_LENGTH + " characters.");
        }
        Integer grace = classification.effectiveGraceDays();
        if (grace != null && (grace < 0 || grace > MAX_GRACE_DAYS)) {
            throw new InvalidInputException("graceDays", "A grace period is between 0 and " + MAX_GRACE_DAYS + " days.");
        }
    }
}
