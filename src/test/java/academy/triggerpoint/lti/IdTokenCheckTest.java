package academy.triggerpoint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.lti.LaunchRefused.Check;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class IdTokenCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final IdTokenCheck.Expected EXPECTED = new IdTokenCheck.Expected("https://lms.example.org", "client-1",
            Set.of("deployment-1"), "nonce-1");

    private static JWTClaimsSet token(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("https://lms.example.org").audience("client-1")
                .subject("user-7").issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("nonce", "nonce-1").claim("name", "Ana Silva").claim("email", "ana@clinic.example")
                .claim(LtiClaims.DEPLOYMENT_ID, "deployment-1").claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1"))
                .claim(LtiClaims.TARGET_LINK_URI, "https://academy.example.org/lti/quiz/c/m")
                .claim(LtiClaims.ROLES, List.of(LtiClaims.INSTRUCTOR))
                .claim(LtiClaims.CONTEXT, Map.of("id", "ctx-1", "title", "Physio 301"))
                .claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of(LtiClaims.SCORE_SCOPE), "lineitem", "https://lms/li/1"));
        return change.apply(claims).build();
    }

    private static Check refusal(UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            IdTokenCheck.check(token(change), EXPECTED, NOW);
            throw new AssertionError("accepted");
        } catch (LaunchRefused refused) {
            return refused.check();
        }
    }

    @Test
    void a_complete_resource_link_launch_is_accepted_with_its_claims() {
        IdTokenCheck.LaunchClaims claims = IdTokenCheck.check(token(b -> b), EXPECTED, NOW);
        assertThat(claims.subject()).isEqualTo("user-7");
        assertThat(claims.name()).isEqualTo("Ana Silva");
        assertThat(claims.contextTitle()).isEqualTo("Physio 301");
        assertThat(claims.lineItemUrl()).isEqualTo("https://lms/li/1");
        assertThat(claims.mayPostScores()).isTrue();
        assertThat(claims.roles()).containsExactly(LtiClaims.INSTRUCTOR);
    }

    @Test
    void each_claim_that_is_wrong_is_refused_by_its_own_check() {
        assertThat(refusal(b -> b.issuer("https://evil.example"))).isEqualTo(Check.ISSUER);
        assertThat(refusal(b -> b.audience("someone-else"))).isEqualTo(Check.AUDIENCE);
        assertThat(refusal(b -> b.audience(List.of("client-1", "other")))).isEqualTo(Check.AUDIENCE);
        assertThat(refusal(b -> b.expirationTime(Date.from(NOW.minusSeconds(120))))).isEqualTo(Check.EXPIRED);
        assertThat(refusal(b -> b.issueTime(Date.from(NOW.plusSeconds(600))))).isEqualTo(Check.EXPIRED);
        assertThat(refusal(b -> b.claim("nonce", "nonce-2"))).isEqualTo(Check.NONCE);
        assertThat(refusal(b -> b.claim("nonce", null))).isEqualTo(Check.NONCE);
        assertThat(refusal(b -> b.claim(LtiClaims.DEPLOYMENT_ID, "deployment-9"))).isEqualTo(Check.DEPLOYMENT);
        assertThat(refusal(b -> b.claim(LtiClaims.VERSION, "1.1"))).isEqualTo(Check.MESSAGE_TYPE);
        assertThat(refusal(b -> b.claim(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest"))).isEqualTo(Check.MESSAGE_TYPE);
        assertThat(refusal(b -> b.claim(LtiClaims.RESOURCE_LINK, null))).isEqualTo(Check.MESSAGE_TYPE);
        assertThat(refusal(b -> b.subject(null))).isEqualTo(Check.SUBJECT);
    }

    @Test
    void several_audiences_are_accepted_when_the_authorized_party_is_this_tool() {
        assertThat(IdTokenCheck.check(token(b -> b.audience(List.of("client-1", "other")).claim("azp", "client-1")), EXPECTED, NOW)
                .subject()).isEqualTo("user-7");
    }

    @Test
    void a_minute_of_clock_difference_is_tolerated_and_no_more() {
        assertThat(IdTokenCheck.check(token(b -> b.expirationTime(Date.from(NOW.minusSeconds(50)))), EXPECTED, NOW)).isNotNull();
        assertThat(refusal(b -> b.expirationTime(Date.from(NOW.minusSeconds(61))))).isEqualTo(Check.EXPIRED);
    }

    @Test
    void a_deep_linking_request_must_say_where_to_return() {
        assertThat(refusal(b -> b.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST).claim(LtiClaims.RESOURCE_LINK, null)))
                .isEqualTo(Check.MESSAGE_TYPE);
        IdTokenCheck.LaunchClaims claims = IdTokenCheck.check(token(b -> b.claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "https://lms/return", "data", "d"))), EXPECTED, NOW);
        assertThat(claims.deepLinkingSettings()).containsEntry("deep_link_return_url", "https://lms/return");
    }

    @Test
    void a_name_is_made_of_given_and_family_names_when_the_platform_sends_no_full_name() {
        assertThat(IdTokenCheck.check(token(b -> b.claim("name", null).claim("given_name", "Ana").claim("family_name", "Silva")),
                EXPECTED, NOW).name()).isEqualTo("Ana Silva");
    }

    @Test
    void scores_may_be_posted_only_when_the_platform_grants_the_score_scope() {
        assertThat(IdTokenCheck.check(token(b -> b.claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", List.of(), "lineitem", "x"))),
                EXPECTED, NOW).mayPostScores()).isFalse();
    }

    @Test
    void the_refusal_explains_what_was_expected() {
        assertThatThrownBy(() -> IdTokenCheck.check(token(b -> b.claim(LtiClaims.DEPLOYMENT_ID, "deployment-9")), EXPECTED, NOW))
                .hasMessageContaining("deployment-9").hasMessageContaining("LTI platforms");
    }
}
