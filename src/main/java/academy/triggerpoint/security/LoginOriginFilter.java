package academy.triggerpoint.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: an attacker's page signing the victim's
 * browser into the attacker's account, so what the victim then enters lands there). The login form
 * is posted by Vaadin's login component without a CSRF token, so the browser's own statements are
 * checked instead, as OWASP recommends: {@code Sec-Fetch-Site} must not say another site, and an
 * {@code Origin} header, when sent, must be this server's own or the configured public address.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private final Set<String> allowedOrigins;

    /** @param publicAddress the configured public address ({@code academy.base-url}), whose origin is allowed too */
    LoginOriginFilter(String publicAddress) {
        this.allowedOrigins = Set.of(origin(URI.create(publicAddress)));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean otherSite = "cross-site".equals(site) || "same-site".equals(site);
        boolean foreignOrigin = origin != null && !origin.equals(ownOrigin(request)) && !allowedOrigins.contains(origin);
        if (otherSite || foreignOrigin) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in on this site's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port < 0 ? "" : ":" + port);
    }
}
