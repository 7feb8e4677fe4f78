package academy.triggerpoint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.MutableClock;
import academy.triggerpoint.lti.TestPlatform.Launch;
import academy.triggerpoint.lti.TestPlatform.Member;
import academy.triggerpoint.lti.TestPlatform.ReceivedScore;
import academy.triggerpoint.lti.TestPlatform.Tweak;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake LMS on its own, driven by plain HTTP and a fake tool that only publishes its key set. */
class TestPlatformTest {

    private static RSAKey toolKey;
    private static RSAKey strangerKey;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private HttpServer tool;
    private String toolBase;
    private TestPlatform platform;

    @BeforeAll
    static void keys() throws JOSEException {
        toolKey = new RSAKeyGenerator(2048).keyID("tool-key-1").generate();
        // Same kid as the tool's key: only the signature can tell them apart.
        strangerKey = new RSAKeyGenerator(2048).keyID("tool-key-1").generate();
    }

    @BeforeEach
    void start() throws IOException {
        tool = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        tool.createContext("/lti/jwks", exchange -> {
            byte[] body = new JWKSet(toolKey.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tool.start();
        toolBase = "http://127.0.0.1:" + tool.getAddress().getPort() + "/";
        platform = TestPlatform.start(toolBase);
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.stop(0);
    }

    @Test
    void anIdTokenVerifiesAgainstThePublishedKeys() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/quiz/dn-basics/m1");
        SignedJWT token = SignedJWT.parse(platform.idToken(launch, "nonce-1", Tweak.NONE));

        assertThat(token.verify(new RSASSAVerifier(publishedKey(token)))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.issuer());
        assertThat(claims.getAudience()).containsExactly("tpa-test-client");
        assertThat(claims.getSubject()).isEqualTo("learner-7");
        assertThat(claims.getClaim("nonce")).isEqualTo("nonce-1");
        assertThat(claims.getClaim("given_name")).isEqualTo("Ana");
        assertThat(claims.getClaim("family_name")).isEqualTo("Pereira");
        assertThat(claims.getClaim(TestPlatform.CLAIM + "message_type")).isEqualTo("LtiResourceLinkRequest");
        assertThat(claims.getClaim(TestPlatform.CLAIM + "deployment_id")).isEqualTo("deployment-1");
        assertThat(claims.getClaim(TestPlatform.CLAIM + "target_link_uri")).isEqualTo(toolBase + "lti/quiz/dn-basics/m1");
        assertThat(claims.getStringListClaim(TestPlatform.CLAIM + "roles")).containsExactly(TestPlatform.LEARNER);
        assertThat(claims.getJSONObjectClaim(TestPlatform.AGS_CLAIM)).containsEntry("lineitem", platform.lineItemUrl("lineitem-1"));
        assertThat(claims.getClaim(TestPlatform.NRPS_CLAIM)).isNull();
        assertThat(claims.getClaim(TestPlatform.DEEP_LINKING_SETTINGS_CLAIM)).isNull();
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerify() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");
        SignedJWT forged = SignedJWT.parse(platform.idToken(launch, "nonce-1", Tweak.OTHER_KEY));

        assertThat(forged.getHeader().getKeyID()).isEqualTo(SignedJWT.parse(platform.idToken(launch, "n", Tweak.NONE)).getHeader().getKeyID());
        assertThat(forged.verify(new RSASSAVerifier(publishedKey(forged)))).isFalse();
    }

    @Test
    void afterARotationTokensCarryTheNewKeyAndBothKeysArePublished() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");
        String oldKid = SignedJWT.parse(platform.idToken(launch, "n", Tweak.NONE)).getHeader().getKeyID();

        String newKid = platform.rotateKey();

        SignedJWT token = SignedJWT.parse(platform.idToken(launch, "n", Tweak.NONE));
        assertThat(token.getHeader().getKeyID()).isEqualTo(newKid).isNotEqualTo(oldKid);
        assertThat(token.verify(new RSASSAVerifier(publishedKey(token)))).isTrue();
        JWKSet published = JWKSet.parse(get(URI.create(platform.jwksUrl()), "application/json").body());
        assertThat(published.getKeys()).extracting(key -> key.getKeyID()).containsExactly(oldKid, newKid);
    }

    @Test
    void eachTweakBreaksOnlyTheClaimItNames() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
        platform.clock(clock);
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");

        JWTClaimsSet plain = claims(platform.idToken(launch, "n", Tweak.NONE));
        assertThat(plain.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(plain.getExpirationTime().toInstant()).isAfter(clock.instant());
        assertThat(claims(platform.idToken(launch, "n", Tweak.WRONG_AUDIENCE)).getAudience()).containsExactly(TestPlatform.OTHER_CLIENT_ID);
        assertThat(claims(platform.idToken(launch, "n", Tweak.EXPIRED)).getExpirationTime().toInstant())
                .isBefore(clock.instant().minus(TestPlatform.SKEW));
        assertThat(claims(platform.idToken(launch, "n", Tweak.UNKNOWN_DEPLOYMENT)).getClaim(TestPlatform.CLAIM + "deployment_id"))
                .isEqualTo(TestPlatform.UNKNOWN_DEPLOYMENT_ID);
        assertThat(claims(platform.idToken(launch, "n", Tweak.WRONG_ISSUER)).getIssuer()).isEqualTo(TestPlatform.OTHER_ISSUER);
        JWTClaimsSet noNonce = claims(platform.idToken(launch, "n", Tweak.NO_NONCE));
        assertThat(noNonce.getClaims()).doesNotContainKey("nonce").containsKey("sub");
        assertThat(noNonce.getIssuer()).isEqualTo(platform.issuer());
    }

    @Test
    void theLaunchPagePostsTheLoginInitiationToTheTool() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");

        Element form = form(get(platform.launchPage(launch)));

        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(toolBase + "lti/login");
        Map<String, String> fields = fields(form);
        assertThat(fields).containsEntry("iss", platform.issuer()).containsEntry("login_hint", "learner-7")
                .containsEntry("target_link_uri", toolBase + "lti/course/dn-basics").containsEntry("client_id", "tpa-test-client")
                .containsEntry("lti_deployment_id", "deployment-1").containsKey("lti_message_hint");
        assertThat(platform.loginInitiation(launch).toString()).startsWith(toolBase + "lti/login?iss=");
    }

    @Test
    void theAuthorizationEndpointPostsTheIdTokenToTheRedirectUri() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");
        Map<String, String> login = fields(form(get(platform.launchPage(launch))));

        HttpResponse<String> response = post(URI.create(platform.authorizationUrl()), authenticationRequest(login, toolBase + "lti/launch"));

        assertThat(response.statusCode()).isEqualTo(200);
        Element form = form(Jsoup.parse(response.body()));
        assertThat(form.attr("action")).isEqualTo(toolBase + "lti/launch");
        Map<String, String> fields = fields(form);
        assertThat(fields).containsEntry("state", "state-1");
        SignedJWT idToken = SignedJWT.parse(fields.get("id_token"));
        assertThat(idToken.verify(new RSASSAVerifier(publishedKey(idToken)))).isTrue();
        assertThat(idToken.getJWTClaimsSet().getClaim("nonce")).isEqualTo("nonce-1");
        assertThat(idToken.getJWTClaimsSet().getSubject()).isEqualTo("learner-7");
        assertThat(platform.authorizationRequests()).singleElement().satisfies(r -> assertThat(r).containsEntry("prompt", "none"));
    }

    @Test
    void theAuthorizationEndpointRefusesARedirectUriThatIsNotTheTools() throws Exception {
        Launch launch = Launch.learner("learner-7", "Ana Pereira", "ana@example.org", toolBase + "lti/course/dn-basics");
        Map<String, String> login = fields(form(get(platform.launchPage(launch))));

        HttpResponse<String> response = post(URI.create(platform.authorizationUrl()),
                authenticationRequest(login, "https://attacker.example/lti/launch"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("redirect_uri").doesNotContain("id_token");
    }

    @Test
    void aClientAssertionSignedByTheToolGetsAnAccessTokenForTheScopesItAsked() throws Exception {
        HttpResponse<String> response = requestToken(clientAssertion(toolKey, platform.tokenUrl(), UUID.randomUUID().toString()),
                TestPlatform.SCORE_SCOPE + " https://example.org/unknown-scope");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"token_type\":\"Bearer\"", "\"expires_in\":3600", "\"access_token\"");
        assertThat(platform.tokenRequests()).containsExactly(TestPlatform.SCORE_SCOPE);
    }

    @Test
    void aReplayedOrMisaddressedClientAssertionIsRefused() throws Exception {
        String assertion = clientAssertion(toolKey, platform.tokenUrl(), "jti-1");
        assertThat(requestToken(assertion, TestPlatform.SCORE_SCOPE).statusCode()).isEqualTo(200);

        assertThat(requestToken(assertion, TestPlatform.SCORE_SCOPE).statusCode()).isEqualTo(400);
        assertThat(requestToken(clientAssertion(toolKey, platform.issuer(), "jti-2"), TestPlatform.SCORE_SCOPE).statusCode())
                .isEqualTo(400);
        assertThat(platform.tokenRequests()).hasSize(1);
    }

    @Test
    void aClientAssertionSignedByAnotherKeyIsRefused() throws Exception {
        HttpResponse<String> response = requestToken(clientAssertion(strangerKey, platform.tokenUrl(), "jti-1"), TestPlatform.SCORE_SCOPE);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_client");
        assertThat(platform.tokenRequests()).isEmpty();
    }

    @Test
    void aScorePostWithoutABearerTokenIsRefused() throws Exception {
        HttpResponse<String> response = postScore(platform.scoresUrl("lineitem-1"), null, score("learner-7", "8"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(platform.scores()).isEmpty();
    }

    @Test
    void aScorePostWithAGrantedTokenIsRecorded() throws Exception {
        HttpResponse<String> response = postScore(platform.scoresUrl("lineitem-1"), accessToken(TestPlatform.SCORE_SCOPE),
                score("learner-7", "8.5"));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(platform.scores()).containsExactly(new ReceivedScore("lineitem-1", "learner-7", new BigDecimal("8.5"),
                new BigDecimal("10"), "Passed", "Completed", "FullyGraded", "2026-11-22T09:00:00Z"));
    }

    @Test
    void aScorePostNeedsTheScoreScopeAndTheLineItemsQuery() throws Exception {
        String membershipToken = accessToken(TestPlatform.MEMBERSHIP_SCOPE);
        assertThat(postScore(platform.scoresUrl("lineitem-1"), membershipToken, score("learner-7", "8")).statusCode()).isEqualTo(403);

        String scoreToken = accessToken(TestPlatform.SCORE_SCOPE);
        // What a tool gets when it appends /scores to the whole line item URL, query and all.
        assertThat(postScore(platform.lineItemUrl("lineitem-1") + "/scores", scoreToken, score("learner-7", "8")).statusCode())
                .isEqualTo(405);
        assertThat(platform.scores()).isEmpty();
    }

    @Test
    void scorePostsFailWhileThePlatformIsToldToFail() throws Exception {
        String token = accessToken(TestPlatform.SCORE_SCOPE);
        platform.failNextScorePosts(1);

        assertThat(postScore(platform.scoresUrl("lineitem-1"), token, score("learner-7", "8")).statusCode()).isEqualTo(503);
        assertThat(postScore(platform.scoresUrl("lineitem-1"), token, score("learner-7", "8")).statusCode()).isEqualTo(204);
        assertThat(platform.scores()).hasSize(1);
    }

    @Test
    void theRosterServiceListsTheMembersPageByPage() throws Exception {
        platform.roster("context-1", List.of(Member.of("learner-7", "Ana Pereira", "ana@example.org", TestPlatform.LEARNER),
                Member.of("teacher-1", "Rui Costa", "rui@example.org", TestPlatform.INSTRUCTOR)));
        platform.membershipPageSize(1);
        String token = accessToken(TestPlatform.MEMBERSHIP_SCOPE);

        HttpResponse<String> first = getMembers(platform.membershipsUrl("context-1"), token);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        assertThat(first.body()).contains("\"user_id\":\"learner-7\"", "\"given_name\":\"Ana\"", "\"status\":\"Active\"")
                .doesNotContain("teacher-1");
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).endsWith("; rel=\"next\"");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        HttpResponse<String> second = getMembers(next, token);
        assertThat(second.body()).contains("\"user_id\":\"teacher-1\"", TestPlatform.INSTRUCTOR);
        assertThat(second.headers().firstValue("Link")).isEmpty();
        assertThat(getMembers(platform.membershipsUrl("context-1"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void aDeepLinkResponseSignedByTheToolIsRecorded() throws Exception {
        JWTClaimsSet request = claims(platform.idToken(Launch.instructorDeepLinking("teacher-1", "Rui Costa", "rui@example.org"),
                "n", Tweak.NONE));
        Map<String, Object> settings = request.getJSONObjectClaim(TestPlatform.DEEP_LINKING_SETTINGS_CLAIM);
        assertThat(settings).containsEntry("deep_link_return_url", platform.deepLinkReturnUrl());

        HttpResponse<String> response = post(URI.create(platform.deepLinkReturnUrl()),
                Map.of("JWT", deepLinkResponse(toolKey, (String) settings.get("data"))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).text()).contains("Deep link received: Upper trapezius quiz");
        assertThat(platform.deepLinks()).singleElement().satisfies(link -> {
            assertThat(link.titles()).containsExactly("Upper trapezius quiz");
            assertThat(link.urls()).containsExactly(toolBase + "lti/quiz/dn-basics/m1");
            assertThat(link.data()).isEqualTo(settings.get("data"));
            assertThat(link.claims()).containsEntry("iss", "tpa-test-client");
        });
    }

    @Test
    void aDeepLinkResponseSignedByAnotherKeyOrWithoutTheRequestsDataIsRefused() throws Exception {
        JWTClaimsSet request = claims(platform.idToken(Launch.instructorDeepLinking("teacher-1", "Rui Costa", "rui@example.org"),
                "n", Tweak.NONE));
        String data = (String) request.getJSONObjectClaim(TestPlatform.DEEP_LINKING_SETTINGS_CLAIM).get("data");

        HttpResponse<String> forged = post(URI.create(platform.deepLinkReturnUrl()), Map.of("JWT", deepLinkResponse(strangerKey, data)));
        HttpResponse<String> invented = post(URI.create(platform.deepLinkReturnUrl()),
                Map.of("JWT", deepLinkResponse(toolKey, "data-the-platform-never-sent")));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Deep link refused", "signature");
        assertThat(invented.statusCode()).isEqualTo(400);
        assertThat(platform.deepLinks()).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private RSAKey publishedKey(SignedJWT token) throws Exception {
        JWKSet keys = JWKSet.parse(get(URI.create(platform.jwksUrl()), "application/json").body());
        assertThat(keys.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        return (RSAKey) keys.getKeyByKeyId(token.getHeader().getKeyID());
    }

    private static JWTClaimsSet claims(String jwt) throws Exception {
        return SignedJWT.parse(jwt).getJWTClaimsSet();
    }

    private static Map<String, String> authenticationRequest(Map<String, String> login, String redirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", login.get("client_id"));
        params.put("redirect_uri", redirectUri);
        params.put("login_hint", login.get("login_hint"));
        params.put("lti_message_hint", login.get("lti_message_hint"));
        params.put("state", "state-1");
        params.put("nonce", "nonce-1");
        return params;
    }

    private String clientAssertion(RSAKey key, String audience, String jti) throws JOSEException {
        Instant now = platform.clockInstant();
        return sign(key, new JWTClaimsSet.Builder().issuer("tpa-test-client").subject("tpa-test-client").audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).jwtID(jti).build());
    }

    private String deepLinkResponse(RSAKey key, String data) throws JOSEException {
        Instant now = platform.clockInstant();
        return sign(key, new JWTClaimsSet.Builder().issuer("tpa-test-client").audience(platform.issuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", UUID.randomUUID().toString())
                .claim(TestPlatform.CLAIM + "deployment_id", "deployment-1")
                .claim(TestPlatform.CLAIM + "message_type", "LtiDeepLinkingResponse")
                .claim(TestPlatform.CLAIM + "version", "1.3.0")
                .claim(TestPlatform.DEEP_LINKING_DATA_CLAIM, data)
                .claim(TestPlatform.DEEP_LINKING_ITEMS_CLAIM, List.of(Map.of("type", "ltiResourceLink", "title", "Upper trapezius quiz",
                        "url", toolBase + "lti/quiz/dn-basics/m1", "lineItem", Map.of("scoreMaximum", 10, "label", "Upper trapezius quiz"))))
                .build());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> requestToken(String assertion, String scope) throws Exception {
        return post(URI.create(platform.tokenUrl()), Map.of("grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion, "scope", scope));
    }

    private String accessToken(String scope) throws Exception {
        HttpResponse<String> response = requestToken(clientAssertion(toolKey, platform.tokenUrl(), UUID.randomUUID().toString()), scope);
        assertThat(response.statusCode()).isEqualTo(200);
        return (String) com.nimbusds.jose.util.JSONObjectUtils.parse(response.body()).get("access_token");
    }

    private static String score(String userId, String given) {
        return "{\"userId\":\"" + userId + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":10,\"comment\":\"Passed\","
                + "\"timestamp\":\"2026-11-22T09:00:00Z\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}";
    }

    private HttpResponse<String> postScore(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/vnd.ims.lis.v1.score+json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getMembers(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document get(URI uri) throws Exception {
        HttpResponse<String> response = get(uri, "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> get(URI uri, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Element form(Document page) {
        Element form = page.selectFirst("form");
        assertThat(form).as("an auto-submitting form in %s", page.outerHtml()).isNotNull();
        return form;
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }
}
