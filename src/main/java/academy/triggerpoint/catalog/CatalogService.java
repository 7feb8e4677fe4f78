package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.ContentLanguage;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.catalog.domain.Course;
import academy.triggerpoint.catalog.domain.CourseRepository;
import academy.triggerpoint.catalog.domain.Enrolment;
import academy.triggerpoint.catalog.domain.EnrolmentRepository;
import academy.triggerpoint.catalog.domain.LessonProgress;
import academy.triggerpoint.catalog.domain.LessonProgressRepository;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a learner does with courses: browse, enrol, read lessons and keep progress. Every method
 * works on the caller's own enrolments only.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CatalogService {

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository progress;
    private final CourseLibrary library;
    private final CurrentAccount current;
    private final Clock clock;
    private final CourseCompletions completions;
    private final ApplicationEventPublisher events;

    CatalogService(CourseRepository courses, EnrolmentRepository enrolments, LessonProgressRepository progress,
                   CourseLibrary library, CurrentAccount current, Clock clock, CourseCompletions completions,
                   ApplicationEventPublisher events) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.progress = progress;
        this.library = library;
        this.current = current;
        this.clock = clock;
        this.completions = completions;
        this.events = events;
    }

    /** Every loaded course, with the caller's enrolment and progress. */
    @Transactional(readOnly = true)
    public List<CourseCard> catalogue() {
        Map<String, Enrolment> mine = enrolments.findByAccountId(current.id()).stream()
                .collect(Collectors.toMap(Enrolment::getCourseId, Function.identity()));
        Map<Long, Set<String>> doneByEnrolment = progress.findByEnrolmentIdIn(mine.values().stream().map(Enrolment::getId).toList())
                .stream().collect(Collectors.groupingBy(LessonProgress::getEnrolmentId,
                        Collectors.mapping(LessonProgress::getLessonId, Collectors.toSet())));
        List<CourseCard> cards = new ArrayList<>();
        for (Course course : courses.findAll()) {
            if (course.getCurrentVersionId() == null) {
                continue;
            }
            Enrolment enrolment = mine.get(course.getId());
            CourseDefinition def = library.version(enrolment != null ? enrolment.getVersionId() : course.getCurrentVersionId()).definition();
            int percent = enrolment == null ? 0 : percent(def, doneByEnrolment.getOrDefault(enrolment.getId(), Set.of()));
            cards.add(new CourseCard(def.id(), def.title(), def.summary(), def.ceContactHours(), def.deliveryMode(),
                    def.validityMonths(), def.modules().stream().map(ModuleDefinition::title).toList(), def.objectives(),
                    def.lessonsInOrder().size(), enrolment != null, percent, def.language()));
        }
        cards.sort(Comparator.comparing(CourseCard::title));
        return cards;
    }

    /** The course page for the caller. */
    @Transactional(readOnly = true)
    public CourseOutline outline(String courseId) {
        Optional<Enrolment> enrolment = enrolments.findByAccountIdAndCourseId(current.id(), courseId);
        LoadedCourse loaded = library.version(enrolment.map(Enrolment::getVersionId).orElseGet(() -> currentVersion(courseId)));
        LearnerProgress progress = enrolment.map(this::progressOf).orElse(new LearnerProgress(Set.of(), Map.of(), Map.of()));
        return outline(loaded.definition(), enrolment, progress);
    }

    /**
     * Enrols the caller on the course's current version; enrolling twice changes nothing.
     *
     * @throws InvalidInputException when the course requires another that the caller has not completed
     */
    public CourseOutline enrol(String courseId) {
        long me = current.id();
        Enrolment enrolment = enrolments.findByAccountIdAndCourseId(me, courseId).orElseGet(() -> {
            missingRequirement(me, library.version(currentVersion(courseId)).definition()).ifPresent(reason -> {
                throw new InvalidInputException(null, reason);
            });
            Enrolment created = enrolments.save(new Enrolment(me, courseId, currentVersion(courseId), clock.instant()));
            events.publishEvent(new CourseEnrolled(me, courseId));
            return created;
        });
        CourseDefinition def = library.version(enrolment.getVersionId()).definition();
        return outline(def, Optional.of(enrolment), progressOf(enrolment));
    }

    /**
     * The caller's enrolled version of a course and whether one of its modules is open to them, for
     * modules (such as assessment) that act within an enrolment.
     *
     * @throws NotFoundException when the caller is not enrolled or the module does not exist
     */
    @Transactional(readOnly = true)
    public ModuleAccess moduleAccess(String courseId, String moduleId) {
        Enrolment enrolment = myEnrolment(courseId);
        LoadedCourse loaded = library.version(enrolment.getVersionId());
        ModuleDefinition module = loaded.definition().module(moduleId)
                .orElseThrow(() -> new NotFoundException("This course has no such module."));
        return new ModuleAccess(loaded, progressOf(enrolment).lockReason(loaded.definition(), module));
    }

    /**
     * The version of a course the caller is enrolled on.
     *
     * @throws NotFoundException when the caller is not enrolled
     */
    @Transactional(readOnly = true)
    public LoadedCourse enrolledCourse(String courseId) {
        return library.version(myEnrolment(courseId).getVersionId());
    }

    /** The version of a course that new enrolments get. */
    @Transactional(readOnly = true)
    public LoadedCourse currentCourse(String courseId) {
        return library.version(currentVersion(courseId));
    }

    /** A stored course version (any version: attempts stay pinned to the one they were drawn from). */
    @Transactional(readOnly = true)
    public LoadedCourse version(long versionId) {
        return library.version(versionId);
    }

    /**
     * Opens a lesson for reading, in the course's language, and remembers it as the place to continue.
     *
     * @throws NotFoundException when the caller is not enrolled or the lesson does not exist
     * @throws InvalidInputException when the lesson's module is still locked
     */
    public LessonPage openLesson(String courseId, String lessonId) {
        return openLesson(courseId, lessonId, null);
    }

    /**
     * Opens a lesson for reading and remembers it as the place to continue: in the reader's language
     * when the lesson is translated into it, else in the course's.
     *
     * @param reader the reader's interface language; null for the course's language
     * @throws NotFoundException when the caller is not enrolled or the lesson does not exist
     * @throws InvalidInputException when the lesson's module is still locked
     */
    public LessonPage openLesson(String courseId, String lessonId, Locale reader) {
        Enrolment enrolment = myEnrolment(courseId);
        LoadedCourse loaded = library.version(enrolment.getVersionId());
        CourseDefinition def = loaded.definition();
        LessonDefinition lesson = def.lesson(lessonId).orElseThrow(() -> new NotFoundException("This course has no such lesson."));
        LearnerProgress progress = progressOf(enrolment);
        Optional<String> lock = progress.lockReason(def, def.module(lesson.moduleId()).orElseThrow());
        if (lock.isPresent()) {
            throw new InvalidInputException(null, lock.get());
        }
        enrolment.visited(lessonId, clock.instant());
        List<LessonDefinition> order = def.lessonsInOrder();
        int index = order.indexOf(lesson);
        String language = def.lessonLanguage(lessonId, reader);
        LessonDefinition text = def.lesson(lessonId, language).orElseThrow();
        return new LessonPage(def.id(), def.title(), lesson.moduleId(), def.module(lesson.moduleId()).orElseThrow().title(),
                lesson.id(), text.title(), lesson.minutes(), loaded.lessonHtml(lessonId, language),
                progress.doneLessons().contains(lessonId),
                index > 0 ? order.get(index - 1).id() : null,
                index < order.size() - 1 ? order.get(index + 1).id() : null,
                index + 1, order.size(), percent(def, progress.doneLessons()), language, def.language(),
                reader != null && !ContentLanguage.sameLanguage(reader, language));
    }

    /**
     * Marks a lesson completed (again is harmless) and returns what to open next: the next lesson
     * open to the caller, or empty when the module's quiz or the course page comes next.
     */
    public Optional<String> completeLesson(String courseId, String lessonId) {
        Enrolment enrolment = myEnrolment(courseId);
        CourseDefinition def = library.version(enrolment.getVersionId()).definition();
        LessonDefinition lesson = def.lesson(lessonId).orElseThrow(() -> new NotFoundException("This course has no such lesson."));
        LearnerProgress progress = progressOf(enrolment);
        ModuleDefinition module = def.module(lesson.moduleId()).orElseThrow();
        if (progress.lockReason(def, module).isPresent()) {
            throw new InvalidInputException(null, "This lesson's module is locked.");
        }
        Set<String> done = new HashSet<>(progress.doneLessons());
        if (done.add(lessonId)) {
            this.progress.save(new LessonProgress(enrolment.getId(), lessonId, clock.instant()));
            completions.recordIfComplete(enrolment);
        }
        LearnerProgress after = new LearnerProgress(done, progress.quizzes(), progress.cases());
        List<LessonDefinition> order = def.lessonsInOrder();
        for (int i = order.indexOf(lesson) + 1; i < order.size(); i++) {
            LessonDefinition next = order.get(i);
            if (!next.moduleId().equals(module.id()) && module.quiz() != null && !after.quizPassed(module)) {
                return Optional.empty();
            }
            if (after.lockReason(def, def.module(next.moduleId()).orElseThrow()).isEmpty()) {
                return Optional.of(next.id());
            }
        }
        return Optional.empty();
    }

    private CourseOutline outline(CourseDefinition def, Optional<Enrolment> enrolment, LearnerProgress progress) {
        List<CourseOutline.ModuleState> modules = new ArrayList<>();
        for (ModuleDefinition module : def.modules()) {
            Optional<String> lock = enrolment.isPresent() ? progress.lockReason(def, module) : Optional.empty();
            CourseOutline.QuizState quiz = module.quizDefinition().map(q -> {
                AssessmentProgress.Standing standing = progress.quizzes().get(module.id());
                return new CourseOutline.QuizState(q.title(), q.passMark(), standing == null ? null : standing.bestPercent(),
                        standing != null && standing.passed());
            }).orElse(null);
            List<CourseOutline.CaseState> cases = def.casesOf(module.id()).stream().map(c -> {
                AssessmentProgress.Standing standing = progress.cases().get(c.id());
                return new CourseOutline.CaseState(c.id(), c.title(), c.summary(), c.passMark(),
                        standing == null ? null : standing.bestPercent(), standing != null && standing.passed());
            }).toList();
            modules.add(new CourseOutline.ModuleState(module.id(), module.title(), module.summary(), module.objectives(),
                    module.keyPoints(), module.readingList(), lock.isPresent(), lock.orElse(null),
                    module.lessons().stream()
                            .map(l -> new CourseOutline.LessonState(l.id(), l.title(), l.minutes(),
                                    progress.doneLessons().contains(l.id())))
                            .toList(), quiz, cases));
        }
        String continueAt = enrolment.map(e -> continueLesson(def, e, progress)).orElse(null);
        return new CourseOutline(def, enrolment.isPresent(), percent(def, progress.doneLessons()), continueAt,
                progress.completion(def), enrolment.map(Enrolment::getCompletedAt).orElse(null), modules,
                enrolment.isPresent() ? null : missingRequirement(current.id(), def).orElse(null));
    }

    /**
     * Why the person may not enrol yet: a course it requires (a refresher requires the course it
     * renews) that they have not completed. A refresher on its own must never make anyone cleared to
     * needle.
     */
    private Optional<String> missingRequirement(long accountId, CourseDefinition def) {
        for (String required : def.requires()) {
            boolean completed = enrolments.findByAccountIdAndCourseId(accountId, required)
                    .map(e -> e.getCompletedAt() != null).orElse(false);
            if (!completed) {
                String title = library.currentCourses().stream().filter(c -> c.id().equals(required))
                        .map(CourseDefinition::title).findFirst().orElse(required);
                return Optional.of("This course is for people who have completed “" + title + "”: complete it first.");
            }
        }
        return Optional.empty();
    }

    /** The last lesson visited if it is not done yet, otherwise the first open lesson not done. */
    private String continueLesson(CourseDefinition def, Enrolment enrolment, LearnerProgress progress) {
        String last = enrolment.getLastLessonId();
        Set<String> done = progress.doneLessons();
        if (last != null && def.lesson(last).isPresent() && !done.contains(last)) {
            return last;
        }
        return def.lessonsInOrder().stream()
                .filter(l -> !done.contains(l.id()))
                .filter(l -> progress.lockReason(def, def.module(l.moduleId()).orElseThrow()).isEmpty())
                .map(LessonDefinition::id)
                .findFirst()
                .orElse(last != null && def.lesson(last).isPresent() ? last : def.lessonsInOrder().get(0).id());
    }

    private static int percent(CourseDefinition def, Set<String> done) {
        List<LessonDefinition> lessons = def.lessonsInOrder();
        long completed = lessons.stream().filter(l -> done.contains(l.id())).count();
        return lessons.isEmpty() ? 0 : (int) (completed * 100 / lessons.size());
    }

    private LearnerProgress progressOf(Enrolment enrolment) {
        return completions.progressOf(enrolment);
    }

    private Enrolment myEnrolment(String courseId) {
        return enrolments.findByAccountIdAndCourseId(current.id(), courseId)
                .orElseThrow(() -> new NotFoundException("Enrol in this course to read its lessons."));
    }

    private long currentVersion(String courseId) {
        return courses.findById(courseId).map(Course::getCurrentVersionId)
                .orElseThrow(() -> new NotFoundException("There is no course '" + courseId + "'."));
    }
}
