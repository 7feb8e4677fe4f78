package academy.triggerpoint.panel;

import java.time.Instant;

/** A member of a course's panel; {@code label} is their pseudonym in reports and exports. */
public record PanelMember(long accountId, String label, String fullName, String email, Instant invitedAt, int answers) {
}
