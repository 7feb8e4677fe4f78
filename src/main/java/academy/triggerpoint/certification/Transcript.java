package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A learner's CE credits: every certificate that still counts (valid or expired; revoked and
 * replaced ones do not), with totals per calendar year of completion and per course, and whose it
 * is: the registered name and licence (either may be null when the account has none).
 */
public record Transcript(String learnerName, String licenceNumber, String jurisdiction, List<Entry> entries, Map<Integer, BigDecimal> hoursByYear,
                         Map<String, BigDecimal> hoursByCourse, BigDecimal totalHours) {

    public record Entry(String courseTitle, String courseVersion, LocalDate completedOn, BigDecimal ceHours,
                        String deliveryMode, String status, String code, String verifyUrl) {
    }
}
