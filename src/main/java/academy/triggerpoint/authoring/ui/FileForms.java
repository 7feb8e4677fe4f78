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
 * an author can move between the form and the source.
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
        f.section("Course",
                f.text("/id", "Id (id)"), f.text("/version", "Version (version)"),
                f.text("/title", "Title (title)"), f.choice("/deliveryMode", "Delivery (deliveryMode)", CourseParser.DELIVERY_MODES),
                f.paragraph("/summary", "Summary (summary)"),
                f.lines("/objectives", "Learning objectives (objectives)"));
        f.section("Continuing education",
                f.decimal("/ceContactHours", "CE contact hours (ceContactHours)"),
                f.integer("/assessmentMinutes", "Assessment minutes (assessmentMinutes)"),
                f.text("/ceRule", "How hours are counted (ceRule)"),
                f.integer("/validityMonths", "Certificate valid for, months (validityMonths)"),
                f.ids("/renews", "Renews the courses (renews)"),
                f.ids("/requires", "Requires completing first (requires)"),
                f.text("/provider/name", "Provider (provider.name)"),
                f.rows("/provider/approvals", "Approvals (provider.approvals)", "Add an approval", row -> List.of(
                        f.text(row + "/body", "Approving body"), f.text(row + "/number", "Approval number"))),
                f.rows("/presenters", "Presenters (presenters)", "Add a presenter", row -> List.of(
                        f.text(row + "/name", "Name"), f.text(row + "/credentials", "Credentials"))));
        f.section("Competencies and modules",
                f.rows("/competencies", "Competencies (competencies)", "Add a competency", row -> List.of(
                        f.text(row + "/id", "Id"), f.text(row + "/title", "Title"),
                        f.flag(row + "/safetyCritical", "Safety-critical"))),
                f.rows("/modules", "Modules, in order (modules)", "Add a module line", row -> List.of(
                        f.text(row + "/id", "Module id"), f.ids(row + "/prerequisites", "Prerequisites"),
                        f.ids(row + "/competencies", "Competencies"))));
        f.section("Grading policy",
                f.integer("/grading/passMark", "Course pass mark, % (grading.passMark)"),
                f.rows("/grading/components", "Components (grading.components)", "Add a component", row -> List.of(
                        f.text(row + "/module", "Module"), f.text(row + "/case", "or case"),
                        f.integer(row + "/weight", "Weight"), f.flag(row + "/mustPass", "Must pass"))));
    }

    private static void module(YamlForm f) {
        f.section("Module",
                f.text("/title", "Title (title)"), f.paragraph("/summary", "Summary (summary)"),
                f.lines("/objectives", "Objectives (objectives)"),
                f.lines("/lessons", "Lesson ids, in order (lessons)"),
                f.lines("/keyPoints", "Key points (keyPoints)"),
                f.lines("/readingList", "Reading list (readingList)"));
        f.section("Quiz",
                f.text("/quiz/title", "Quiz title (quiz.title)"),
                f.integer("/quiz/passMark", "Pass mark, % (quiz.passMark)"),
                f.integer("/quiz/attempts", "Attempts, 0 = unlimited (quiz.attempts)"),
                f.integer("/quiz/cooldownMinutes", "Minutes between attempts (quiz.cooldownMinutes)"),
                f.integer("/quiz/timeLimitMinutes", "Time limit, minutes (quiz.timeLimitMinutes)"),
                f.choice("/quiz/review", "After submitting, learners see (quiz.review)",
                        Arrays.stream(QuizDefinition.Review.values()).map(QuizDefinition.Review::fileValue).toList()),
                f.ids("/quiz/include", "Always include these items (quiz.include)"),
                f.rows("/quiz/draw", "Draw from the item bank (quiz.draw)", "Add a pool", row -> List.of(
                        f.ids(row + "/tags", "Items tagged"), f.integer(row + "/count", "How many"))));
    }
}
