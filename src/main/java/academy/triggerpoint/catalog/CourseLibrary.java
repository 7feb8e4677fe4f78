package academy.triggerpoint.catalog;

import academy.triggerpoint.shared.Counts;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.content.VersionDiff;
import academy.triggerpoint.catalog.domain.Course;
import academy.triggerpoint.catalog.domain.CourseFile;
import academy.triggerpoint.catalog.domain.CourseFileRepository;
import academy.triggerpoint.catalog.domain.CourseRepository;
import academy.triggerpoint.catalog.domain.CourseVersion;
import academy.triggerpoint.catalog.domain.CourseVersionRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.InvalidInputException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored course versions in step with the course folder. A folder whose hash is already
 * stored changes nothing; a changed valid folder becomes a new version; a folder with problems is
 * not loaded at all and its problems wait for an administrator.
 */
@Service
public class CourseLibrary {

    private static final Logger log = LoggerFactory.getLogger(CourseLibrary.class);
    public static final String ASSET_PATH = "/course-assets/";

    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseFileRepository files;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path folder;
    private final CourseFolderReader reader;
    private final AuditTrail audit;
    private final Map<Long, LoadedCourse> cache = new ConcurrentHashMap<>();
    private volatile CourseProblems lastScan;

    CourseLibrary(CourseRepository courses, CourseVersionRepository versions, CourseFileRepository files,
                  TransactionTemplate transactions, Clock clock, CourseFolderReader reader, AuditTrail audit,
                  @Value("${academy.courses.folder:courses}") String folder) {
        this.audit = audit;
        this.courses = courses;
        this.versions = versions;
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
        this.folder = Path.of(folder);
        this.reader = reader;
        this.lastScan = new CourseProblems(clock.instant(), folder, 0, List.of());
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        CourseProblems scan = scan();
        if (!scan.problems().isEmpty()) {
            log.warn("{} problem(s) in {}; those courses were not loaded:\n{}", scan.problems().size(), folder,
                    String.join("\n", scan.problems().stream().map(Problem::toString).toList()));
        }
    }

    /** Scans the course folder again (after an author changed files) and returns what went wrong. */
    @PreAuthorize("hasRole('ADMIN')")
    public CourseProblems reload() {
        return scan();
    }

    /** The problems found by the last scan. */
    @PreAuthorize("hasRole('ADMIN')")
    public CourseProblems lastScan() {
        return lastScan;
    }

    /**
     * Each course folder is read, checked and stored on its own: whatever goes wrong with one, even
     * a failure no check foresaw, becomes a problem naming that course, and the others load.
     */
    private synchronized CourseProblems scan() {
        List<Problem> problems = new ArrayList<>();
        int loaded = 0;
        List<Path> folders;
        try {
            folders = reader.courseFolders(folder);
        } catch (RuntimeException unreadable) {
            folders = List.of();
            problems.add(new Problem(folder.toString(), 0, "the course folder cannot be read (" + unreadable.getMessage() + ")"));
        }
        for (Path courseFolder : folders) {
            try {
                CourseFolders.Checked checked = reader.check(courseFolder);
                if (checked.result().ok()) {
                    store(checked.files(), checked.result().course().orElseThrow());
                    loaded++;
                } else {
                    problems.addAll(checked.result().problems());
                }
            } catch (RuntimeException | StackOverflowError unforeseen) {
                log.warn("Course folder {} was not loaded: {}", courseFolder, unforeseen.toString());
                problems.add(CourseParser.unforeseen(CourseFolders.label(courseFolder) + "/" + CourseParser.MANIFEST, unforeseen));
            }
        }
        lastScan = new CourseProblems(clock.instant(), folder.toString(), loaded, List.copyOf(problems));
        return lastScan;
    }

    private void store(CourseFiles folderFiles, CourseDefinition definition) {
        try {
            transactions.executeWithoutResult(tx -> {
                Course course = courses.findById(definition.id()).orElseGet(() -> courses.save(new Course(definition.id())));
                Optional<CourseVersion> existing = versions.findByCourseIdAndContentHash(definition.id(), definition.contentHash());
                if (existing.isPresent() && course.getCurrentVersionId() != null) {
                    // Already stored: the newest version stays current, whether it came from the
                    // folder or was published in the app after this folder was loaded.
                    return;
                }
                CourseVersion version = existing.orElseGet(() -> {
                    CourseVersion created = versions.save(new CourseVersion(definition.id(), definition.version(),
                            definition.contentHash(), definition.title(), clock.instant()));
                    folderFiles.files().forEach((path, bytes) -> files.save(new CourseFile(created.getId(), path, bytes)));
                    log.info("Loaded course {} version {} ({})", definition.id(), definition.version(),
                            definition.contentHash().substring(0, 12));
                    return created;
                });
                course.setCurrentVersionId(version.getId());
            });
        } catch (DataIntegrityViolationException raced) {
            // Another node stored the same version at the same moment; its row is as good as ours.
            log.info("Course {} version {} was stored concurrently by another node", definition.id(), definition.version());
        }
    }

    /**
     * Publishes reviewed content as the course's new current version: learners who enrol from now
     * on get it, learners already enrolled stay on theirs. Runs in the caller's transaction, so the
     * draft that is being published and the version are committed together. Content that is
     * already stored as a version becomes current again rather than being stored twice.
     *
     * <p>A new version of a course that already has one needs the reviewer's classification, checked
     * against what changed since the current version ({@link VersionClassification#check}); it is
     * stored with the version and recorded in the audit trail. The first version of a course needs
     * none and any given is ignored.
     *
     * @throws InvalidInputException when the files have problems, when their {@code version}
     *         label is already published with other content (certificates name versions by label),
     *         or when the classification is missing or does not fit the change
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public PublishedVersion publish(CourseFiles content, long publishedBy, VersionClassification classification) {
        CourseParser.Result result = CourseParser.parse(content);
        CourseDefinition definition = result.course().orElseThrow(() -> new InvalidInputException(null,
                "The course has " + Counts.of(result.problems().size(), "problem") + "; the first: " + result.problems().getFirst()));
        Course course = courses.findById(definition.id()).orElseGet(() -> courses.save(new Course(definition.id())));
        CourseVersion version = versions.findByCourseIdAndContentHash(definition.id(), definition.contentHash()).orElse(null);
        if (version == null) {
            boolean labelTaken = !versions.findByCourseIdAndVersionLabel(definition.id(), definition.version()).isEmpty();
            if (labelTaken) {
                throw new InvalidInputException("course.yaml", "Version " + definition.version() + " of " + definition.id()
                        + " is already published with other content. Raise 'version' in course.yaml.");
            }
            Long previous = course.getCurrentVersionId();
            if (previous != null) {
                VersionClassification.check(classification, VersionDiff.between(storedFiles(previous), content));
            }
            version = versions.save(CourseVersion.published(definition.id(), definition.version(), definition.contentHash(),
                    definition.title(), clock.instant(), publishedBy));
            long versionId = version.getId();
            content.files().forEach((path, bytes) -> files.save(new CourseFile(versionId, path, bytes)));
            if (previous != null) {
                classify(version, previous, classification, publishedBy);
            }
        }
        course.setCurrentVersionId(version.getId());
        log.info("Published course {} version {} ({})", definition.id(), definition.version(),
                definition.contentHash().substring(0, 12));
        return new PublishedVersion(version.getId(), definition.id(), definition.version(), definition.contentHash());
    }

    private void classify(CourseVersion version, long previous, VersionClassification classification, long reviewer) {
        String note = classification.note();
        version.classify(previous, classification.changeClass(), note, classification.effectiveGraceDays(), reviewer,
                clock.instant());
        String previousLabel = versions.findById(previous).map(CourseVersion::getVersionLabel).orElse("?");
        audit.record(reviewer, "course-version-classified", "course " + version.getCourseId() + " version "
                + version.getVersionLabel(), classification.changeClass() + " (from version " + previousLabel + ")"
                + (classification.effectiveGraceDays() == null ? "" : ", grace " + classification.effectiveGraceDays() + " days")
                + (note == null ? "" : ": " + note));
    }

    /** The files of a stored version, marked as published: they parse as they did when they were stored. */
    CourseFiles storedFiles(long versionId) {
        CourseVersion version = versions.findById(versionId).orElseThrow();
        Map<String, byte[]> stored = new LinkedHashMap<>();
        files.findByVersionId(versionId).forEach(f -> stored.put(f.getPath(), f.getContent()));
        return new CourseFiles(version.getCourseId(), "version " + versionId, stored).asPublished();
    }

    /** A stored version, parsed and rendered once and then kept in memory (versions never change). */
    @Transactional(readOnly = true)
    LoadedCourse version(long versionId) {
        return cache.computeIfAbsent(versionId, id -> {
            CourseFiles courseFiles = storedFiles(id);
            CourseDefinition definition = CourseParser.parse(courseFiles).course()
                    .orElseThrow(() -> new IllegalStateException("Stored version " + id + " no longer parses"));
            Map<String, String> html = new LinkedHashMap<>();
            String assetBase = ASSET_PATH + id + "/";
            definition.lessonsInOrder().forEach(lesson -> html.put(lesson.id(),
                    LessonRenderer.toSafeHtml(lesson.markdown(), lesson.sourcePath(), assetBase)));
            Map<String, Map<String, String>> translated = new LinkedHashMap<>();
            definition.translations().lessons().forEach((lessonId, byLanguage) -> {
                Map<String, String> rendered = new LinkedHashMap<>();
                byLanguage.forEach((language, lesson) -> rendered.put(language,
                        LessonRenderer.toSafeHtml(lesson.markdown(), lesson.sourcePath(), assetBase)));
                translated.put(lessonId, Map.copyOf(rendered));
            });
            return new LoadedCourse(id, definition, Map.copyOf(html), Map.copyOf(translated));
        });
    }

    /**
     * The current version of every loaded course, in course id order: what competency frameworks and
     * assignable courses are read from. Content only, nothing about learners.
     */
    @Transactional(readOnly = true)
    public List<CourseDefinition> currentCourses() {
        return courses.findAll().stream().filter(c -> c.getCurrentVersionId() != null)
                .sorted(java.util.Comparator.comparing(c -> c.getId()))
                .map(c -> version(c.getCurrentVersionId()).definition()).toList();
    }

    /** A file of a stored version, for the asset endpoint. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> asset(long versionId, String path) {
        return files.findByVersionIdAndPath(versionId, path).map(CourseFile::getContent);
    }
}
