package academy.triggerpoint.authoring;

import academy.triggerpoint.shared.Counts;
import academy.triggerpoint.authoring.domain.DraftRecords;
import academy.triggerpoint.authoring.questions.ItemBankYaml;
import academy.triggerpoint.authoring.questions.QuestionImport;
import academy.triggerpoint.authoring.questions.QuestionImports;
import academy.triggerpoint.authoring.questions.qti.ItemYaml;
import academy.triggerpoint.authoring.questions.qti.QtiExport;
import academy.triggerpoint.authoring.questions.qti.QtiImport;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.authoring.domain.DraftRecords.Draft;
import academy.triggerpoint.authoring.domain.DraftRecords.State;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.PublishedVersion;
import academy.triggerpoint.catalog.VersionClassification;
import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of courses in the {@code courses/} file format, edited in the app, reviewed by a second
 * author and published as an immutable course version. A draft's files are validated by the same
 * parser the folder loader uses, so the editor reports exactly the problems the loader would.
 *
 * <p>Rules: one open draft per course; files are saved over the revision the author opened
 * (optimistic locking); a draft in review is frozen; a reviewer may not have changed the draft's
 * content or submitted it (no self-approval); approval publishes exactly the content that was
 * submitted. Every step is recorded in the draft's history.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class Drafts {

    /** Draft events that change content: whoever did one of these may not approve the draft. */
    static final List<String> CONTENT_ACTIONS = List.of("created", "imported", "edited", "added", "deleted", "imported-questions");
    static final Pattern PATH = Pattern.compile("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$");
    static final Pattern IDENTIFIER = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    /** Where the editor's preview finds a draft's images. */
    public static final String ASSET_PATH = "/authoring-assets/";

    private final DraftRecords records;
    private final CourseArchives archives;
    private final CourseLibrary library;
    private final CurrentAccount current;
    private final Clock clock;

    Drafts(DraftRecords records, CourseArchives archives, CourseLibrary library, CurrentAccount current, Clock clock) {
        this.records = records;
        this.archives = archives;
        this.library = library;
        this.current = current;
        this.clock = clock;
    }

    /** A draft's state for the editor: its files, what the validator says, and what the caller may do. */
    public record Workspace(Draft draft, String baseLabel, List<DraftRecords.FileRow> files, List<Problem> problems,
                            boolean editable, Optional<String> whyNotReviewer) {

        /** The problems of one file (paths relative to the course folder). */
        public List<Problem> problemsOf(String path) {
            return Drafts.problemsOf(problems, path);
        }

        /** Whether the draft may be submitted now: it is being edited and the validator finds nothing. */
        public boolean submittable() {
            return editable && problems.isEmpty();
        }
    }

    /** Of a draft's problems, those of one file; problems name files with the course folder in front. */
    public static List<Problem> problemsOf(List<Problem> problems, String path) {
        String suffix = "/" + path;
        return problems.stream().filter(p -> p.file().endsWith(suffix)).toList();
    }

    /** Open drafts first, then recently published or discarded ones. */
    @Transactional(readOnly = true)
    public List<Draft> recent() {
        return records.recent(50);
    }

    @Transactional(readOnly = true)
    public Workspace workspace(long draftId) {
        Draft draft = draft(draftId);
        String baseLabel = draft.baseVersionId() == null ? null : versionLabel(draft.courseId(), draft.baseVersionId());
        return new Workspace(draft, baseLabel, records.files(draftId), problems(draft),
                draft.state() == State.EDITING, whyNotReviewer(draft));
    }

    /** Starts a draft from the course's current version; the course may have only one open draft. */
    public long startFromCurrent(String courseId) {
        long versionId = archives.currentVersionId(courseId)
                .orElseThrow(() -> new NotFoundException("There is no course " + courseId + "."));
        long id = open(courseId, versionId);
        writeAll(id, archives.filesOf(versionId).files());
        event(id, "created", "from version " + versionLabel(courseId, versionId));
        return id;
    }

    /** Starts a new course from a small valid skeleton (one module, lesson, item bank and quiz) to edit. */
    public long startNewCourse(String courseId, String title) {
        if (courseId == null || !IDENTIFIER.matcher(courseId).matches() || courseId.length() > 80) {
            throw new InvalidInputException("courseId", "A course id is kebab-case: lower-case letters and digits separated by hyphens.");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new InvalidInputException("title", "Give the course a title (at most 200 characters).");
        }
        if (archives.currentVersionId(courseId).isPresent()) {
            throw new InvalidInputException("courseId", "There is already a course " + courseId + "; start a draft of it instead.");
        }
        long id = open(courseId, null);
        writeAll(id, CourseSkeleton.newCourse(courseId, title.strip()));
        event(id, "created", "new course");
        return id;
    }

    /**
     * Opens a ZIP in the courses/ format as a draft of the course it holds (a new course or a new
     * version of an existing one). The archive is read with every guard of {@link CourseArchive};
     * problems in its files do not stop the import: they are shown in the editor to be fixed.
     */
    public long importArchive(byte[] archive, String fileName) {
        if (archive.length > CourseArchives.MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("file", fileName + " is larger than " + (CourseArchives.MAX_UPLOAD_BYTES >> 20) + " MB.");
        }
        CourseFiles course;
        try {
            course = CourseArchive.read(archive, fileName);
        } catch (CourseArchive.InvalidArchiveException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        if (!IDENTIFIER.matcher(course.folderName()).matches()) {
            throw new InvalidInputException("file", "The archive's folder '" + course.folderName()
                    + "' is not a course id (kebab-case: lower-case letters, digits and hyphens).");
        }
        Long base = archives.currentVersionId(course.folderName()).orElse(null);
        long id = open(course.folderName(), base);
        writeAll(id, course.files());
        event(id, "imported", fileName + " (" + course.files().size() + " files, content hash "
                + course.contentHash().substring(0, 12) + ")");
        return id;
    }

    /** One file's bytes and the revision to save over. */
    @Transactional(readOnly = true)
    public DraftRecords.Content file(long draftId, String path) {
        draft(draftId);
        return records.content(draftId, path).orElseThrow(() -> new NotFoundException("The draft has no file " + path + "."));
    }

    /** A text file saved over the revision the author opened; a save in between is a conflict, never overwritten. */
    public Saved save(long draftId, String path, String text, long expectedRevision) {
        Draft draft = editable(draftId);
        byte[] bytes = normalise(text).getBytes(StandardCharsets.UTF_8);
        checkContent(path, bytes);
        if (!records.updateFile(draftId, path, bytes, expectedRevision, me(), clock.instant())) {
            throw conflict(draftId, path);
        }
        event(draftId, "edited", path);
        return saved(draft, path);
    }

    /** Adds a new file (a lesson, an item bank, an image); refused when the path is taken or unsafe. */
    public Saved add(long draftId, String path, byte[] bytes) {
        Draft draft = editable(draftId);
        checkNewPath(draftId, path);
        checkContent(path, bytes);
        records.insertFile(draftId, path, bytes, me(), clock.instant());
        event(draftId, "added", path);
        return saved(draft, path);
    }

    /** Replaces an uploaded file (an image) over the revision the author saw. */
    public Saved replace(long draftId, String path, byte[] bytes, long expectedRevision) {
        Draft draft = editable(draftId);
        checkContent(path, bytes);
        if (!records.updateFile(draftId, path, bytes, expectedRevision, me(), clock.instant())) {
            throw conflict(draftId, path);
        }
        event(draftId, "edited", path);
        return saved(draft, path);
    }

    public void delete(long draftId, String path, long expectedRevision) {
        editable(draftId);
        if (CourseParser.MANIFEST.equals(path)) {
            throw new InvalidInputException("path", "course.yaml cannot be deleted; a course needs its manifest.");
        }
        if (!records.deleteFile(draftId, path, expectedRevision)) {
            throw conflict(draftId, path);
        }
        event(draftId, "deleted", path);
    }

    /**
     * Adds a module: its module.yaml with a quiz, a first lesson and an item bank, and its entry at
     * the end of {@code modules:} in course.yaml. Refused when the id is taken.
     */
    public Saved addModule(long draftId, String moduleId, String title) {
        Draft draft = editable(draftId);
        if (moduleId == null || !IDENTIFIER.matcher(moduleId).matches()) {
            throw new InvalidInputException("moduleId", "A module id is kebab-case: lower-case letters and digits separated by hyphens.");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Give the module a title.");
        }
        DraftRecords.Content manifest = records.content(draftId, CourseParser.MANIFEST)
                .orElseThrow(() -> new InvalidInputException("moduleId", "The draft has no course.yaml to add the module to."));
        String withModule = CourseSkeleton.appendModule(new String(manifest.bytes(), StandardCharsets.UTF_8), moduleId)
                .orElseThrow(() -> new InvalidInputException("moduleId",
                        "course.yaml has no top-level 'modules:' list to add the module to."));
        String folder = "modules/" + moduleId + "/";
        if (records.files(draftId).stream().anyMatch(f -> f.path().startsWith(folder))) {
            throw new InvalidInputException("moduleId", "The draft already has a module folder " + folder + ".");
        }
        CourseSkeleton.newModule(moduleId, title.strip()).forEach((path, bytes) ->
                records.insertFile(draftId, path, bytes, me(), clock.instant()));
        if (!records.updateFile(draftId, CourseParser.MANIFEST, withModule.getBytes(StandardCharsets.UTF_8),
                manifest.revision(), me(), clock.instant())) {
            throw conflict(draftId, CourseParser.MANIFEST);
        }
        event(draftId, "added", "module " + moduleId);
        return saved(draft, folder + "module.yaml");
    }

    /** Question files larger than this are refused before they are read. */
    public static final int MAX_QUESTION_FILE_BYTES = 10 * 1024 * 1024;
    private static final Pattern ITEM_ID = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*([a-z0-9-]+)\\s*$");

    /**
     * Imports a GIFT ({@code .gift}, {@code .txt}) or Moodle XML ({@code .xml}) file into a new item
     * bank of a module, every question taught by {@code lessonId}. Each question is imported whole
     * or reported with where it is and why not; when none can be imported nothing is written. The
     * new items are then checked with the rest of the draft (a question without a rationale, for
     * example, is listed as a problem to fix before review).
     */
    public QuestionImportReport importQuestions(long draftId, String moduleId, String lessonId, String fileName, byte[] content) {
        return importQuestions(draftId, moduleId, lessonId, fileName, content, 0);
    }

    /**
     * As {@link #importQuestions(long, String, String, String, byte[])}, and when {@code perAttempt} is
     * above 0 the module's quiz gets a pool that draws that many of the imported questions (at most
     * all of them) in every attempt, on a tag only this import's questions carry. The report names
     * every quiz of the draft that draws from the new questions.
     */
    public QuestionImportReport importQuestions(long draftId, String moduleId, String lessonId, String fileName, byte[] content,
                                                int perAttempt) {
        editable(draftId);
        String folder = "modules/" + moduleId + "/";
        if (moduleId == null || records.content(draftId, folder + "module.yaml").isEmpty()) {
            throw new InvalidInputException("module", "Choose a module of the draft to import the questions into.");
        }
        if (lessonId == null || records.content(draftId, folder + lessonId + ".md").isEmpty()) {
            throw new InvalidInputException("lesson", "Choose the lesson of module " + moduleId + " that teaches these questions.");
        }
        if (content.length > MAX_QUESTION_FILE_BYTES) {
            throw new InvalidInputException("file", fileName + " is larger than 10 MB.");
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        boolean qti = lower.endsWith(".zip") || lower.endsWith(".xml") && QtiImport.isQti(content, fileName);
        QuestionImport parsed = null;
        if (qti) {
            // Read below, once the draft's lessons and ids are known.
        } else if (lower.endsWith(".xml")) {
            parsed = QuestionImports.moodleXml(content, fileName);
        } else if (lower.endsWith(".gift") || lower.endsWith(".txt")) {
            parsed = QuestionImports.gift(new String(content, StandardCharsets.UTF_8), fileName);
        } else {
            throw new InvalidInputException("file", fileName + " is neither GIFT (.gift, .txt), Moodle XML (.xml) nor QTI "
                    + "(a .zip content package or an item .xml).");
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        records.contents(draftId).forEach((path, bytes) -> {
            if (path.endsWith(".yaml")) {
                ITEM_ID.matcher(new String(bytes, StandardCharsets.UTF_8)).results().forEach(m -> taken.add(m.group(1)));
            }
        });
        QtiImport.Result qtiResult = qti ? QtiImport.read(content, fileName, qtiTarget(draftId, moduleId, lessonId, taken)) : null;
        List<QuestionImportReport.Rejected> rejected = (qti ? qtiResult.rejected() : parsed.rejected()).stream()
                .map(r -> new QuestionImportReport.Rejected(r.where(), r.reason())).toList();
        List<String> warnings = qti ? qtiResult.warnings() : parsed.questions().stream()
                .flatMap(q -> q.warnings().stream().map(w -> q.where() + ": " + w)).toList();
        int imported = qti ? qtiResult.items().size() : parsed.questions().size();
        if (imported == 0) {
            return new QuestionImportReport(0, null, rejected, warnings, List.of(), null, null, null, List.of());
        }
        String base = folder + "items/imported-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC).format(clock.instant());
        String path = base + ".yaml";
        for (int n = 2; records.content(draftId, path).isPresent(); n++) {
            path = base + "-" + n + ".yaml";
        }
        // The bank's file name is a tag no other item has, so a pool on it draws exactly these questions.
        String importTag = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
        String yaml;
        java.util.Set<String> tags;
        if (qti) {
            yaml = ItemYaml.write(qtiResult.items(), importTag);
            tags = new java.util.LinkedHashSet<>();
            for (ItemDefinition item : qtiResult.items()) {
                tags.addAll(item.common().tags().isEmpty() ? List.of("imported") : item.common().tags());
            }
            tags.add(importTag);
            // Checked before anything is written, so a refused picture leaves the draft as it was.
            qtiResult.newFiles().forEach(Drafts::checkContent);
            qtiResult.newFiles().forEach((file, bytes) -> records.insertFile(draftId, file, bytes, me(), clock.instant()));
        } else {
            yaml = ItemBankYaml.write(parsed.questions(), lessonId, taken, importTag);
            tags = ItemBankYaml.tagsOf(parsed.questions(), importTag);
        }
        records.insertFile(draftId, path, yaml.getBytes(StandardCharsets.UTF_8), me(), clock.instant());
        event(draftId, "imported-questions", fileName + ": " + imported + " imported into " + path
                + ", " + rejected.size() + " not imported");
        QuestionImportReport.Pool pool = null;
        String poolNotAdded = null;
        if (perAttempt > 0) {
            String modulePath = folder + "module.yaml";
            DraftRecords.Content module = records.content(draftId, modulePath).orElseThrow();
            int count = Math.min(perAttempt, imported);
            String moduleYaml = new String(module.bytes(), StandardCharsets.UTF_8);
            Optional<String> withPool = QuizPools.withPool(moduleYaml, importTag, count);
            if (withPool.isEmpty()) {
                poolNotAdded = QuizPools.title(moduleYaml).isEmpty()
                        ? modulePath + " has no quiz (or is not valid YAML) to add a pool to"
                        : "the quiz in " + modulePath + " writes its draw: list in a form that cannot be extended here";
            } else {
                if (!records.updateFile(draftId, modulePath, withPool.get().getBytes(StandardCharsets.UTF_8),
                        module.revision(), me(), clock.instant())) {
                    throw conflict(draftId, modulePath);
                }
                pool = new QuestionImportReport.Pool(modulePath, QuizPools.title(withPool.get()).orElse(""), importTag, count);
                event(draftId, "edited", modulePath + ": the quiz draws " + count + " of the questions imported into " + path);
            }
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        ITEM_ID.matcher(yaml).results().forEach(m -> ids.add(m.group(1)));
        List<QuestionImportReport.Quiz> drawnBy = new ArrayList<>();
        records.contents(draftId).forEach((file, bytes) -> {
            java.util.regex.Matcher module = MODULE_FILE.matcher(file);
            if (module.matches()) {
                QuizPools.drawingFrom(new String(bytes, StandardCharsets.UTF_8), tags, ids)
                        .ifPresent(title -> drawnBy.add(new QuestionImportReport.Quiz(module.group(1), title)));
            }
        });
        return new QuestionImportReport(imported, path, rejected, warnings, List.copyOf(tags), importTag,
                pool, poolNotAdded, List.copyOf(drawnBy));
    }

    private static final Pattern MODULE_FILE = Pattern.compile("modules/([^/]+)/module\\.yaml");

    /** Where a QTI import puts its items: the draft's lessons, competencies, ids and files as they are now. */
    private QtiImport.Target qtiTarget(long draftId, String moduleId, String lessonId, java.util.Set<String> taken) {
        Map<String, byte[]> files = records.contents(draftId);
        java.util.Set<String> lessons = new java.util.HashSet<>();
        files.keySet().forEach(p -> {
            java.util.regex.Matcher lesson = LESSON_FILE.matcher(p);
            if (lesson.matches()) {
                lessons.add(lesson.group(1));
            }
        });
        java.util.Set<String> competencies = new java.util.HashSet<>();
        CourseParser.parse(courseFiles(draft(draftId))).course().ifPresent(course ->
                course.competencies().forEach(c -> competencies.add(c.id())));
        return new QtiImport.Target(moduleId, lessonId, lessons, competencies, taken,
                path -> Optional.ofNullable(files.get(path)));
    }

    private static final Pattern LESSON_FILE = Pattern.compile("modules/[^/]+/([^/.]+)\\.md");

    /** A QTI content package to download. */
    public record QtiPackage(String fileName, byte[] bytes) {
    }

    /**
     * A module's item bank ({@code quiz} false) or its quiz with every item it may draw ({@code quiz}
     * true) as a QTI 3.0 content package, from the draft as it is now. Items with problems are left out,
     * as the course loader leaves them out.
     */
    @Transactional(readOnly = true)
    public QtiPackage exportQti(long draftId, String moduleId, boolean quiz) {
        CourseFiles files = courseFiles(draft(draftId));
        CourseDefinition course = CourseParser.parse(files).course().orElseThrow(() -> new InvalidInputException(null,
                "The draft's course.yaml has problems, so its items cannot be read; fix them first."));
        var module = course.module(moduleId).orElseThrow(() -> new NotFoundException("The draft has no module " + moduleId + "."));
        if (quiz) {
            return new QtiPackage(moduleId + "-quiz-qti.zip", QtiExport.quiz(module.quizDefinition().orElseThrow(() ->
                    new NotFoundException("Module " + moduleId + " has no quiz.")), course.items(), files::bytes));
        }
        List<ItemDefinition> bank = course.items().stream()
                .filter(i -> i.common().file().contains("/modules/" + moduleId + "/items/")).toList();
        return new QtiPackage(moduleId + "-bank-qti.zip", QtiExport.bank(moduleId, bank, files::bytes));
    }

    /** After a save: the file's new revision and the whole draft's problems. */
    public record Saved(String path, long revision, List<Problem> problems) {
    }

    /** The problems the course folder loader would report for the draft's files now. */
    @Transactional(readOnly = true)
    public List<Problem> check(long draftId) {
        return problems(draft(draftId));
    }

    /**
     * A lesson's Markdown rendered exactly as learners will see it (front matter left out), with the
     * draft's images. Nothing is saved.
     */
    @Transactional(readOnly = true)
    public String preview(long draftId, String path, String markdown) {
        draft(draftId);
        return LessonRenderer.toSafeHtml(withoutFrontMatter(markdown), path, ASSET_PATH + draftId + "/");
    }

    /** The draft as a course, for previewing it as a learner would see it. */
    @Transactional(readOnly = true)
    public CourseParser.Result asCourse(long draftId) {
        Draft draft = draft(draftId);
        return CourseParser.parse(courseFiles(draft));
    }

    /** An image or other file of a draft, for the editor's preview. */
    @Transactional(readOnly = true)
    public Optional<byte[]> asset(long draftId, String path) {
        return records.content(draftId, path).map(DraftRecords.Content::bytes);
    }

    // Review

    /** Sends the draft to review; it must have no problems. Its content is frozen until review ends. */
    public void submit(long draftId) {
        Draft draft = editable(draftId);
        CourseFiles files = courseFiles(draft);
        List<Problem> problems = CourseParser.parse(files).problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, "Fix the " + Counts.of(problems.size(), "problem") + " first; the first is "
                    + problems.getFirst() + ".");
        }
        if (!records.submit(draftId, me(), files.contentHash(), clock.instant())) {
            throw stateChanged();
        }
        event(draftId, "submitted", "content hash " + files.contentHash().substring(0, 12));
    }

    /** The author takes the draft back from review to change it further. */
    public void withdraw(long draftId) {
        Draft draft = draft(draftId);
        if (draft.state() != State.IN_REVIEW || !records.reopen(draftId)) {
            throw stateChanged();
        }
        event(draftId, "withdrawn", null);
    }

    /** A reviewer sends the draft back with what to change; the comment is required. */
    public void requestChanges(long draftId, String comment) {
        Draft draft = reviewable(draftId);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Say what should change.");
        }
        if (!records.reopen(draft.id())) {
            throw stateChanged();
        }
        records.comment(draftId, me(), null, comment.strip(), clock.instant());
        event(draftId, "changes-requested", comment.strip());
    }

    /**
     * A reviewer approves the draft of a new course, which publishes exactly the content that was
     * submitted as its first version. A new version of an existing course needs a classification:
     * see {@link #approve(long, String, VersionClassification)}.
     */
    public PublishedVersion approve(long draftId, String comment) {
        return approve(draftId, comment, null);
    }

    /**
     * A reviewer approves the draft, which publishes exactly the content that was submitted as the
     * course's new version. The author of a change cannot approve it. When the course already has a
     * version, the reviewer classifies the change (editorial, substantive, safety-critical) with a
     * change note; a classification that does not fit what changed is refused with the reason.
     */
    public PublishedVersion approve(long draftId, String comment, VersionClassification classification) {
        Draft draft = reviewable(draftId);
        CourseFiles files = courseFiles(draft);
        if (!files.contentHash().equals(draft.submittedHash())) {
            throw new IllegalStateException("Draft " + draftId + " changed while in review");
        }
        PublishedVersion version = library.publish(files, me(), classification);
        if (!records.published(draftId, version.versionId(), draft.submittedHash(), clock.instant())) {
            throw stateChanged();
        }
        if (comment != null && !comment.isBlank()) {
            records.comment(draftId, me(), null, comment.strip(), clock.instant());
        }
        event(draftId, "approved", comment == null || comment.isBlank() ? null : comment.strip());
        event(draftId, "published", "version " + version.label() + " (content hash " + version.contentHash().substring(0, 12) + ")");
        return version;
    }

    /**
     * Whether approving the draft would publish a new version of a course that already has one, so
     * that the reviewer must classify the change.
     */
    @Transactional(readOnly = true)
    public boolean needsClassification(long draftId) {
        return archives.currentVersionId(draft(draftId).courseId()).isPresent();
    }

    public void discard(long draftId) {
        draft(draftId);
        if (!records.discard(draftId, clock.instant())) {
            throw stateChanged();
        }
        event(draftId, "discarded", null);
    }

    /** A comment on the draft, or on one of its files when {@code path} is given. */
    public void comment(long draftId, String path, String body) {
        draft(draftId);
        if (body == null || body.isBlank() || body.length() > 4000) {
            throw new InvalidInputException("comment", "Write a comment of at most 4,000 characters.");
        }
        records.comment(draftId, me(), path, body.strip(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<DraftRecords.CommentRow> comments(long draftId) {
        draft(draftId);
        return records.comments(draftId);
    }

    /** Who did what when, oldest first. */
    @Transactional(readOnly = true)
    public List<DraftRecords.EventRow> history(long draftId) {
        draft(draftId);
        return records.events(draftId);
    }

    /** The draft's files as a course folder, labelled as the folder loader labels courses/. */
    @Transactional(readOnly = true)
    public CourseFiles courseFiles(long draftId) {
        return courseFiles(draft(draftId));
    }

    // Internals

    Draft draft(long draftId) {
        return records.find(draftId).orElseThrow(() -> new NotFoundException("There is no draft " + draftId + "."));
    }

    void event(long draftId, String action, String detail) {
        records.event(draftId, me(), action, detail, clock.instant());
    }

    Draft editable(long draftId) {
        Draft draft = draft(draftId);
        if (draft.state() != State.EDITING) {
            throw new InvalidInputException(null, switch (draft.state()) {
                case IN_REVIEW -> "The draft is in review and cannot be changed; withdraw it from review first.";
                case PUBLISHED -> "The draft was published; start a new draft to change the course.";
                default -> "The draft was discarded.";
            });
        }
        return draft;
    }

    private Draft reviewable(long draftId) {
        Draft draft = draft(draftId);
        if (draft.state() != State.IN_REVIEW) {
            throw new InvalidInputException(null, "Only a draft in review can be approved or sent back.");
        }
        whyNotReviewer(draft).ifPresent(reason -> {
            throw new InvalidInputException(null, reason);
        });
        return draft;
    }

    private Optional<String> whyNotReviewer(Draft draft) {
        if (draft.state() != State.IN_REVIEW) {
            return Optional.of("The draft is not in review.");
        }
        long me = me();
        if (draft.submittedBy() != null && draft.submittedBy() == me) {
            return Optional.of("You submitted this draft; another author must review it.");
        }
        if (records.contributed(draft.id(), me, CONTENT_ACTIONS)) {
            return Optional.of("You changed this draft; another author must review it.");
        }
        return Optional.empty();
    }

    private long open(String courseId, Long baseVersionId) {
        records.openDraftOf(courseId).ifPresent(open -> {
            throw alreadyOpen(open);
        });
        try {
            return records.create(courseId, baseVersionId, me(), clock.instant());
        } catch (DuplicateKeyException raced) {
            throw alreadyOpen(records.openDraftOf(courseId).orElseThrow(() -> raced));
        }
    }

    private static InvalidInputException alreadyOpen(Draft open) {
        return new InvalidInputException(null, open.courseId() + " already has an open draft (#" + open.id() + ", started by "
                + open.createdByName() + "); continue that one, or discard it first.");
    }

    private void writeAll(long draftId, Map<String, byte[]> files) {
        files.forEach((path, bytes) -> records.insertFile(draftId, path, bytes, me(), clock.instant()));
    }

    private void checkNewPath(long draftId, String path) {
        if (path == null || !PATH.matcher(path).matches() || ("/" + path).contains("/.") || path.length() > 500) {
            throw new InvalidInputException("path", "Use a path inside the course such as modules/basics/images/arm.svg: "
                    + "letters, digits, '.', '_', '-' and '/' only.");
        }
        if (records.content(draftId, path).isPresent()) {
            throw new InvalidInputException("path", "The draft already has " + path + ".");
        }
    }

    /**
     * What any file of a draft must pass: the loader's size limit for images (ample for text), and
     * the archive reader's refusal of executables, scripts, HTML and archives.
     */
    private static void checkContent(String path, byte[] bytes) {
        if (bytes.length > CourseParser.MAX_ASSET_BYTES) {
            throw new InvalidInputException("file", path + " is larger than 1 MiB, the limit for a course file.");
        }
        CourseArchive.refuseExecutable(path, bytes).ifPresent(reason -> {
            throw new InvalidInputException("file", reason);
        });
    }

    private Saved saved(Draft draft, String path) {
        long revision = records.content(draft.id(), path).map(DraftRecords.Content::revision).orElse(0L);
        return new Saved(path, revision, problems(draft));
    }

    private List<Problem> problems(Draft draft) {
        return CourseParser.parse(courseFiles(draft)).problems();
    }

    private CourseFiles courseFiles(Draft draft) {
        return new CourseFiles(draft.courseId(), "courses/" + draft.courseId(), records.contents(draft.id()));
    }

    private String versionLabel(String courseId, long versionId) {
        return archives.versionsOf(courseId).stream().filter(v -> v.versionId() == versionId)
                .map(v -> v.label()).findFirst().orElse(String.valueOf(versionId));
    }

    private InvalidInputException conflict(long draftId, String path) {
        String who = records.files(draftId).stream().filter(f -> f.path().equals(path))
                .map(f -> " by " + f.updatedByName()).findFirst().orElse("");
        return new EditConflictException(path + " was changed" + who + " after you opened it. Your text is still in the "
                + "editor: copy it, reload the file, and apply your change again.");
    }

    private static InvalidInputException stateChanged() {
        return new InvalidInputException(null, "Someone changed the draft's state a moment ago; reload the page.");
    }

    private long me() {
        return current.id();
    }

    /** Editors in browsers send \r\n; files are stored with \n so hashes do not depend on the browser. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String withoutFrontMatter(String markdown) {
        String text = normalise(markdown);
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 3);
            if (end > 0) {
                int next = text.indexOf('\n', end + 4);
                return next < 0 ? "" : text.substring(next + 1);
            }
        }
        return text;
    }
}
