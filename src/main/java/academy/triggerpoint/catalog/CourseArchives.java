package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.domain.CourseFileRepository;
import academy.triggerpoint.catalog.domain.CourseRepository;
import academy.triggerpoint.catalog.domain.CourseVersion;
import academy.triggerpoint.catalog.domain.CourseVersionRepository;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses as ZIP archives in the {@code courses/} format, for authors: download the current version
 * of a course exactly as stored (importing it again gives the same content hash), and check an
 * archive with the same validator the course folder loader uses. Publishing an imported archive
 * waits for drafts and review (the authoring issue); nothing here changes what learners see.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class CourseArchives {

    /** Uploads larger than this are refused before they are opened. */
    public static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseFileRepository files;

    private final List<CourseArchiveAttachments> attachments;

    CourseArchives(CourseRepository courses, CourseVersionRepository versions, CourseFileRepository files,
                   List<CourseArchiveAttachments> attachments) {
        this.attachments = attachments;
        this.courses = courses;
        this.versions = versions;
        this.files = files;
    }

    /** Every loaded course (id to title), to choose one to download. */
    public Map<String, String> courses() {
        Map<String, String> titles = new LinkedHashMap<>();
        courses.findAll().stream().filter(c -> c.getCurrentVersionId() != null)
                .sorted(java.util.Comparator.comparing(c -> c.getId()))
                .forEach(c -> versions.findById(c.getCurrentVersionId()).ifPresent(v -> titles.put(c.getId(), v.getTitle())));
        return titles;
    }

    /**
     * The current version of a course as a ZIP: byte for byte the files it was loaded from, and the
     * records other modules keep about the version (the expert panel's answers) beside them.
     */
    public byte[] exportCurrent(String courseId) {
        long versionId = currentVersionId(courseId).orElseThrow(() -> new NotFoundException("There is no course " + courseId + "."));
        Map<String, byte[]> attached = new LinkedHashMap<>();
        attachments.forEach(a -> attached.putAll(a.attachmentsOf(courseId, versionId)));
        return CourseArchive.write(filesOf(versionId), attached);
    }

    /** The id of the course's current version, if the course exists and has one. */
    public java.util.Optional<Long> currentVersionId(String courseId) {
        return courses.findById(courseId).map(c -> c.getCurrentVersionId());
    }

    /** Every stored version of a course, newest first. */
    public List<VersionSummary> versionsOf(String courseId) {
        Long current = currentVersionId(courseId).orElse(null);
        return versions.findByCourseIdOrderByIdDesc(courseId).stream()
                .map(v -> new VersionSummary(v.getId(), v.getCourseId(), v.getVersionLabel(), v.getContentHash(), v.getTitle(),
                        v.getLoadedAt(), v.getOrigin(), v.getPublishedBy(), v.getId().equals(current)))
                .toList();
    }

    /** The files of a stored version, exactly as stored. */
    public CourseFiles filesOf(long versionId) {
        CourseVersion version = versions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("There is no course version " + versionId + "."));
        Map<String, byte[]> stored = new LinkedHashMap<>();
        files.findByVersionId(versionId).forEach(f -> stored.put(f.getPath(), f.getContent()));
        return new CourseFiles(version.getCourseId(), version.getCourseId() + " " + version.getVersionLabel(), stored);
    }

    /** What an archive holds, checked: its course folder's content hash and every problem with file and line. */
    public record ArchiveCheck(String folder, String contentHash, int files, List<Problem> problems) {
    }

    /**
     * Reads and validates an uploaded archive without storing anything; the problems are the ones
     * the folder loader would report for the same files.
     */
    public ArchiveCheck check(byte[] archive, String fileName) {
        if (archive.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", fileName + " is larger than " + (MAX_UPLOAD_BYTES >> 20) + " MB.");
        }
        CourseFiles course;
        try {
            course = CourseArchive.read(archive, fileName);
        } catch (CourseArchive.InvalidArchiveException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        return new ArchiveCheck(course.folderName(), course.contentHash(), course.files().size(),
                CourseParser.parse(course).problems());
    }

    /** Whether a stored version has this content hash (an archive that round-trips exactly). */
    public boolean isStoredVersion(String courseId, String contentHash) {
        return versions.findByCourseIdAndContentHash(courseId, contentHash).isPresent();
    }
}
