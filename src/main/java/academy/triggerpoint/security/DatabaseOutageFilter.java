package academy.triggerpoint.security;

import academy.triggerpoint.shared.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails because the database cannot be reached before the page itself runs (the
 * signed-in check reads the account on every request) gets a plain "back in a minute" page with
 * status 503 and Retry-After, never a stack trace; the node's health check is already reporting it
 * down, so the load balancer sends the next request elsewhere. Failures inside a Vaadin page are
 * handled by the page's own error handling.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a minute · Trigger Point Academy</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
            </head><body><h1>Back in a minute</h1>
            <p>The academy cannot reach its database just now. Everything you saved before is safe.</p>
            <p>Please try again in a minute: <a href="">reload this page</a>.</p></body></html>
            """;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}
