package academy.triggerpoint.certification;

import java.time.Instant;

/** A completed course whose certificate could not be issued yet, and why. */
public record PendingCertificate(String issueKey, String learnerName, String courseTitle, Instant completedAt,
                                 String reason, Instant failedAt) {
}
