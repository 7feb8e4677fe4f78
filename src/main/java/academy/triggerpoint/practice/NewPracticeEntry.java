package academy.triggerpoint.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A practical training entry as the clinician gives it. {@code supervisorId} is the supervisor of
 * their organisation who will countersign it; {@code corrects} names the entry it replaces, if any.
 */
public record NewPracticeEntry(LocalDate date, BigDecimal hours, PracticeMode mode, String training, Set<String> regions,
                               int sessions, Long supervisorId, String note, Long corrects) {
}
