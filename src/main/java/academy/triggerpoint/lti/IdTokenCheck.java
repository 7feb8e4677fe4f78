package academy.triggerpoint.lti;

import academy.triggerpoint.lti.LaunchRefused.Check;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim checks of an id_token whose signature has been verified (1EdTech Security Framework 1.0
 * §5.1.3 and LTI 1.3 §5.3): issuer, audience and authorized party, expiry and issue time, nonce,
 * deployment, message type and version, subject. Pure: no clock, no database.
 */
final class IdTokenCheck {

    /** Clock difference between platform and tool that is tolerated on exp and iat. */
    static final Duration SKEW = Duration.ofSeconds(60);

    private IdTokenCheck() {
    }

    /** What a platform registration says a token must carry. */
    record Expected(String issuer, String clientId, Set<String> deploymentIds, String nonce) {
    }

    /** A launch's claims, checked. */
    record LaunchClaims(String subject, String messageType, String deploymentId, String name, String email,
                        List<String> roles, String targetLinkUri, String resourceLinkId, String contextId, String contextTitle,
                        String lineItemUrl, boolean mayPostScores, String membershipsUrl,
                        Map<String, Object> deepLinkingSettings) {
    }

    static LaunchClaims check(JWTClaimsSet claims, Expected expected, Instant now) {
        if (!expected.issuer().equals(claims.getIssuer())) {
            throw new LaunchRefused(Check.ISSUER, "The token was issued by '" + claims.getIssuer() + "', not by the platform the"
                    + " launch started from ('" + expected.issuer() + "').");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(expected.clientId())) {
            throw new LaunchRefused(Check.AUDIENCE, "The token is meant for " + audience + ", not for this tool's client id '"
                    + expected.clientId() + "'.");
        }
        String azp = string(claims, "azp");
        if ((audience.size() > 1 || azp != null) && !expected.clientId().equals(azp)) {
            throw new LaunchRefused(Check.AUDIENCE, "The token names several audiences but its authorized party is '" + azp
                    + "', not this tool's client id.");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            throw new LaunchRefused(Check.EXPIRED, exp == null ? "The token has no expiry time."
                    : "The token expired at " + exp.toInstant() + ".");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw new LaunchRefused(Check.EXPIRED, iat == null ? "The token has no issue time."
                    : "The token claims to be issued in the future (" + iat.toInstant() + ").");
        }
        String nonce = string(claims, "nonce");
        if (nonce == null || !nonce.equals(expected.nonce())) {
            throw new LaunchRefused(Check.NONCE, nonce == null ? "The token has no nonce."
                    : "The token's nonce is not the one this launch was given (a replayed or forged token).");
        }
        String deployment = string(claims, LtiClaims.DEPLOYMENT_ID);
        if (deployment == null || !expected.deploymentIds().contains(deployment)) {
            throw new LaunchRefused(Check.DEPLOYMENT, "Deployment '" + deployment + "' is not registered for this platform."
                    + " An administrator adds it under LTI platforms.");
        }
        String version = string(claims, LtiClaims.VERSION);
        String messageType = string(claims, LtiClaims.MESSAGE_TYPE);
        if (!LtiClaims.LTI_VERSION.equals(version)) {
            throw new LaunchRefused(Check.MESSAGE_TYPE, "LTI version '" + version + "' is not supported; this tool speaks 1.3.0.");
        }
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType) && !LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)) {
            throw new LaunchRefused(Check.MESSAGE_TYPE, "Message type '" + messageType + "' is not supported; this tool accepts "
                    + LtiClaims.RESOURCE_LINK_REQUEST + " and " + LtiClaims.DEEP_LINKING_REQUEST + ".");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new LaunchRefused(Check.SUBJECT, "The token does not say who is launching (no subject), and this tool does not"
                    + " take anonymous launches.");
        }
        Map<String, Object> resourceLink = object(claims, LtiClaims.RESOURCE_LINK);
        String resourceLinkId = resourceLink == null ? null : (String) resourceLink.get("id");
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType) && (resourceLinkId == null || resourceLinkId.isBlank())) {
            throw new LaunchRefused(Check.MESSAGE_TYPE, "A resource link launch must name its resource link.");
        }
        Map<String, Object> deepLinking = object(claims, LtiClaims.DEEP_LINKING_SETTINGS);
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)
                && (deepLinking == null || !(deepLinking.get("deep_link_return_url") instanceof String))) {
            throw new LaunchRefused(Check.MESSAGE_TYPE, "A deep linking request must say where to return the chosen links.");
        }
        Map<String, Object> context = object(claims, LtiClaims.CONTEXT);
        Map<String, Object> ags = object(claims, LtiClaims.AGS_ENDPOINT);
        Object scopes = ags == null ? null : ags.get("scope");
        Map<String, Object> nrps = object(claims, LtiClaims.NRPS);
        return new LaunchClaims(subject, messageType, deployment, name(claims), string(claims, "email"), strings(claims, LtiClaims.ROLES),
                string(claims, LtiClaims.TARGET_LINK_URI), resourceLinkId,
                context == null ? null : (String) context.get("id"),
                context == null ? null : (String) (context.get("title") != null ? context.get("title") : context.get("label")),
                ags == null ? null : (String) ags.get("lineitem"),
                scopes instanceof List<?> list && list.contains(LtiClaims.SCORE_SCOPE),
                nrps == null ? null : (String) nrps.get("context_memberships_url"),
                deepLinking);
    }

    private static String name(JWTClaimsSet claims) {
        String name = string(claims, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = string(claims, "given_name");
        String family = string(claims, "family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String string(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : null;
    }

    private static List<String> strings(JWTClaimsSet claims, String name) {
        try {
            List<String> list = claims.getStringListClaim(name);
            return list == null ? List.of() : list;
        } catch (ParseException e) {
            return List.of();
        }
    }

    private static Map<String, Object> object(JWTClaimsSet claims, String name) {
        try {
            return claims.getJSONObjectClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
