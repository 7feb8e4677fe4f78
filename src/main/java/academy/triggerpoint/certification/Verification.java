package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the public verification page may show: the status and, for a certificate that exists, the
 * name, course, dates and hours, nothing more (no licence number, no internal revocation reason).
 * For an unknown code every field but {@code status} (NOT_FOUND) is null.
 */
public record Verification(String status, String code, String learnerName, String courseTitle, String courseVersion,
                           LocalDate completedOn, LocalDate issuedOn, LocalDate expiresOn, BigDecimal ceHours,
                           LocalDate revokedOn) {

    static Verification notFound() {
        return new Verification("NOT_FOUND", null, null, null, null, null, null, null, null, null);
    }
}
