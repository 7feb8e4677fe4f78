package academy.triggerpoint.people;

import academy.triggerpoint.shared.Role;
import java.util.Set;

/** What sign-in needs to know about an account. */
public record LoginAccount(long id, String email, String fullName, String passwordHash,
                           boolean enabled, boolean emailVerified, Set<Role> roles) {
}
