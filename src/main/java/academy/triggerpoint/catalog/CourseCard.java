package academy.triggerpoint.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A course as the catalogue shows it, with the caller's own progress. {@code language} is the BCP 47
 * tag of the course's texts (title, summary, objectives, module titles).
 */
public record CourseCard(String courseId, String title, String summary, BigDecimal ceContactHours, String deliveryMode,
                         Integer validityMonths, List<String> moduleTitles, List<String> objectives, int lessons,
                         boolean enrolled, int percentComplete, String language) {
}
