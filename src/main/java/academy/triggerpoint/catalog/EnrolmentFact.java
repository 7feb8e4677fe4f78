package academy.triggerpoint.catalog;

import java.time.Instant;

/** That a learner enrolled on a course, and when they completed it (null while not completed). */
public record EnrolmentFact(long accountId, String courseId, Instant enrolledAt, Instant completedAt) {
}
