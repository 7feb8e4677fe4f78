package academy.triggerpoint.assessment;

import java.time.Instant;

/**
 * A learner's history on one quiz (a module's, {@code caseId} null) or case: when they first
 * started it, when they passed it, and when they last failed it on a safety-critical mistake.
 */
public record EvidenceFact(long accountId, String courseId, String moduleId, String caseId, Instant firstStartedAt,
                           Instant passedAt, Instant lastCriticalAt) {
}
