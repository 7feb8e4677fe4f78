package academy.triggerpoint.catalog;

import java.time.Instant;

/**
 * A learner met every requirement of their course version for the first time. Published once per
 * enrolment, in the transaction that records {@code completedAt} on the enrolment; that column is
 * the durable record a listener that missed the event (a crash between commit and delivery) can
 * always rebuild from.
 */
public record CourseCompleted(long accountId, String courseId, long versionId, Instant completedAt) {
}
