package academy.triggerpoint.competency;

import java.time.Instant;
import java.util.Map;

/**
 * One person's row in the competency matrix: their status per competency (by competency id), the
 * earliest expiry among what they hold, whether they are cleared to needle, and their open and
 * overdue assignments.
 */
public record StaffRow(long accountId, String fullName, String email, String licenceNumber, String jurisdiction,
                       Long teamId, String teamName, boolean cleared, Map<String, CompetencyStatus> statuses,
                       Instant nextExpiry, int openAssignments, int overdueAssignments) {

    public CompetencyStatus status(String competencyId) {
        return statuses.getOrDefault(competencyId, CompetencyStatus.NOT_STARTED);
    }

    public boolean anyExpiring() {
        return statuses.values().stream().anyMatch(CompetencyStatus::expiring);
    }

    public boolean needsRemediation() {
        return statuses.containsValue(CompetencyStatus.NEEDS_REMEDIATION);
    }
}
