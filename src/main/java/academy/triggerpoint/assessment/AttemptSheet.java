package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An attempt in progress: its items, what is saved so far and which items are flagged for review. */
public record AttemptSheet(long attemptId, String courseId, String courseTitle, String moduleId, String quizTitle,
                           Instant deadline, List<PresentedItem> items, Map<String, Response> saved,
                           Set<String> flagged) {
}
