package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.Instant;

/** A certificate in its owner's list; {@code status} is VALID, EXPIRED, REVOKED or SUPERSEDED. */
public record CertificateSummary(String code, String courseTitle, String courseVersion, Instant completedAt,
                                 Instant issuedAt, Instant expiresAt, BigDecimal ceHours, String status) {
}
