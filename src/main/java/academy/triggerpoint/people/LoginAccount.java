package academy.triggerpoint.people;

import academy.triggerpoint.shared.Role;
import java.util.Set;

/**
 * What sign-in needs to know about an account. {@code sessionEpoch} is the account's epoch at
 * sign-in: the session ends once the account's epoch moves on (password or roles changed).
 */
public record LoginAccount(long id, String email, String fullName, String passwordHash,
                           boolean enabled, boolean emailVerified, Set<Role> roles, long sessionEpoch) {

    /** An account at its first epoch. */
    public LoginAccount(long id, String email, String fullName, String passwordHash, boolean enabled,
                        boolean emailVerified, Set<Role> roles) {
        this(id, email, fullName, passwordHash, enabled, emailVerified, roles, 0);
    }
}
