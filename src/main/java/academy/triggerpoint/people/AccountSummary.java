package academy.triggerpoint.people;

import academy.triggerpoint.shared.Role;
import java.time.Instant;
import java.util.Set;

/** One row of the administrators' account list. */
public record AccountSummary(long id, String fullName, String email, Set<Role> roles, boolean enabled,
                             boolean emailVerified, Instant createdAt) {
}
