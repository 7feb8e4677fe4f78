package academy.triggerpoint.shared;

import java.net.URI;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's public address ({@code academy.base-url}, set with {@code ACADEMY_BASE_URL}): it is
 * printed on every certificate, encoded in its QR code, written into transcripts and sent in every
 * emailed link, so a wrong one cannot be corrected later. In the {@code prod} profile the app
 * refuses to start unless it is set to an address other than this machine's loopback.
 */
@Component
public class PublicAddress {

    static final String VARIABLE = "ACADEMY_BASE_URL";

    private final String base;

    PublicAddress(@Value("${academy.base-url:}") String configured, Environment environment) {
        String trimmed = configured.strip();
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (production && (trimmed.isEmpty() || isLoopback(trimmed))) {
            throw new IllegalStateException(VARIABLE + " must be set to the platform's public address (for example"
                    + " https://academy.example.org) in the prod profile: it is printed on every certificate and in"
                    + " every emailed link. It is " + (trimmed.isEmpty() ? "not set." : "'" + trimmed + "'."));
        }
        String address = trimmed.isEmpty() ? "http://localhost:8080" : trimmed;
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    private static boolean isLoopback(String address) {
        try {
            String host = URI.create(address).getHost();
            return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** The absolute address of a path on this platform, for example {@code of("/verify/ABCD")}. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
