package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A learner's CE credits: every certificate that still counts (valid or expired; revoked and
 * replaced ones do not), with totals per calendar year of completion and per course, and whose it
 * is: the registered name and licence (either may be null when the account has none). CE hours are
 * also totalled by delivery mode id (online and in person apart, as boards count them), and the
 * practical record (countersigned hours, observations, each board's wording) follows where there is one.
 */
public record Transcript(String learnerName, String licenceNumber, String jurisdiction, List<Entry> entries, Map<Integer, BigDecimal> hoursByYear,
                         Map<String, BigDecimal> hoursByCourse, Map<String, BigDecimal> hoursByDelivery, BigDecimal totalHours,
                         java.util.Optional<PracticalRecord.Summary> practical) {

    /** One certificate that counts; {@code courseLanguage} is the BCP 47 tag of the language its course is written in. */
    public record Entry(String courseTitle, String courseVersion, LocalDate completedOn, BigDecimal ceHours,
                        String deliveryMode, String status, String code, String verifyUrl, String courseLanguage) {
    }
}
