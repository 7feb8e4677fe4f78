package academy.triggerpoint.assessment;

import java.time.Instant;

/** A safety-critical mistake: which case (or quiz), stage and choice, what was missed, and when. */
public record CriticalMiss(long attemptId, String courseId, String moduleId, String caseId, String stageId,
                           String choiceId, String itemId, String miss, Instant gradedAt) {
}
