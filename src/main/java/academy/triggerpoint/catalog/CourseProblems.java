package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.Problem;
import java.time.Instant;
import java.util.List;

/** The courses that failed to load at the last scan of the course folder, with every problem. */
public record CourseProblems(Instant scannedAt, String folder, int loadedCourses, List<Problem> problems) {
}
