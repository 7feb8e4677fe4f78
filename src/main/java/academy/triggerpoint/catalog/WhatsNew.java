package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.VersionDiff;
import java.time.Instant;
import java.util.List;

/**
 * A course's "What's new" page: every stored version, newest first, with what changed since the
 * version before it.
 *
 * @param keysShown whether the differences include keys, harmful options, critical flags, feedback and
 *                  rationales (for authors, administrators and managers); learners get them without
 */
public record WhatsNew(String courseId, String title, boolean keysShown, List<VersionNews> versions) {

    public WhatsNew {
        versions = List.copyOf(versions);
    }

    /**
     * One version.
     *
     * @param changeClass   null when the version was not classified (loaded from the courses/ folder, or the first)
     * @param graceDays     for a safety-critical change, the days learners have to complete it
     * @param previousLabel the version it is compared with; null for the first version
     * @param difference    what changed since {@code previousLabel}; null for the first version
     */
    public record VersionNews(long versionId, String label, Instant publishedAt, boolean current, ChangeClass changeClass,
                              String changeNote, Integer graceDays, String previousLabel, VersionDiff.Diff difference) {
    }
}
