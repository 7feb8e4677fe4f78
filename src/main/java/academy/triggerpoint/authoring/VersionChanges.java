package academy.triggerpoint.authoring;

import academy.triggerpoint.catalog.content.VersionDiff;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.shared.InvalidInputException;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What changed, per file and per item: a draft against the version it started from, or two versions. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class VersionChanges {

    private final Drafts drafts;
    private final CourseArchives archives;

    VersionChanges(Drafts drafts, CourseArchives archives) {
        this.drafts = drafts;
        this.archives = archives;
    }

    /** The draft against its base version; a new course is compared with nothing, so every file is added. */
    public VersionDiff.Diff ofDraft(long draftId) {
        Long base = drafts.draft(draftId).baseVersionId();
        CourseFiles draft = drafts.courseFiles(draftId);
        CourseFiles older = base == null ? new CourseFiles(draft.folderName(), draft.folderLabel(), Map.of()) : archives.filesOf(base);
        return VersionDiff.between(older, draft);
    }

    /** Two stored versions of the same course. */
    public VersionDiff.Diff between(long olderVersionId, long newerVersionId) {
        CourseFiles older = archives.filesOf(olderVersionId);
        CourseFiles newer = archives.filesOf(newerVersionId);
        if (!older.folderName().equals(newer.folderName())) {
            throw new InvalidInputException("version", "Those versions belong to different courses.");
        }
        return VersionDiff.between(older, newer);
    }
}
