package academy.triggerpoint.shared;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The one place background work (scheduled jobs, after-commit listeners) becomes the platform
 * itself, so the service methods it calls can require {@code hasRole('SYSTEM')} instead of being
 * open to everyone. No person ever holds this role: it exists only inside {@link #run}.
 *
 * <p>The context is set on the same {@link SecurityContextHolderStrategy} that method security
 * reads. That strategy prefers the signed-in person's context whenever a Vaadin session is current,
 * so system work inside a Vaadin request would silently run as the person; it is refused there
 * instead. Background work runs in its own thread (scheduler or the event publication registry's
 * executor), never in a request.
 */
@Component
public class SystemTask {

    public static final String ROLE = "ROLE_SYSTEM";

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    SystemTask(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    public <T> T run(Supplier<T> work) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(ROLE))), work);
    }

    /**
     * Runs work in this thread as the given, already authenticated, principal (the system, or a demo
     * account while the demo is set up), then restores whoever was there before. Refused inside a
     * Vaadin request, where the signed-in person's context would win.
     */
    public <T> T runAs(Authentication who, Supplier<T> work) {
        if (VaadinSession.getCurrent() != null) {
            throw new IllegalStateException("System work must run in its own thread, not inside a Vaadin request:"
                    + " the signed-in person's security context would take precedence over the system's");
        }
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext previous = holder.getContext();
        SecurityContext acting = holder.createEmptyContext();
        acting.setAuthentication(who);
        holder.setContext(acting);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                holder.clearContext();
            } else {
                holder.setContext(previous);
            }
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
