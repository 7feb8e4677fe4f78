package academy.triggerpoint.security;

import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.shared.AccountIdentity;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person. Equal by account id, so a session registry can find all of one person's sessions. */
final class AccountPrincipal implements UserDetails, CredentialsContainer, AccountIdentity {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String fullName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean emailVerified;
    private final List<GrantedAuthority> authorities;
    private final long sessionEpoch;

    AccountPrincipal(LoginAccount account) {
        this.sessionEpoch = account.sessionEpoch();
        this.id = account.id();
        this.email = account.email();
        this.fullName = account.fullName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.emailVerified = account.emailVerified();
        this.authorities = account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public long accountId() {
        return id;
    }

    @Override
    public String displayName() {
        return fullName;
    }

    /** The account's session epoch when this person signed in. */
    long sessionEpoch() {
        return sessionEpoch;
    }

    boolean emailVerified() {
        return emailVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountPrincipal other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + id + "]";
    }
}
