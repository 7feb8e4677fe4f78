package academy.triggerpoint.catalog;

import java.time.Instant;

/**
 * One stored version of a course, for authors choosing what to compare or start a draft from.
 *
 * @param origin {@code folder} (loaded from courses/) or {@code app} (published from a reviewed draft)
 * @param publishedBy the reviewer who approved it, for versions published in the app
 */
public record VersionSummary(long versionId, String courseId, String label, String contentHash, String title,
                             Instant storedAt, String origin, Long publishedBy, boolean current) {
}
