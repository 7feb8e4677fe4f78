package academy.triggerpoint.shared;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: services use it to scope every query to the caller's own data. */
@Component
public class CurrentAccount {

    /** The signed-in account, if any. */
    public Optional<AccountIdentity> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AccountIdentity identity) {
            return Optional.of(identity);
        }
        return Optional.empty();
    }

    /** Whether the caller holds the role (roles come from the session, checked on every request). */
    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** The signed-in account's id; fails for anonymous callers. */
    public long id() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first.")).accountId();
    }
}
