package academy.triggerpoint.security;

import academy.triggerpoint.people.AccountDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import academy.triggerpoint.shared.ui.KeptSession;
import java.io.IOException;
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

    private final AccountDirectory directory;

    ActiveAccountFilter(AccountDirectory directory) {
        this.directory = directory;
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
            if (end.isPresent()) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?"
                        + (end.get() == AccountDirectory.SessionEnd.DISABLED ? "disabled" : "changed"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
