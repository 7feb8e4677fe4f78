package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The forms for the files that are mostly settings: the course manifest ({@code course.yaml}) and a
 * module with its quiz ({@code modules/<id>/module.yaml}). Each field names the key it writes, so
 * an author can move between the form and the source; the key stays as written in every language.
 */
final class FileForms {

    private FileForms() {
    }

    /** The form layout for the draft file at {@code path}, if it has one. */
    static Optional<Consumer<YamlForm>> layoutFor(String path) {
        if (path.equals("course.yaml")) {
            return Optional.of(FileForms::manifest);
        }
        if (path.matches("modules/[^/]+/module\\.yaml")) {
            return Optional.of(FileForms::module);
        }
        return Optional.empty();
    }

    private static void manifest(YamlForm f) {
        f.section(f.getTranslation("authoring.course-form.course"),
                f.text("/id", f.getTranslation("authoring.course-form.id")),
                f.text("/version", f.getTranslation("authoring.course-form.version")),
                f.text("/title", f.getTranslation("authoring.course-form.title")),
                f.choice("/deliveryMode", f.getTranslation("authoring.course-form.delivery-mode"), CourseParser.DELIVERY_MODES),
                f.paragraph("/summary", f.getTranslation("authoring.course-form.summary")),
                f.lines("/objectives", f.getTranslation("authoring.course-form.objectives")));
        f.section(f.getTranslation("authoring.course-form.continuing-education"),
                f.decimal("/ceContactHours", f.getTranslation("authoring.course-form.ce-contact-hours")),
                f.integer("/assessmentMinutes", f.getTranslation("authoring.course-form.assessment-minutes")),
                f.text("/ceRule", f.getTranslation("authoring.course-form.ce-rule")),
                f.integer("/validityMonths", f.getTranslation("authoring.course-form.validity-months")),
                f.ids("/renews", f.getTranslation("authoring.course-form.renews")),
                f.ids("/requires", f.getTranslation("authoring.course-form.requires")),
                f.text("/provider/name", f.getTranslation("authoring.course-form.provider")),
                f.rows("/provider/approvals", f.getTranslation("authoring.course-form.approvals"),
                        f.getTranslation("authoring.course-form.approvals.add"), row -> List.of(
                                f.text(row + "/body", f.getTranslation("authoring.course-form.approvals.body")),
                                f.text(row + "/number", f.getTranslation("authoring.course-form.approvals.number")))),
                f.rows("/presenters", f.getTranslation("authoring.course-form.presenters"),
                        f.getTranslation("authoring.course-form.presenters.add"), row -> List.of(
                                f.text(row + "/name", f.getTranslation("authoring.course-form.presenters.name")),
                                f.text(row + "/credentials", f.getTranslation("authoring.course-form.presenters.credentials")))));
        f.section(f.getTranslation("authoring.course-form.competencies-and-modules"),
                f.rows("/competencies", f.getTranslation("authoring.course-form.competencies"),
                        f.getTranslation("authoring.course-form.competencies.add"), row -> List.of(
                                f.text(row + "/id", f.getTranslation("authoring.course-form.competencies.id")),
                                f.text(row + "/title", f.getTranslation("authoring.course-form.competencies.title")),
                                f.flag(row + "/safetyCritical",
                                        f.getTranslation("authoring.course-form.competencies.safety-critical")))),
                f.rows("/modules", f.getTranslation("authoring.course-form.modules"),
                        f.getTranslation("authoring.course-form.modules.add"), row -> List.of(
                                f.text(row + "/id", f.getTranslation("authoring.course-form.modules.id")),
                                f.ids(row + "/prerequisites", f.getTranslation("authoring.course-form.modules.prerequisites")),
                                f.ids(row + "/competencies", f.getTranslation("authoring.course-form.modules.competencies")))));
        f.section(f.getTranslation("authoring.course-form.grading"),
                f.integer("/grading/passMark", f.getTranslation("authoring.course-form.pass-mark")),
                f.rows("/grading/components", f.getTranslation("authoring.course-form.components"),
                        f.getTranslation("authoring.course-form.components.add"), row -> List.of(
                                f.text(row + "/module", f.getTranslation("authoring.course-form.components.module")),
                                f.text(row + "/case", f.getTranslation("authoring.course-form.components.case")),
                                f.integer(row + "/weight", f.getTranslation("authoring.course-form.components.weight")),
                                f.flag(row + "/mustPass", f.getTranslation("authoring.course-form.components.must-pass")))));
    }

    private static void module(YamlForm f) {
        f.section(f.getTranslation("authoring.module-form.module"),
                f.text("/title", f.getTranslation("authoring.module-form.title")),
                f.paragraph("/summary", f.getTranslation("authoring.module-form.summary")),
                f.lines("/objectives", f.getTranslation("authoring.module-form.objectives")),
                f.lines("/lessons", f.getTranslation("authoring.module-form.lessons")),
                f.lines("/keyPoints", f.getTranslation("authoring.module-form.key-points")),
                f.lines("/readingList", f.getTranslation("authoring.module-form.reading-list")));
        f.section(f.getTranslation("authoring.module-form.quiz"),
                f.text("/quiz/title", f.getTranslation("authoring.module-form.quiz.title")),
                f.integer("/quiz/passMark", f.getTranslation("authoring.module-form.quiz.pass-mark")),
                f.integer("/quiz/attempts", f.getTranslation("authoring.module-form.quiz.attempts")),
                f.integer("/quiz/cooldownMinutes", f.getTranslation("authoring.module-form.quiz.cooldown-minutes")),
                f.integer("/quiz/timeLimitMinutes", f.getTranslation("authoring.module-form.quiz.time-limit-minutes")),
                f.choice("/quiz/review", f.getTranslation("authoring.module-form.quiz.review"),
                        Arrays.stream(QuizDefinition.Review.values()).map(QuizDefinition.Review::fileValue).toList()),
                f.ids("/quiz/include", f.getTranslation("authoring.module-form.quiz.include")),
                f.rows("/quiz/draw", f.getTranslation("authoring.module-form.quiz.draw"),
                        f.getTranslation("authoring.module-form.quiz.draw.add"), row -> List.of(
                                f.ids(row + "/tags", f.getTranslation("authoring.module-form.quiz.draw.tags")),
                                f.integer(row + "/count", f.getTranslation("authoring.module-form.quiz.draw.count")))));
    }
}
