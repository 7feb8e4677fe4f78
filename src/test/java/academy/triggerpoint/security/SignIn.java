package academy.triggerpoint.security;

import academy.triggerpoint.people.LoginAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a signed-in person into the security context, as the login filter would. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(LoginAccount account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
