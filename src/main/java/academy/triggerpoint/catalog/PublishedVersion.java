package academy.triggerpoint.catalog;

/** A course version that learners enrolling from now on get. */
public record PublishedVersion(long versionId, String courseId, String label, String contentHash) {
}
