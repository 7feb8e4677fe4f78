package academy.triggerpoint.competency;

import java.time.Duration;
import java.time.Instant;

/**
 * What the ledger derived for one person and competency: when they started working towards it,
 * when they achieved it and until when it holds (null: it does not expire), and since when a
 * safety-critical mistake on its evidence is unresolved. The status follows from these and today.
 */
public record Standing(Instant startedAt, Instant achievedAt, Instant expiresAt, Instant remediationSince) {

    public static final Standing NONE = new Standing(null, null, null, null);

    public CompetencyStatus statusAt(Instant now) {
        if (remediationSince != null) {
            return CompetencyStatus.NEEDS_REMEDIATION;
        }
        if (achievedAt != null) {
            if (expiresAt == null) {
                return CompetencyStatus.ACHIEVED;
            }
            if (!now.isBefore(expiresAt)) {
                return CompetencyStatus.EXPIRED;
            }
            Duration left = Duration.between(now, expiresAt);
            if (left.compareTo(Duration.ofDays(30)) <= 0) {
                return CompetencyStatus.EXPIRING_30;
            }
            if (left.compareTo(Duration.ofDays(60)) <= 0) {
                return CompetencyStatus.EXPIRING_60;
            }
            return left.compareTo(Duration.ofDays(90)) <= 0 ? CompetencyStatus.EXPIRING_90 : CompetencyStatus.ACHIEVED;
        }
        return startedAt != null ? CompetencyStatus.IN_PROGRESS : CompetencyStatus.NOT_STARTED;
    }
}
