package academy.triggerpoint.people;

import java.time.Instant;
import java.util.Locale;

/**
 * A member of an organisation as their manager sees them. {@code teamName} is empty without a team;
 * {@code language} is the one to write to them in (the interface language they chose, else English).
 */
public record StaffMember(long accountId, String fullName, String email, String licenceNumber, String jurisdiction,
                          Long teamId, String teamName, Instant joinedAt, boolean active, Locale language) {
}
