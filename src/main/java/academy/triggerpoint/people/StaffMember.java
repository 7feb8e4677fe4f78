package academy.triggerpoint.people;

import java.time.Instant;

/** A member of an organisation as their manager sees them. {@code teamName} is empty without a team. */
public record StaffMember(long accountId, String fullName, String email, String licenceNumber, String jurisdiction,
                          Long teamId, String teamName, Instant joinedAt, boolean active) {
}
