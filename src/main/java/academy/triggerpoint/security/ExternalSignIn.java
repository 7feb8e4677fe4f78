package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.shared.SystemTask;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in whom another system has vouched for (a verified LTI launch), as the login form
 * would after a right password: a new session id (no fixation), the account's roles and session
 * epoch, refused for a disabled account. Only for code that has verified the other system's
 * signed statement first.
 */
@Component
public class ExternalSignIn {

    private final AccountDirectory directory;
    private final SystemTask system;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ExternalSignIn(AccountDirectory directory, SystemTask system, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.directory = directory;
        this.system = system;
        this.strategy = strategy;
    }

    /**
     * @throws DisabledException when the account is disabled or gone
     */
    public void signIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
        LoginAccount account = system.run(() -> directory.findForLogin(accountId))
                .filter(LoginAccount::enabled)
                .orElseThrow(() -> new DisabledException("This account is disabled. Ask your administrator."));
        AccountPrincipal principal = new AccountPrincipal(account);
        principal.eraseCredentials();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
