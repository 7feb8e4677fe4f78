package academy.triggerpoint.lti;

import academy.triggerpoint.lti.domain.LtiStore.PlatformRow;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Talks to platforms: verifies what they sign with their published keys (fetched and cached per
 * platform, fetched again when a new key id appears), obtains access tokens with a signed client
 * assertion (1EdTech Security Framework §4.1) and calls their grade and roster services.
 */
@Component
class PlatformClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

    private final ToolKeys keys;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, JWKSource<SecurityContext>> keySets = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PlatformClient(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A failure talking to a platform; {@code retryable} when trying again later may help. */
    static class PlatformCallFailed extends Exception {
        private final boolean retryable;

        PlatformCallFailed(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }

    private record Token(String value, Instant expiresAt) {
    }

    /** Verifies a JWT's RS256 signature with the platform's published keys and returns its claims (not yet checked). */
    JWTClaimsSet verify(SignedJWT jwt, PlatformRow platform) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LaunchRefused(LaunchRefused.Check.SIGNATURE, "The token is signed with " + jwt.getHeader().getAlgorithm()
                    + "; LTI 1.3 requires RS256.");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySet(platform)));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // Claims are checked by IdTokenCheck, with reasons a person can read.
        });
        try {
            return processor.process(jwt, null);
        } catch (BadJOSEException e) {
            throw new LaunchRefused(LaunchRefused.Check.SIGNATURE, "The token's signature does not verify with the keys platform '"
                    + platform.name() + "' publishes at " + platform.jwksUrl() + ".");
        } catch (JOSEException e) {
            throw new LaunchRefused(LaunchRefused.Check.SIGNATURE, "The keys of platform '" + platform.name()
                    + "' could not be fetched from " + platform.jwksUrl() + ": " + e.getMessage());
        }
    }

    private JWKSource<SecurityContext> keySet(PlatformRow platform) {
        return keySets.computeIfAbsent(platform.id() + " " + platform.jwksUrl(), k -> {
            try {
                return JWKSourceBuilder.<SecurityContext>create(new URL(platform.jwksUrl()),
                                new DefaultResourceRetriever(5000, 5000, 256 * 1024))
                        .cache(Duration.ofHours(1).toMillis(), Duration.ofSeconds(10).toMillis())
                        .rateLimited(Duration.ofSeconds(10).toMillis())
                        .build();
            } catch (IOException e) {
                throw new LaunchRefused(LaunchRefused.Check.SIGNATURE, "Platform '" + platform.name() + "' has no valid key set URL.");
            }
        });
    }

    /** Forgets cached keys and tokens of a platform whose registration changed. */
    void forget(long platformId) {
        keySets.keySet().removeIf(k -> k.startsWith(platformId + " "));
        tokens.keySet().removeIf(k -> k.startsWith(platformId + " "));
    }

    /** Posts a score to a line item (AGS 2.0 §3.4), its URL's path extended with {@code /scores}. */
    void postScore(PlatformRow platform, String lineItemUrl, Map<String, Object> score) throws PlatformCallFailed {
        String token = token(platform, LtiClaims.SCORE_SCOPE);
        HttpRequest request = HttpRequest.newBuilder(scoresUrl(lineItemUrl)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", LtiClaims.SCORE_MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(score))).build();
        HttpResponse<String> response = send(request, platform);
        if (response.statusCode() == 401) {
            tokens.remove(platform.id() + " " + LtiClaims.SCORE_SCOPE);
        }
        if (response.statusCode() / 100 != 2) {
            throw failure(response, "the grade service");
        }
    }

    static URI scoresUrl(String lineItemUrl) {
        URI item = URI.create(lineItemUrl);
        String path = item.getRawPath() == null ? "" : item.getRawPath();
        String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        return URI.create(item.getScheme() + "://" + item.getRawAuthority() + scores
                + (item.getRawQuery() == null ? "" : "?" + item.getRawQuery()));
    }

    /** A platform course's members (NRPS 2.0), following {@code next} links. */
    List<Map<String, Object>> members(PlatformRow platform, String membershipsUrl) throws PlatformCallFailed {
        String token = token(platform, LtiClaims.MEMBERSHIP_SCOPE);
        List<Map<String, Object>> members = new ArrayList<>();
        String next = membershipsUrl;
        for (int page = 0; next != null && page < 50; page++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(next)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", LtiClaims.MEMBERSHIP_MEDIA_TYPE).GET().build();
            HttpResponse<String> response = send(request, platform);
            if (response.statusCode() / 100 != 2) {
                throw failure(response, "the roster service");
            }
            try {
                Map<String, Object> body = JSONObjectUtils.parse(response.body());
                List<Object> page1 = JSONObjectUtils.getJSONArray(body, "members");
                if (page1 != null) {
                    page1.stream().filter(Map.class::isInstance).map(m -> {
                        @SuppressWarnings("unchecked") Map<String, Object> member = (Map<String, Object>) m;
                        return member;
                    }).forEach(members::add);
                }
            } catch (ParseException e) {
                throw new PlatformCallFailed("The roster service of '" + platform.name() + "' did not answer with JSON.", false);
            }
            next = response.headers().firstValue("Link").map(PlatformClient::nextLink).orElse(null);
        }
        return members;
    }

    static String nextLink(String header) {
        for (String part : header.split(",")) {
            if (part.contains("rel=\"next\"")) {
                int start = part.indexOf('<');
                int end = part.indexOf('>');
                if (start >= 0 && end > start) {
                    return part.substring(start + 1, end);
                }
            }
        }
        return null;
    }

    private String token(PlatformRow platform, String scope) throws PlatformCallFailed {
        String key = platform.id() + " " + scope;
        Token cached = tokens.get(key);
        Instant now = clock.instant();
        if (cached != null && cached.expiresAt().isAfter(now.plusSeconds(30))) {
            return cached.value();
        }
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build());
        String form = "grant_type=client_credentials"
                + "&client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(assertion) + "&scope=" + encode(scope);
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = send(request, platform);
        if (response.statusCode() / 100 != 2) {
            throw failure(response, "the token endpoint");
        }
        try {
            Map<String, Object> body = JSONObjectUtils.parse(response.body());
            String value = JSONObjectUtils.getString(body, "access_token");
            if (value == null) {
                throw new PlatformCallFailed("The token endpoint of '" + platform.name() + "' gave no access token.", true);
            }
            Number expiresIn = body.get("expires_in") instanceof Number n ? n : 3600;
            tokens.put(key, new Token(value, now.plusSeconds(expiresIn.longValue())));
            return value;
        } catch (ParseException e) {
            throw new PlatformCallFailed("The token endpoint of '" + platform.name() + "' did not answer with JSON.", true);
        }
    }

    private HttpResponse<String> send(HttpRequest request, PlatformRow platform) throws PlatformCallFailed {
        try {
            return http.send(request, info -> HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(),
                    bytes -> new String(bytes, 0, Math.min(bytes.length, MAX_RESPONSE_BYTES), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new PlatformCallFailed("Could not reach '" + platform.name() + "' at " + request.uri().getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailed("Interrupted while calling '" + platform.name() + "'.", true);
        }
    }

    private static PlatformCallFailed failure(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body().strip();
        boolean retryable = status >= 500 || status == 401 || status == 408 || status == 429;
        return new PlatformCallFailed(what + " answered HTTP " + status + (body.isEmpty() ? "" : ": "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body)), retryable);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
