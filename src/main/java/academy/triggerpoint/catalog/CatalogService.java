package academy.triggerpoint.catalog;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    CatalogService(CourseRepository courses, EnrolmentRepository enrolments, LessonProgressRepository progress,
                   CourseLibrary library, CurrentAccount current, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.progress = progress;
        this.library = library;
        this.current = current;
        this.clock = clock;
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
                    def.lessonsInOrder().size(), enrolment != null, percent));
        }
        cards.sort(Comparator.comparing(CourseCard::title));
        return cards;
    }

    /** The course page for the caller. */
    @Transactional(readOnly = true)
    public CourseOutline outline(String courseId) {
        Optional<Enrolment> enrolment = enrolments.findByAccountIdAndCourseId(current.id(), courseId);
        LoadedCourse loaded = library.version(enrolment.map(Enrolment::getVersionId).orElseGet(() -> currentVersion(courseId)));
        Set<String> done = enrolment.map(this::doneLessons).orElse(Set.of());
        return outline(loaded.definition(), enrolment, done);
    }

    /** Enrols the caller on the course's current version; enrolling twice changes nothing. */
    public CourseOutline enrol(String courseId) {
        long me = current.id();
        Enrolment enrolment = enrolments.findByAccountIdAndCourseId(me, courseId)
                .orElseGet(() -> enrolments.save(new Enrolment(me, courseId, currentVersion(courseId), clock.instant())));
        CourseDefinition def = library.version(enrolment.getVersionId()).definition();
        return outline(def, Optional.of(enrolment), doneLessons(enrolment));
    }

    /**
     * Opens a lesson for reading and remembers it as the place to continue.
     *
     * @throws NotFoundException when the caller is not enrolled or the lesson does not exist
     * @throws InvalidInputException when the lesson's module is still locked
     */
    public LessonPage openLesson(String courseId, String lessonId) {
        Enrolment enrolment = myEnrolment(courseId);
        LoadedCourse loaded = library.version(enrolment.getVersionId());
        CourseDefinition def = loaded.definition();
        LessonDefinition lesson = def.lesson(lessonId).orElseThrow(() -> new NotFoundException("This course has no such lesson."));
        Set<String> done = doneLessons(enrolment);
        Optional<String> lock = lockReason(def, def.module(lesson.moduleId()).orElseThrow(), done);
        if (lock.isPresent()) {
            throw new InvalidInputException(null, lock.get());
        }
        enrolment.visited(lessonId, clock.instant());
        List<LessonDefinition> order = def.lessonsInOrder();
        int index = order.indexOf(lesson);
        return new LessonPage(def.id(), def.title(), lesson.moduleId(), def.module(lesson.moduleId()).orElseThrow().title(),
                lesson.id(), lesson.title(), lesson.minutes(), loaded.lessonHtml().get(lessonId), done.contains(lessonId),
                index > 0 ? order.get(index - 1).id() : null,
                index < order.size() - 1 ? order.get(index + 1).id() : null,
                index + 1, order.size(), percent(def, done));
    }

    /**
     * Marks a lesson completed (again is harmless) and returns the lesson to read next, if any is
     * open to the caller.
     */
    public Optional<String> completeLesson(String courseId, String lessonId) {
        Enrolment enrolment = myEnrolment(courseId);
        CourseDefinition def = library.version(enrolment.getVersionId()).definition();
        LessonDefinition lesson = def.lesson(lessonId).orElseThrow(() -> new NotFoundException("This course has no such lesson."));
        Set<String> done = new HashSet<>(doneLessons(enrolment));
        if (lockReason(def, def.module(lesson.moduleId()).orElseThrow(), done).isPresent()) {
            throw new InvalidInputException(null, "This lesson's module is locked.");
        }
        if (done.add(lessonId)) {
            progress.save(new LessonProgress(enrolment.getId(), lessonId, clock.instant()));
        }
        List<LessonDefinition> order = def.lessonsInOrder();
        for (int i = order.indexOf(lesson) + 1; i < order.size(); i++) {
            LessonDefinition next = order.get(i);
            if (lockReason(def, def.module(next.moduleId()).orElseThrow(), done).isEmpty()) {
                return Optional.of(next.id());
            }
        }
        return Optional.empty();
    }

    private CourseOutline outline(CourseDefinition def, Optional<Enrolment> enrolment, Set<String> done) {
        List<CourseOutline.ModuleState> modules = new ArrayList<>();
        for (ModuleDefinition module : def.modules()) {
            Optional<String> lock = enrolment.isPresent() ? lockReason(def, module, done) : Optional.empty();
            modules.add(new CourseOutline.ModuleState(module.id(), module.title(), module.summary(), module.objectives(),
                    module.keyPoints(), module.readingList(), lock.isPresent(), lock.orElse(null),
                    module.lessons().stream()
                            .map(l -> new CourseOutline.LessonState(l.id(), l.title(), l.minutes(), done.contains(l.id())))
                            .toList()));
        }
        String continueAt = enrolment.map(e -> continueLesson(def, e, done)).orElse(null);
        return new CourseOutline(def, enrolment.isPresent(), percent(def, done), continueAt, modules);
    }

    /** The last lesson visited if it is not done yet, otherwise the first open lesson not done. */
    private String continueLesson(CourseDefinition def, Enrolment enrolment, Set<String> done) {
        String last = enrolment.getLastLessonId();
        if (last != null && def.lesson(last).isPresent() && !done.contains(last)) {
            return last;
        }
        return def.lessonsInOrder().stream()
                .filter(l -> !done.contains(l.id()))
                .filter(l -> lockReason(def, def.module(l.moduleId()).orElseThrow(), done).isEmpty())
                .map(LessonDefinition::id)
                .findFirst()
                .orElse(last != null && def.lesson(last).isPresent() ? last : def.lessonsInOrder().get(0).id());
    }

    /** A module is locked until every lesson of each of its prerequisite modules is completed. */
    static Optional<String> lockReason(CourseDefinition def, ModuleDefinition module, Set<String> done) {
        List<String> missing = module.prerequisites().stream()
                .map(id -> def.module(id).orElseThrow())
                .filter(prerequisite -> !prerequisite.lessons().stream().allMatch(l -> done.contains(l.id())))
                .map(ModuleDefinition::title)
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Locked until you complete " + missing.stream().map(t -> "“" + t + "”")
                .collect(Collectors.joining(" and ")) + ".");
    }

    private static int percent(CourseDefinition def, Set<String> done) {
        List<LessonDefinition> lessons = def.lessonsInOrder();
        long completed = lessons.stream().filter(l -> done.contains(l.id())).count();
        return lessons.isEmpty() ? 0 : (int) (completed * 100 / lessons.size());
    }

    private Set<String> doneLessons(Enrolment enrolment) {
        return progress.findByEnrolmentId(enrolment.getId()).stream().map(LessonProgress::getLessonId).collect(Collectors.toSet());
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
