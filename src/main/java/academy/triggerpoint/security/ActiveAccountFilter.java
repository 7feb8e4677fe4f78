package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import academy.triggerpoint.shared.ui.KeptSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled after it signed in, or whose password or roles
 * changed since (its session epoch moved on; the session where the person changed their own
 * password was renewed at the new epoch and stays). Checking the database on each request (a
 * primary-key read) works on every node of a cluster, unlike a per-node registry.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    /** However active, a signed-in session ends this long after sign-in (the idle limit is the session timeout). */
    static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);
    static final String SIGNED_IN_AT = "academy.signed-in-at";

    private final AccountDirectory directory;
    private final Clock clock;

    ActiveAccountFilter(AccountDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            HttpSession session = request.getSession(false);
            Object renewed = session == null ? null : session.getAttribute(KeptSession.EPOCH_ATTRIBUTE);
            long epoch = renewed instanceof Long l ? l : principal.sessionEpoch();
            Optional<AccountDirectory.SessionEnd> end = directory.sessionEnd(principal.accountId(), epoch);
            String reason = end.map(e -> e == AccountDirectory.SessionEnd.DISABLED ? "disabled" : "changed")
                    .orElseGet(() -> tooOld(session) ? "expired" : null);
            if (reason != null) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?" + reason);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the session was signed in longer ago than the absolute lifetime; notes the time on its first request. */
    private boolean tooOld(HttpSession session) {
        if (session == null) {
            return false;
        }
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedIn)) {
            session.setAttribute(SIGNED_IN_AT, now);
            return false;
        }
        return now.isAfter(signedIn.plus(ABSOLUTE_LIFETIME));
    }
}
