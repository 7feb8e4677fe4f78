package academy.triggerpoint.catalog;

import java.util.Map;

/**
 * Records another module keeps about a course version that travel in its ZIP beside the course
 * files, under {@value academy.triggerpoint.catalog.content.CourseFiles#ATTACHMENTS_FOLDER}/ (the
 * expert panel's answers, for example). They are a record, not content: reading an archive skips
 * them, so its content hash and what it publishes are the course files alone.
 */
public interface CourseArchiveAttachments {

    /** File name (within the attachments folder) to bytes; empty when there is nothing to attach. */
    Map<String, byte[]> attachmentsOf(String courseId, long versionId);
}
