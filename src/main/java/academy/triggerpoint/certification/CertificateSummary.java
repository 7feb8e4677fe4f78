package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A certificate in its owner's list; {@code status} is VALID, EXPIRED, REVOKED or SUPERSEDED.
 * {@code expiresInDays} is set when a valid certificate expires within 90 days, and
 * {@code renewWith} names a course that renews it (a refresher), if the catalogue has one.
 */
public record CertificateSummary(String code, String courseTitle, String courseVersion, Instant completedAt,
                                 Instant issuedAt, Instant expiresAt, BigDecimal ceHours, String status,
                                 Long expiresInDays, String renewWith) {
}
