package academy.triggerpoint.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake LMS that speaks LTI 1.3 (core, Deep Linking 2.0, AGS 2.0, NRPS 2.0) to the tool under test,
 * from the platform's side, on {@code http://127.0.0.1:<free port>}. What it checks, it checks the
 * way the specifications say a platform must, so a tool that gets the protocol wrong fails here
 * as it would in Moodle or Canvas.
 *
 * <p>Start it with {@link #start(String)} and the tool's base URL {@code B} (ending in {@code /});
 * close it when done. Its fixed registration data for the tool: {@link #issuer()},
 * {@link #clientId()} ({@value #CLIENT_ID}), {@link #deploymentId()} ({@value #DEPLOYMENT_ID}),
 * {@link #authorizationUrl()}, {@link #jwksUrl()}, {@link #tokenUrl()}.
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code GET /launch/<key>}: what {@link #launchPage(Launch)} returns; an auto-submitting form
 *       that POSTs the third-party login initiation ({@code iss, login_hint, target_link_uri,
 *       lti_message_hint, client_id, lti_deployment_id}) to {@code B + "lti/login"}, as when a learner
 *       clicks an activity. {@link #loginInitiation(Launch)} gives the same initiation as a GET URL.</li>
 *   <li>{@code GET|POST /auth}: the OIDC authorization endpoint. Refuses with a 400 page (saying which
 *       parameter) unless {@code client_id}, {@code redirect_uri} ({@code B + "lti/launch"}),
 *       {@code response_type=id_token}, {@code scope} with {@code openid}, {@code prompt=none},
 *       {@code response_mode=form_post}, a {@code nonce}, a known {@code lti_message_hint} and its
 *       {@code login_hint} are right; otherwise answers an auto-submitting form that POSTs
 *       {@code id_token} (see {@link #idToken}) and {@code state} to the redirect URI.</li>
 *   <li>{@code GET /jwks}: the platform's public keys (see {@link #rotateKey()}).</li>
 *   <li>{@code POST /token}: client credentials with a JWT client assertion, verified against the keys
 *       the tool publishes at {@code B + "lti/jwks"} (fetched on every request, so rotation works).
 *       400 for a wrong grant, a replayed {@code jti}, a wrong audience or an expired assertion; 401
 *       ({@code invalid_client}) for a signature that does not verify or a wrong issuer/subject. Grants
 *       the requested scopes it knows, tokens valid one hour on {@link #clock(Clock) the clock}.</li>
 *   <li>{@code GET <lineItemUrl>}: the line item (the {@code lineitems} container in the AGS claim is not
 *       served). {@code POST /lineitems/<id>/scores?type_id=1}: a score
 *       (see {@link #lineItemUrl(String)}); 401 without a valid bearer token, 403 without the score scope,
 *       415 for another media type, 400 for a score without its required fields, 503 while
 *       {@link #failNextScorePosts(int)} says so; otherwise 204 and recorded in {@link #scores()}.</li>
 *   <li>{@code GET /memberships/<context>}: the {@link #roster} (NRPS container), bearer token with the
 *       membership scope required; pages of {@link #membershipPageSize(int)} linked with
 *       {@code Link: <…>; rel="next"}.</li>
 *   <li>{@code POST /deeplinks}: the deep linking return URL. Verifies the form field {@code JWT} against
 *       the tool's keys (issuer = client id, audience = issuer, expiry, nonce not reused, deployment,
 *       message type, version, {@code data} echoed); answers "Deep link received: <titles>" and records it
 *       in {@link #deepLinks()}, or 400 "Deep link refused: <why>".</li>
 * </ul>
 *
 * <h2>API</h2>
 * <pre>{@code
 * static TestPlatform start(String toolBaseUrl)
 * String issuer() clientId() deploymentId() authorizationUrl() jwksUrl() tokenUrl() deepLinkReturnUrl()
 * String lineItemUrl(String id)            issuer + "/lineitems/" + id + "?type_id=1" (query kept, like Moodle's)
 * String scoresUrl(String id)              issuer + "/lineitems/" + id + "/scores?type_id=1"
 * String membershipsUrl(String contextId)  issuer + "/memberships/" + contextId
 * URI launchPage(Launch)                   auto-submitting POST of the login initiation to B + "lti/login"
 * URI loginInitiation(Launch)              the same initiation as GET B + "lti/login?..."
 * String idToken(Launch, String nonce, Tweak)   a signed id_token, possibly forged
 * TestPlatform clock(Clock)                iat/exp of id tokens, expiry of assertions and access tokens
 * String rotateKey()                       signs with a new key (new kid), publishes old and new; returns the new kid
 * List<ReceivedScore> scores()   List<DeepLinkReturn> deepLinks()   List<String> tokenRequests()
 * List<Map<String, String>> authorizationRequests()
 * void failNextScorePosts(int n)   void roster(String contextId, List<Member>)   void membershipPageSize(int)
 * void close()
 * }</pre>
 * Everything recorded is a thread-safe snapshot.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "tpa-test-client";
    public static final String DEPLOYMENT_ID = "deployment-1";
    /** The deployment id {@link Tweak#UNKNOWN_DEPLOYMENT} puts in a token. */
    public static final String UNKNOWN_DEPLOYMENT_ID = "deployment-nobody-registered";
    /** The issuer {@link Tweak#WRONG_ISSUER} puts in a token. */
    public static final String OTHER_ISSUER = "https://other-lms.example";
    /** The audience {@link Tweak#WRONG_AUDIENCE} puts in a token. */
    public static final String OTHER_CLIENT_ID = "someone-elses-client";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String CONTENT_DEVELOPER = "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper";

    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String RESULT_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String MEMBERSHIP_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DEEP_LINKING_SETTINGS_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String DEEP_LINKING_DATA_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    static final String DEEP_LINKING_ITEMS_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";

    static final String SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    static final String MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /** How long an id_token is valid (Moodle gives 60 s; long enough that a slow CI run does not trip). */
    static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    /** Clock difference tolerated on a tool's assertions and deep linking responses. */
    static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<String> KNOWN_SCOPES = Set.of(LINE_ITEM_SCOPE, RESULT_SCOPE, SCORE_SCOPE, MEMBERSHIP_SCOPE);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Ways {@link #idToken} can forge a token, each breaking exactly one thing a tool must check. */
    public enum Tweak {
        NONE,
        /** {@code aud} and {@code azp} are {@value #OTHER_CLIENT_ID}. */
        WRONG_AUDIENCE,
        /** Issued ten minutes ago, expired five minutes ago (well past any skew). */
        EXPIRED,
        /** {@code deployment_id} is {@value #UNKNOWN_DEPLOYMENT_ID}. */
        UNKNOWN_DEPLOYMENT,
        /** Signed by a key that is not in the platform's key set, under the published key's {@code kid}. */
        OTHER_KEY,
        /** {@code iss} is {@value #OTHER_ISSUER}. */
        WRONG_ISSUER,
        /** No {@code nonce} claim. */
        NO_NONCE
    }

    /**
     * What the platform launches: one person clicking one activity (or asking to pick content).
     * {@code targetLinkUri} null means {@code B + "lti/launch"}; {@code resourceLinkId} null leaves
     * out the resource link claim; {@code lineItemId} null leaves out the AGS claim;
     * {@code namesAndRoles} adds the NRPS claim for {@code contextId}.
     */
    public record Launch(String messageType, String subject, String name, String email, List<String> roles,
                         String targetLinkUri, String contextId, String resourceLinkId, String lineItemId,
                         boolean namesAndRoles, String deploymentId) {

        public Launch {
            Objects.requireNonNull(messageType, "messageType");
            Objects.requireNonNull(subject, "subject");
            roles = List.copyOf(roles);
            Objects.requireNonNull(contextId, "contextId");
            Objects.requireNonNull(deploymentId, "deploymentId");
        }

        /**
         * A learner opening {@code targetLinkUri} from activity {@code resource-link-1} of
         * {@code context-1}, graded into {@code lineitem-1}.
         */
        public static Launch learner(String subject, String name, String email, String targetLinkUri) {
            return new Launch(RESOURCE_LINK_REQUEST, subject, name, email, List.of(LEARNER), targetLinkUri, "context-1",
                    "resource-link-1", "lineitem-1", false, DEPLOYMENT_ID);
        }

        /** An instructor opening the same activity, with the roster service offered. */
        public static Launch instructor(String subject, String name, String email, String targetLinkUri) {
            return new Launch(RESOURCE_LINK_REQUEST, subject, name, email, List.of(INSTRUCTOR), targetLinkUri, "context-1",
                    "resource-link-1", "lineitem-1", true, DEPLOYMENT_ID);
        }

        /** An instructor adding an activity to {@code context-1}: a deep linking request to {@code B + "lti/launch"}. */
        public static Launch instructorDeepLinking(String subject, String name, String email) {
            return new Launch(DEEP_LINKING_REQUEST, subject, name, email, List.of(INSTRUCTOR), null, "context-1", null, null,
                    false, DEPLOYMENT_ID);
        }

        public Launch withSubject(String newSubject) {
            return new Launch(messageType, newSubject, name, email, roles, targetLinkUri, contextId, resourceLinkId, lineItemId,
                    namesAndRoles, deploymentId);
        }

        public Launch withPerson(String newName, String newEmail) {
            return new Launch(messageType, subject, newName, newEmail, roles, targetLinkUri, contextId, resourceLinkId, lineItemId,
                    namesAndRoles, deploymentId);
        }

        public Launch withRoles(String... newRoles) {
            return new Launch(messageType, subject, name, email, List.of(newRoles), targetLinkUri, contextId, resourceLinkId,
                    lineItemId, namesAndRoles, deploymentId);
        }

        public Launch withTargetLinkUri(String uri) {
            return new Launch(messageType, subject, name, email, roles, uri, contextId, resourceLinkId, lineItemId,
                    namesAndRoles, deploymentId);
        }

        public Launch withContext(String newContextId) {
            return new Launch(messageType, subject, name, email, roles, targetLinkUri, newContextId, resourceLinkId, lineItemId,
                    namesAndRoles, deploymentId);
        }

        public Launch withResourceLink(String id) {
            return new Launch(messageType, subject, name, email, roles, targetLinkUri, contextId, id, lineItemId, namesAndRoles,
                    deploymentId);
        }

        /** {@code id} null: no grade service offered. */
        public Launch withLineItem(String id) {
            return new Launch(messageType, subject, name, email, roles, targetLinkUri, contextId, resourceLinkId, id,
                    namesAndRoles, deploymentId);
        }

        public Launch withNamesAndRoles(boolean offered) {
            return new Launch(messageType, subject, name, email, roles, targetLinkUri, contextId, resourceLinkId, lineItemId,
                    offered, deploymentId);
        }

        public Launch withDeployment(String id) {
            return new Launch(messageType, subject, name, email, roles, targetLinkUri, contextId, resourceLinkId, lineItemId,
                    namesAndRoles, id);
        }

        public Launch withMessageType(String type) {
            return new Launch(type, subject, name, email, roles, targetLinkUri, contextId, resourceLinkId, lineItemId,
                    namesAndRoles, deploymentId);
        }
    }

    /** A score the tool posted; {@code scoreGiven}/{@code scoreMaximum} null when the tool sent none. */
    public record ReceivedScore(String lineItemId, String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String comment,
                                String activityProgress, String gradingProgress, String timestamp) {
    }

    /** A course member the roster service lists. */
    public record Member(String userId, String name, String givenName, String familyName, String email, List<String> roles) {

        public Member {
            roles = List.copyOf(roles);
        }

        /** A member whose given and family names are {@code name} split at its first space. */
        public static Member of(String userId, String name, String email, String... roles) {
            return new Member(userId, name, firstWord(name), afterFirstWord(name), email, List.of(roles));
        }
    }

    /** A deep linking response the platform accepted: the items' titles and URLs, the echoed data, all its claims. */
    public record DeepLinkReturn(List<String> titles, List<String> urls, String data, Map<String, Object> claims) {
    }

    private record Grant(Set<String> scopes, Instant expiresAt) {
    }

    /** A request the platform refuses, with the status and the reason it answers. */
    private static final class Refused extends RuntimeException {
        final int status;
        final String error;

        Refused(int status, String error, String reason) {
            super(reason);
            this.status = status;
            this.error = error;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String toolBaseUrl;
    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The application's clock in tests that run it; until set, a clock of its own (never the real date). */
    private volatile Clock clock = new academy.triggerpoint.MutableClock();
    private volatile RSAKey signingKey;
    private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();
    private volatile RSAKey impostorKey;

    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    private final Set<String> issuedDeepLinkData = ConcurrentHashMap.newKeySet();
    private final Set<String> seenDeepLinkNonces = ConcurrentHashMap.newKeySet();
    private final Set<String> seenAssertionIds = ConcurrentHashMap.newKeySet();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, List<Member>> rosters = new ConcurrentHashMap<>();
    private final AtomicInteger failingScorePosts = new AtomicInteger();
    private volatile int membershipPageSize = 100;

    private final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
    private final List<DeepLinkReturn> deepLinks = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();

    private TestPlatform(String toolBaseUrl) throws IOException {
        this.toolBaseUrl = toolBaseUrl.endsWith("/") ? toolBaseUrl : toolBaseUrl + "/";
        this.signingKey = newKey("platform-key-1");
        this.publishedKeys.add(signingKey);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a platform for the tool at {@code toolBaseUrl} (e.g. {@code http://localhost:8123/}). */
    public static TestPlatform start(String toolBaseUrl) {
        try {
            return new TestPlatform(toolBaseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- registration data --------------------------------------------------------------------

    /** Now, on the platform's clock. */
    public java.time.Instant clockInstant() {
        return clock.instant();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return CLIENT_ID;
    }

    public String deploymentId() {
        return DEPLOYMENT_ID;
    }

    public String authorizationUrl() {
        return issuer + "/auth";
    }

    public String jwksUrl() {
        return issuer + "/jwks";
    }

    public String tokenUrl() {
        return issuer + "/token";
    }

    public String deepLinkReturnUrl() {
        return issuer + "/deeplinks";
    }

    /** The tool's base URL, ending in {@code /}. */
    public String toolBaseUrl() {
        return toolBaseUrl;
    }

    /**
     * A line item's URL, with a query string as Moodle's have: a tool must post scores to
     * {@link #scoresUrl(String)} (path extended, query kept); appending {@code /scores} to the whole
     * URL reaches no score endpoint.
     */
    public String lineItemUrl(String id) {
        return issuer + "/lineitems/" + encode(id) + "?type_id=1";
    }

    /** Where a tool posts scores for line item {@code id}. */
    public String scoresUrl(String id) {
        return issuer + "/lineitems/" + encode(id) + "/scores?type_id=1";
    }

    public String membershipsUrl(String contextId) {
        return issuer + "/memberships/" + encode(contextId);
    }

    // ---- settings --------------------------------------------------------------------------------

    /** The clock for id_token times and for the expiry of assertions, deep linking responses and access tokens. */
    public TestPlatform clock(Clock newClock) {
        this.clock = Objects.requireNonNull(newClock);
        return this;
    }

    /**
     * Signs from now on with a new key under a new {@code kid}, and publishes it beside the old ones
     * (as a platform does while tools' caches still hold the old set). Returns the new kid.
     */
    public String rotateKey() {
        RSAKey key = newKey("platform-key-" + (publishedKeys.size() + 1));
        publishedKeys.add(key);
        signingKey = key;
        return key.getKeyID();
    }

    /** The next {@code n} score posts (that pass authorization) answer 503. */
    public void failNextScorePosts(int n) {
        failingScorePosts.set(n);
    }

    /** The members the roster service lists for {@code contextId} (an unknown context has none). */
    public void roster(String contextId, List<Member> members) {
        rosters.put(contextId, List.copyOf(members));
    }

    /** How many members one roster page holds before a {@code rel="next"} link. */
    public void membershipPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        membershipPageSize = size;
    }

    // ---- what was received -----------------------------------------------------------------------

    public List<ReceivedScore> scores() {
        return List.copyOf(scores);
    }

    public List<DeepLinkReturn> deepLinks() {
        return List.copyOf(deepLinks);
    }

    /** The scopes granted by each successful token request, space-separated, in order. */
    public List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The parameters of each authentication request that reached {@code /auth}, refused or not. */
    public List<Map<String, String>> authorizationRequests() {
        return List.copyOf(authorizationRequests);
    }

    // ---- launching -------------------------------------------------------------------------------

    /** A platform page that auto-submits (POST) the login initiation for {@code launch} to {@code B + "lti/login"}. */
    public URI launchPage(Launch launch) {
        return URI.create(issuer + "/launch/" + register(launch));
    }

    /** The login initiation for {@code launch} as a GET to {@code B + "lti/login"}. */
    public URI loginInitiation(Launch launch) {
        String query = loginParameters(launch, register(launch)).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return URI.create(toolBaseUrl + "lti/login?" + query);
    }

    private String register(Launch launch) {
        String key = randomToken();
        launches.put(key, launch);
        return key;
    }

    private Map<String, String> loginParameters(Launch launch, String key) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", launch.subject());
        params.put("target_link_uri", targetLinkUri(launch));
        params.put("lti_message_hint", key);
        params.put("client_id", CLIENT_ID);
        params.put("lti_deployment_id", launch.deploymentId());
        return params;
    }

    private String targetLinkUri(Launch launch) {
        return launch.targetLinkUri() != null ? launch.targetLinkUri() : toolBaseUrl + "lti/launch";
    }

    /** A signed id_token for {@code launch} with {@code nonce}, forged as {@code tweak} says. */
    public String idToken(Launch launch, String nonce, Tweak tweak) {
        Instant now = clock.instant();
        Instant issued = tweak == Tweak.EXPIRED ? now.minus(Duration.ofMinutes(10)) : now;
        String audience = tweak == Tweak.WRONG_AUDIENCE ? OTHER_CLIENT_ID : CLIENT_ID;
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(tweak == Tweak.WRONG_ISSUER ? OTHER_ISSUER : issuer)
                .audience(audience)
                .claim("azp", audience)
                .subject(launch.subject())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(ID_TOKEN_LIFETIME)));
        if (tweak != Tweak.NO_NONCE) {
            claims.claim("nonce", nonce);
        }
        if (launch.name() != null) {
            claims.claim("name", launch.name()).claim("given_name", firstWord(launch.name()))
                    .claim("family_name", afterFirstWord(launch.name()));
        }
        claims.claim("email", launch.email())
                .claim(CLAIM + "message_type", launch.messageType())
                .claim(CLAIM + "version", "1.3.0")
                .claim(CLAIM + "deployment_id", tweak == Tweak.UNKNOWN_DEPLOYMENT ? UNKNOWN_DEPLOYMENT_ID : launch.deploymentId())
                .claim(CLAIM + "target_link_uri", targetLinkUri(launch))
                .claim(CLAIM + "roles", launch.roles())
                .claim(CLAIM + "context", Map.of("id", launch.contextId(), "label", launch.contextId(),
                        "title", "Course " + launch.contextId(),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")));
        if (launch.resourceLinkId() != null) {
            claims.claim(CLAIM + "resource_link", Map.of("id", launch.resourceLinkId(), "title", "Activity " + launch.resourceLinkId()));
        }
        if (launch.lineItemId() != null) {
            claims.claim(AGS_CLAIM, Map.of("scope", List.of(LINE_ITEM_SCOPE, RESULT_SCOPE, SCORE_SCOPE),
                    "lineitems", issuer + "/lineitems?context=" + encode(launch.contextId()),
                    "lineitem", lineItemUrl(launch.lineItemId())));
        }
        if (launch.namesAndRoles()) {
            claims.claim(NRPS_CLAIM, Map.of("context_memberships_url", membershipsUrl(launch.contextId()),
                    "service_versions", List.of("2.0")));
        }
        if (DEEP_LINKING_REQUEST.equals(launch.messageType())) {
            String data = "dl-" + randomToken();
            issuedDeepLinkData.add(data);
            claims.claim(DEEP_LINKING_SETTINGS_CLAIM, Map.of("deep_link_return_url", deepLinkReturnUrl(),
                    "accept_types", List.of("ltiResourceLink"),
                    "accept_presentation_document_targets", List.of("window", "iframe"),
                    "accept_multiple", true,
                    "data", data));
        }
        RSAKey key = signingKey;
        if (tweak == Tweak.OTHER_KEY) {
            key = impostorKey();
        }
        return sign(claims.build(), key);
    }

    private RSAKey impostorKey() {
        RSAKey key = impostorKey;
        if (key == null || !key.getKeyID().equals(signingKey.getKeyID())) {
            key = newKey(signingKey.getKeyID());
            impostorKey = key;
        }
        return key;
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(TestPlatform::decode).toList();
            try {
                if (path.startsWith("/launch/") && segments.size() == 2 && method.equals("GET")) {
                    launchPage(exchange, segments.get(1));
                } else if (path.equals("/auth") && (method.equals("GET") || method.equals("POST"))) {
                    authorize(exchange);
                } else if (path.equals("/jwks") && method.equals("GET")) {
                    List<JWK> keys = publishedKeys.stream().map(k -> (JWK) k.toPublicJWK()).toList();
                    send(exchange, 200, "application/json", new JWKSet(keys).toString(true));
                } else if (path.equals("/token") && method.equals("POST")) {
                    token(exchange);
                } else if (segments.size() == 3 && segments.get(0).equals("lineitems") && segments.get(2).equals("scores")) {
                    requireMethod(exchange, "POST");
                    score(exchange, segments.get(1));
                } else if (segments.size() == 2 && segments.get(0).equals("lineitems")) {
                    requireMethod(exchange, "GET");
                    lineItem(exchange, segments.get(1));
                } else if (segments.size() == 2 && segments.get(0).equals("memberships")) {
                    requireMethod(exchange, "GET");
                    memberships(exchange, segments.get(1));
                } else if (path.equals("/deeplinks") && method.equals("POST")) {
                    deepLinkReturn(exchange);
                } else {
                    throw new Refused(404, "not_found", "No " + method + " " + path + " on this platform.");
                }
            } catch (Refused refused) {
                if (exchange.getResponseCode() == -1) {
                    refuse(exchange, refused);
                }
            } catch (RuntimeException e) {
                e.printStackTrace();
                if (exchange.getResponseCode() == -1) {
                    send(exchange, 500, "text/plain", "The test platform failed: " + e);
                }
            }
        }
    }

    private static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            throw new Refused(405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed on "
                    + exchange.getRequestURI().getRawPath() + "; it takes " + method + ".");
        }
    }

    private void refuse(HttpExchange exchange, Refused refused) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals("/auth") || path.startsWith("/launch/")) {
            send(exchange, refused.status, "text/html; charset=utf-8", page("Launch refused", "Launch refused: " + refused.getMessage()));
        } else if (path.equals("/deeplinks")) {
            send(exchange, refused.status, "text/html; charset=utf-8",
                    page("Deep link refused", "Deep link refused: " + refused.getMessage()));
        } else {
            if (refused.status == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"" + refused.error + "\"");
            }
            send(exchange, refused.status, "application/json",
                    JSON.writeValueAsString(Map.of("error", refused.error, "error_description", refused.getMessage())));
        }
    }

    private void launchPage(HttpExchange exchange, String key) throws IOException {
        Launch launch = launches.get(key);
        if (launch == null) {
            throw new Refused(404, "not_found", "No launch " + key + ".");
        }
        send(exchange, 200, "text/html; charset=utf-8", autoSubmit(toolBaseUrl + "lti/login", loginParameters(launch, key)));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = new LinkedHashMap<>(parseForm(exchange.getRequestURI().getRawQuery()));
        if (exchange.getRequestMethod().equals("POST")) {
            params.putAll(parseForm(body(exchange)));
        }
        authorizationRequests.add(Map.copyOf(params));
        expect(params, "client_id", CLIENT_ID);
        expect(params, "redirect_uri", toolBaseUrl + "lti/launch");
        expect(params, "response_type", "id_token");
        expect(params, "response_mode", "form_post");
        expect(params, "prompt", "none");
        String scope = params.get("scope");
        if (scope == null || !List.of(scope.split(" ")).contains("openid")) {
            throw new Refused(400, "invalid_scope", "scope must include 'openid', was '" + scope + "'.");
        }
        String nonce = params.get("nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new Refused(400, "invalid_request", "nonce is missing.");
        }
        Launch launch = launches.get(Objects.requireNonNullElse(params.get("lti_message_hint"), ""));
        if (launch == null) {
            throw new Refused(400, "invalid_request", "lti_message_hint '" + params.get("lti_message_hint")
                    + "' names no launch of this platform.");
        }
        if (!launch.subject().equals(params.get("login_hint"))) {
            throw new Refused(400, "login_required", "login_hint '" + params.get("login_hint")
                    + "' is not the user who started this launch.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken(launch, nonce, Tweak.NONE));
        if (params.get("state") != null) {
            fields.put("state", params.get("state"));
        }
        send(exchange, 200, "text/html; charset=utf-8", autoSubmit(params.get("redirect_uri"), fields));
    }

    private static void expect(Map<String, String> params, String name, String expected) {
        if (!expected.equals(params.get(name))) {
            throw new Refused(400, "invalid_request", name + " must be '" + expected + "', was '" + params.get(name) + "'.");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parseForm(body(exchange));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            throw new Refused(400, "unsupported_grant_type", "grant_type must be client_credentials, was '"
                    + form.get("grant_type") + "'.");
        }
        if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
            throw new Refused(400, "invalid_request", "client_assertion_type must be " + JWT_BEARER + ".");
        }
        SignedJWT assertion = parseJwt(form.get("client_assertion"), 400, "invalid_request", "client_assertion");
        verifyWithToolKeys(assertion, 401, "invalid_client");
        JWTClaimsSet claims = claims(assertion, 400, "invalid_request");
        if (!CLIENT_ID.equals(claims.getIssuer()) || !CLIENT_ID.equals(claims.getSubject())) {
            throw new Refused(401, "invalid_client", "The assertion's iss and sub must both be the client id " + CLIENT_ID
                    + ", were '" + claims.getIssuer() + "' and '" + claims.getSubject() + "'.");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl())) {
            throw new Refused(400, "invalid_grant", "The assertion's aud must be the token URL " + tokenUrl() + ", was "
                    + claims.getAudience() + ".");
        }
        checkTimes(claims, "invalid_grant", "assertion");
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new Refused(400, "invalid_grant", "The assertion has no jti.");
        }
        if (!seenAssertionIds.add(jti)) {
            throw new Refused(400, "invalid_grant", "The assertion's jti '" + jti + "' was used before (a replay).");
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : Objects.requireNonNullElse(form.get("scope"), "").split(" ")) {
            if (KNOWN_SCOPES.contains(scope)) {
                granted.add(scope);
            }
        }
        if (granted.isEmpty()) {
            throw new Refused(400, "invalid_scope", "None of the requested scopes '" + form.get("scope") + "' is offered.");
        }
        String accessToken = randomToken();
        accessTokens.put(accessToken, new Grant(Set.copyOf(granted), clock.instant().plus(ACCESS_TOKEN_LIFETIME)));
        String scope = String.join(" ", granted);
        tokenRequests.add(scope);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        send(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("access_token", accessToken, "token_type", "Bearer",
                "expires_in", ACCESS_TOKEN_LIFETIME.toSeconds(), "scope", scope)));
    }

    private void checkTimes(JWTClaimsSet claims, String error, String what) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            throw new Refused(400, error, "The " + what + (exp == null ? " has no exp." : " expired at " + exp.toInstant()
                    + " (platform time " + now + ")."));
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw new Refused(400, error, "The " + what + (iat == null ? " has no iat." : " is issued in the future ("
                    + iat.toInstant() + ", platform time " + now + ")."));
        }
    }

    private void authorizeBearer(HttpExchange exchange, String scope) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refused(401, "invalid_token", "A bearer token is required.");
        }
        Grant grant = accessTokens.get(header.substring(7).strip());
        if (grant == null || !grant.expiresAt().isAfter(clock.instant())) {
            throw new Refused(401, "invalid_token", grant == null ? "The bearer token is not one this platform issued."
                    : "The bearer token expired at " + grant.expiresAt() + ".");
        }
        if (!grant.scopes().contains(scope)) {
            throw new Refused(403, "insufficient_scope", "The bearer token was not granted " + scope + ".");
        }
    }

    private void lineItem(HttpExchange exchange, String id) throws IOException {
        authorizeBearer(exchange, LINE_ITEM_SCOPE);
        send(exchange, 200, LINE_ITEM_MEDIA_TYPE, JSON.writeValueAsString(Map.of("id", lineItemUrl(id), "scoreMaximum", 100,
                "label", "Line item " + id)));
    }

    private void score(HttpExchange exchange, String lineItemId) throws IOException {
        authorizeBearer(exchange, SCORE_SCOPE);
        if (!"1".equals(parseForm(exchange.getRequestURI().getRawQuery()).get("type_id"))) {
            throw new Refused(400, "invalid_request", "The line item's query (type_id=1) was dropped from the scores URL.");
        }
        String contentType = Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
        if (!contentType.toLowerCase().startsWith(SCORE_MEDIA_TYPE)) {
            throw new Refused(415, "unsupported_media_type", "A score must be sent as " + SCORE_MEDIA_TYPE + ", was '"
                    + contentType + "'.");
        }
        String body = body(exchange);
        if (failingScorePosts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new Refused(503, "temporarily_unavailable", "The grade book is unavailable; try again later.");
        }
        JsonNode score;
        try {
            score = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new Refused(400, "invalid_request", "The score is not JSON: " + e.getOriginalMessage());
        }
        for (String required : List.of("userId", "timestamp", "activityProgress", "gradingProgress")) {
            if (!score.path(required).isString() || score.path(required).asString().isBlank()) {
                throw new Refused(400, "invalid_request", "The score has no " + required + ".");
            }
        }
        BigDecimal given = decimal(score, "scoreGiven");
        BigDecimal maximum = decimal(score, "scoreMaximum");
        if (given != null && maximum == null) {
            throw new Refused(400, "invalid_request", "A score with scoreGiven must have scoreMaximum.");
        }
        if (given != null && given.signum() < 0 || maximum != null && maximum.signum() <= 0) {
            throw new Refused(400, "invalid_request", "scoreGiven must be at least 0 and scoreMaximum more than 0.");
        }
        try {
            Instant.parse(score.path("timestamp").asString());
        } catch (RuntimeException e) {
            throw new Refused(400, "invalid_request", "timestamp '" + score.path("timestamp").asString() + "' is not ISO 8601.");
        }
        scores.add(new ReceivedScore(lineItemId, score.path("userId").asString(), given, maximum,
                score.path("comment").isString() ? score.path("comment").asString() : null,
                score.path("activityProgress").asString(), score.path("gradingProgress").asString(), score.path("timestamp").asString()));
        send(exchange, 204, null, null);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new Refused(400, "invalid_request", field + " must be a number, was " + value + ".");
        }
        return value.decimalValue();
    }

    private void memberships(HttpExchange exchange, String contextId) throws IOException {
        authorizeBearer(exchange, MEMBERSHIP_SCOPE);
        List<Member> all = rosters.getOrDefault(contextId, List.of());
        String pageParam = parseForm(exchange.getRequestURI().getRawQuery()).getOrDefault("page", "1");
        int page;
        try {
            page = Math.max(1, Integer.parseInt(pageParam));
        } catch (NumberFormatException e) {
            throw new Refused(400, "invalid_request", "page '" + pageParam + "' is not a number.");
        }
        int size = membershipPageSize;
        int from = Math.min(all.size(), (page - 1) * size);
        int to = Math.min(all.size(), from + size);
        List<Map<String, Object>> members = new ArrayList<>();
        for (Member member : all.subList(from, to)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", "Active");
            m.put("name", member.name());
            m.put("given_name", member.givenName());
            m.put("family_name", member.familyName());
            m.put("email", member.email());
            m.put("user_id", member.userId());
            m.put("roles", member.roles());
            members.add(m);
        }
        if (to < all.size()) {
            exchange.getResponseHeaders().add("Link", "<" + membershipsUrl(contextId) + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", membershipsUrl(contextId));
        container.put("context", Map.of("id", contextId, "label", contextId, "title", "Course " + contextId));
        container.put("members", members);
        send(exchange, 200, MEMBERSHIP_MEDIA_TYPE, JSON.writeValueAsString(container));
    }

    private void deepLinkReturn(HttpExchange exchange) throws IOException {
        Map<String, String> form = parseForm(body(exchange));
        SignedJWT jwt = parseJwt(form.get("JWT"), 400, "invalid_request", "JWT form field");
        verifyWithToolKeys(jwt, 400, "invalid_signature");
        JWTClaimsSet claims = claims(jwt, 400, "invalid_request");
        if (!CLIENT_ID.equals(claims.getIssuer())) {
            throw new Refused(400, "invalid_request", "iss must be the client id " + CLIENT_ID + ", was '" + claims.getIssuer() + "'.");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
            throw new Refused(400, "invalid_request", "aud must be the platform issuer " + issuer + ", was " + claims.getAudience() + ".");
        }
        checkTimes(claims, "invalid_request", "response");
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String n) || n.isBlank()) {
            throw new Refused(400, "invalid_request", "The response has no nonce.");
        }
        if (!seenDeepLinkNonces.add(n)) {
            throw new Refused(400, "invalid_request", "The response's nonce was used before (a replay).");
        }
        Object deployment = claims.getClaim(CLAIM + "deployment_id");
        if (!(deployment instanceof String d) || !(d.equals(DEPLOYMENT_ID)
                || launches.values().stream().anyMatch(l -> l.deploymentId().equals(d)))) {
            throw new Refused(400, "invalid_request", "deployment_id '" + deployment + "' is not a deployment of this platform.");
        }
        expectClaim(claims, CLAIM + "message_type", "LtiDeepLinkingResponse");
        expectClaim(claims, CLAIM + "version", "1.3.0");
        Object data = claims.getClaim(DEEP_LINKING_DATA_CLAIM);
        if (!(data instanceof String echoed) || !issuedDeepLinkData.contains(echoed)) {
            throw new Refused(400, "invalid_request", "The data of the deep linking request was not echoed"
                    + (data == null ? "." : " (got '" + data + "')."));
        }
        Object items = claims.getClaim(DEEP_LINKING_ITEMS_CLAIM);
        if (items != null && !(items instanceof List<?>)) {
            throw new Refused(400, "invalid_request", "content_items must be an array.");
        }
        List<String> titles = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Object item : items == null ? List.of() : (List<?>) items) {
            if (!(item instanceof Map<?, ?> map) || !"ltiResourceLink".equals(map.get("type"))) {
                throw new Refused(400, "invalid_request", "Only ltiResourceLink items were accepted, got " + item + ".");
            }
            titles.add(map.get("title") instanceof String t ? t : "");
            urls.add(map.get("url") instanceof String u ? u : null);
        }
        deepLinks.add(new DeepLinkReturn(List.copyOf(titles), Collections.unmodifiableList(urls), echoed,
                claims.toJSONObject()));
        send(exchange, 200, "text/html; charset=utf-8", page("Deep link received",
                "Deep link received: " + String.join(", ", titles)));
    }

    private static void expectClaim(JWTClaimsSet claims, String name, String expected) {
        if (!expected.equals(claims.getClaim(name))) {
            throw new Refused(400, "invalid_request", name + " must be '" + expected + "', was '" + claims.getClaim(name) + "'.");
        }
    }

    private static SignedJWT parseJwt(String value, int status, String error, String what) {
        if (value == null || value.isBlank()) {
            throw new Refused(status, error, "The " + what + " is missing.");
        }
        try {
            return SignedJWT.parse(value);
        } catch (ParseException e) {
            throw new Refused(status, error, "The " + what + " is not a signed JWT: " + e.getMessage());
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt, int status, String error) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused(status, error, "The JWT's claims are not JSON: " + e.getMessage());
        }
    }

    /** Verifies an RS256 signature against the keys the tool publishes now at {@code B + "lti/jwks"}. */
    private void verifyWithToolKeys(SignedJWT jwt, int status, String error) {
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Refused(status, error, "The JWT is signed with " + jwt.getHeader().getAlgorithm() + "; RS256 is required.");
        }
        JWKSet toolKeys = toolKeys(status, error);
        String kid = jwt.getHeader().getKeyID();
        List<RSAKey> candidates = toolKeys.getKeys().stream().filter(k -> k instanceof RSAKey)
                .filter(k -> kid == null || kid.equals(k.getKeyID())).map(k -> (RSAKey) k).toList();
        if (candidates.isEmpty()) {
            throw new Refused(status, error, "The tool publishes no RSA key with kid '" + kid + "' at " + toolBaseUrl + "lti/jwks.");
        }
        for (RSAKey key : candidates) {
            try {
                if (jwt.verify(new RSASSAVerifier(key))) {
                    return;
                }
            } catch (JOSEException e) {
                // Try the next key; none verifying is reported below.
            }
        }
        throw new Refused(status, error, "The JWT's signature does not verify with the tool's published key '" + kid + "'.");
    }

    private JWKSet toolKeys(int status, String error) {
        String url = toolBaseUrl + "lti/jwks";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new Refused(status, error, "The tool's key set " + url + " answered HTTP " + response.statusCode() + ".");
            }
            return JWKSet.parse(response.body());
        } catch (IOException | ParseException e) {
            throw new Refused(status, error, "The tool's key set " + url + " could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(status, error, "Interrupted while fetching " + url + ".");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String autoSubmit(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Launching…</title></head>\n"
                + "<body onload=\"document.forms[0].submit()\">\n<form method=\"post\" action=\"" + escape(action) + "\">\n");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
                .append(escape(value)).append("\">\n"));
        return html.append("<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n</body></html>\n").toString();
    }

    private static String page(String title, String text) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n<body><p id=\"message\">"
                + escape(text) + "</p></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> parseForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String randomToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String firstWord(String name) {
        if (name == null) {
            return null;
        }
        int space = name.strip().indexOf(' ');
        return space < 0 ? name.strip() : name.strip().substring(0, space);
    }

    static String afterFirstWord(String name) {
        if (name == null) {
            return null;
        }
        int space = name.strip().indexOf(' ');
        return space < 0 ? "" : name.strip().substring(space + 1).strip();
    }
}
