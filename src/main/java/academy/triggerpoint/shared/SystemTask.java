package academy.triggerpoint.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs scheduled and event-driven work (nobody signed in) as the platform itself, so the service
 * methods it calls can require {@code hasRole('SYSTEM')} instead of being open to everyone. No
 * person ever holds this role: it exists only inside {@link #run}.
 */
public final class SystemTask {

    public static final String ROLE = "ROLE_SYSTEM";

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(ROLE))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
