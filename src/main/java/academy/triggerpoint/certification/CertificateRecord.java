package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.Instant;

/** A certificate as an administrator sees it, including the internal revocation reason. */
public record CertificateRecord(String code, long accountId, String learnerName, String courseTitle, String courseVersion,
                                Instant completedAt, Instant issuedAt, Instant expiresAt, BigDecimal ceHours,
                                String status, String revokedReason) {
}
