package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.shared.SystemTask;
import java.util.function.Supplier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Lets the demo profile's start-up act as one of its accounts, so the demo clinic's history is made
 * through the same services, with the same checks, as a person signed in would make it. It exists
 * only in the demo profile and only until the application is ready: once it serves requests,
 * nobody can act as anyone without signing in.
 */
@Component
@Profile("demo")
public class DemoSignIn {

    private final AccountDirectory directory;
    private final SystemTask system;
    private volatile boolean ready;

    DemoSignIn(AccountDirectory directory, SystemTask system) {
        this.directory = directory;
        this.system = system;
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeOnceReady() {
        ready = true;
    }

    /**
     * Runs {@code work} as the account with this email (signed in with its roles, as the login would),
     * then restores whoever was there before.
     *
     * @throws IllegalStateException once the application is ready, or inside a Vaadin request
     */
    public <T> T as(String email, Supplier<T> work) {
        if (ready) {
            throw new IllegalStateException("Acting as a demo account is only possible while the demo is set up at start-up");
        }
        LoginAccount account = directory.findForLogin(email)
                .orElseThrow(() -> new IllegalArgumentException("No demo account " + email));
        AccountPrincipal principal = new AccountPrincipal(account);
        principal.eraseCredentials();
        return system.runAs(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                work);
    }

    public void as(String email, Runnable work) {
        as(email, () -> {
            work.run();
            return null;
        });
    }
}
