package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.VersionDiff;
import academy.triggerpoint.catalog.domain.CourseRepository;
import academy.triggerpoint.catalog.domain.CourseVersion;
import academy.triggerpoint.catalog.domain.CourseVersionRepository;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed from one stored version of a course to the next, with the reviewer's
 * classification and change note, for everyone who follows the course. Learners get the
 * difference without keys, harmful options, critical flags, feedback and rationales; authors,
 * administrators and managers get it whole.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class VersionHistory {

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseLibrary library;
    private final CurrentAccount current;
    /** Versions never change, so neither does the difference between two of them: (older, newer) → difference. */
    private final Map<List<Long>, VersionDiff.Diff> differences = new ConcurrentHashMap<>();

    VersionHistory(CourseRepository courses, CourseVersionRepository versions, CourseLibrary library, CurrentAccount current) {
        this.courses = courses;
        this.versions = versions;
        this.library = library;
        this.current = current;
    }

    /** How many versions of the course are stored (the course page links to "What's new" from two). */
    public int versionCount(String courseId) {
        return versions.findByCourseIdOrderByIdDesc(courseId).size();
    }

    /**
     * Every stored version of the course, newest first, each compared with the version it was
     * classified against, or else the one stored before it.
     *
     * @throws NotFoundException when there is no such course
     */
    public WhatsNew whatsNew(String courseId) {
        List<CourseVersion> stored = versions.findByCourseIdOrderByIdDesc(courseId);
        Long currentId = courses.findById(courseId).map(c -> c.getCurrentVersionId()).orElse(null);
        if (stored.isEmpty() || currentId == null) {
            throw new NotFoundException("There is no course " + courseId + ".");
        }
        boolean keysShown = current.hasRole(Role.AUTHOR) || current.hasRole(Role.ADMIN) || current.hasRole(Role.MANAGER);
        List<WhatsNew.VersionNews> news = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            CourseVersion version = stored.get(i);
            Long previousId = version.getPreviousVersionId() != null ? version.getPreviousVersionId()
                    : i + 1 < stored.size() ? stored.get(i + 1).getId() : null;
            CourseVersion previous = previousId == null ? null
                    : stored.stream().filter(v -> v.getId().equals(previousId)).findFirst().orElse(null);
            VersionDiff.Diff difference = previous == null ? null : difference(previous.getId(), version.getId());
            news.add(new WhatsNew.VersionNews(version.getId(), version.getVersionLabel(), version.getLoadedAt(),
                    version.getId().equals(currentId), version.getChangeClass(), version.getChangeNote(), version.getGraceDays(),
                    previous == null ? null : previous.getVersionLabel(),
                    difference == null || keysShown ? difference : difference.withoutKeys()));
        }
        return new WhatsNew(courseId, stored.getFirst().getTitle(), keysShown, news);
    }

    private VersionDiff.Diff difference(long olderId, long newerId) {
        return differences.computeIfAbsent(List.of(olderId, newerId),
                key -> VersionDiff.between(library.storedFiles(olderId), library.storedFiles(newerId)));
    }
}
