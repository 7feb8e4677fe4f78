package academy.triggerpoint.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed direct observation of a practical: the checklist as the assessor marked it, the outcome,
 * who signed it, when, and the SHA-256 of what they signed. {@code validUntil} is null when not passed.
 */
public record Observation(long id, long accountId, String learnerName, String courseId, String courseVersion,
                          String practicalId, String practicalTitle, LocalDate observedOn, long assessorId,
                          String assessorName, boolean passed, boolean criticalMissed, int stepsDone, int stepsTotal,
                          List<StepResult> steps, String comment, LocalDate validUntil, Instant signedAt, String contentHash) {

    /** One step as observed, with the wording and critical flag it had on the day. */
    public record StepResult(String stepId, String text, boolean critical, boolean done, String comment) {
    }

    /** "dry-needling-foundations/observed-needling", as jurisdiction files name the practical. */
    public String reference() {
        return academy.triggerpoint.catalog.content.PracticalDefinition.reference(courseId, practicalId);
    }
}
