package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A certificate in a manager's export or a reminder: whose, which course, its dates, its status
 * today (VALID, EXPIRED, REVOKED or SUPERSEDED) and the public address that verifies it.
 */
public record StaffCertificate(long accountId, String code, String courseId, String courseTitle, Instant completedAt,
                               Instant issuedAt, Instant expiresAt, BigDecimal ceHours, String status,
                               String verificationUrl) {
}
