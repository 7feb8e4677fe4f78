package academy.triggerpoint.practice;

import java.time.LocalDate;
import java.util.Map;

/**
 * A checklist as the assessor marked it: for every step of the practical, done or not done
 * ({@code done}), and a comment where they gave one ({@code comments}); {@code comment} is on the whole.
 */
public record NewObservation(long learnerId, String courseId, String practicalId, LocalDate observedOn,
                             Map<String, Boolean> done, Map<String, String> comments, String comment) {
}
