package academy.triggerpoint.catalog;

/** A learner enrolled on a course for the first time. */
public record CourseEnrolled(long accountId, String courseId) {
}
