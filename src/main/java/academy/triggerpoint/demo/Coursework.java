package academy.triggerpoint.demo;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.assessment.grading.Response;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What one demo person does in a course, through the learner's own services, as the signed-in
 * person: read lessons, answer a module's quiz from the items' keys, work through a case stage by
 * stage on its best path or take its unsafe decision. The caller sets who is signed in and when.
 */
@Component
@Profile("demo")
class Coursework {

    private final CatalogService catalog;
    private final AttemptService attempts;
    private final CaseService cases;

    Coursework(CatalogService catalog, AttemptService attempts, CaseService cases) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.cases = cases;
    }

    CourseDefinition enrol(String courseId) {
        catalog.enrol(courseId);
        return catalog.enrolledCourse(courseId).definition();
    }

    /** Reads the first {@code count} lessons of the module, in order. */
    void read(String courseId, ModuleDefinition module, int count) {
        module.lessons().stream().limit(count).map(LessonDefinition::id)
                .forEach(lesson -> catalog.completeLesson(courseId, lesson));
    }

    /** Opens a lesson without finishing it: where "continue" takes the person next time. */
    void open(String courseId, String lessonId) {
        catalog.openLesson(courseId, lessonId);
    }

    /** Reads every lesson of the module and passes its quiz, if it has one. */
    void finish(String courseId, ModuleDefinition module) {
        read(courseId, module, module.lessons().size());
        if (module.quiz() != null) {
            passQuiz(courseId, module.id());
        }
    }

    /** Answers every item of a new attempt at the module's quiz right and submits it. */
    void passQuiz(String courseId, String moduleId) {
        long attempt = attempts.startOrResume(courseId, moduleId);
        CourseDefinition course = catalog.enrolledCourse(courseId).definition();
        for (PresentedItem presented : attempts.sheet(attempt).items()) {
            ItemDefinition item = course.item(presented.itemId()).orElseThrow();
            attempts.saveResponse(attempt, item.id(), AnswerKey.right(item));
        }
        attempts.submit(attempt);
    }

    /** Works through the case on its best path, every answer right. */
    void passCase(String courseId, CaseDefinition definition) {
        work(courseId, definition, false);
    }

    /**
     * Works through the case answering right until its first decision that can end in a
     * safety-critical failure, and takes that choice.
     *
     * @throws IllegalStateException when the case has no such decision on its way
     */
    void failCaseCritically(String courseId, CaseDefinition definition) {
        if (!work(courseId, definition, true)) {
            throw new IllegalStateException("Case " + definition.id() + " has no unsafe decision on its best path");
        }
    }

    /** Returns whether an unsafe decision was taken. */
    private boolean work(String courseId, CaseDefinition definition, boolean unsafely) {
        long attempt = cases.startOrResume(courseId, definition.id());
        String stageId = definition.start();
        while (true) {
            CaseDefinition.Stage stage = definition.stage(stageId).orElseThrow();
            for (ItemDefinition item : stage.items()) {
                cases.saveResponse(attempt, item.id(), AnswerKey.right(item));
            }
            boolean unsafe = false;
            if (stage.decision() != null) {
                Optional<Response> harmful = unsafely ? AnswerKey.harmful(stage.decision()) : Optional.empty();
                unsafe = harmful.isPresent();
                cases.saveResponse(attempt, stage.id(), harmful.orElseGet(() -> AnswerKey.best(stage.decision())));
            }
            CaseService.Step step = cases.proceed(attempt);
            if (step.finished()) {
                return unsafe;
            }
            stageId = step.stageId();
        }
    }
}
