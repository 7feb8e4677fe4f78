package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseDefinition;
import java.time.Instant;
import java.util.List;

/**
 * A course page: the course, and for an enrolled learner which lessons are done, how the quizzes
 * and cases stand, which modules are locked and why, where to continue, whether the course is complete
 * and when the completion was recorded ({@code completedAt}, null until then).
 */
public record CourseOutline(CourseDefinition course, boolean enrolled, int percentComplete, String continueLessonId,
                            LearnerProgress.Completion completion, Instant completedAt, List<ModuleState> modules,
                            String cannotEnrolBecause) {

    public record ModuleState(String moduleId, String title, String summary, List<String> objectives,
                              List<String> keyPoints, List<String> readingList, boolean locked, String lockedReason,
                              List<LessonState> lessons, QuizState quiz, List<CaseState> cases) {
    }

    public record LessonState(String lessonId, String title, int minutes, boolean done) {
    }

    /** A module's quiz as the course page shows it; {@code bestPercent} is null before the first result. */
    public record QuizState(String title, int passMark, Double bestPercent, boolean passed) {
    }

    /** A case scenario of the module; {@code bestPercent} is null before the first result. */
    public record CaseState(String caseId, String title, String summary, int passMark, Double bestPercent,
                            boolean passed) {
    }
}
