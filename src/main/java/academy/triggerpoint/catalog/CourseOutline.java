package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseDefinition;
import java.util.List;

/**
 * A course page: the course, and for an enrolled learner which lessons are done, which modules are
 * locked and why, and where to continue.
 */
public record CourseOutline(CourseDefinition course, boolean enrolled, int percentComplete, String continueLessonId,
                            List<ModuleState> modules) {

    public record ModuleState(String moduleId, String title, String summary, List<String> objectives,
                              List<String> keyPoints, List<String> readingList, boolean locked, String lockedReason,
                              List<LessonState> lessons) {
    }

    public record LessonState(String lessonId, String title, int minutes, boolean done) {
    }
}
