package academy.triggerpoint.certification.credential;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of an Open Badges 3.0 {@code OpenBadgeCredential} (VC Data Model 2.0) for one certificate,
 * with the JWT registered claims a VC-JWT carries beside it ({@code iss}, {@code jti}, {@code nbf},
 * {@code iat}, {@code exp}), each equal to the credential property it mirrors.
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private OpenBadgeCredential() {
    }

    /** The credential's claims, in a stable order. */
    public static Map<String, Object> claims(CredentialFacts f) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        vc.put("id", f.credentialId());
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("name", f.achievement().name());
        vc.put("description", f.achievement().description());
        vc.put("issuer", map("id", f.issuer().did(), "type", List.of("Profile"), "name", f.issuer().name(),
                "url", f.issuer().url()));
        vc.put("validFrom", timestamp(f.validFrom()));
        if (f.validUntil() != null) {
            vc.put("validUntil", timestamp(f.validUntil()));
        }
        vc.put("awardedDate", timestamp(f.awardedAt()));
        vc.put("credentialSubject", map("type", List.of("AchievementSubject"),
                "identifier", List.of(
                        map("type", "IdentityObject", "identityHash", f.identityHash(),
                                "identityType", "emailAddress", "hashed", true, "salt", f.salt()),
                        map("type", "IdentityObject", "identityHash", f.learnerName(), "identityType", "name",
                                "hashed", false)),
                "achievement", achievement(f.achievement())));
        CredentialFacts.Evidence e = f.evidence();
        vc.put("evidence", List.of(map("id", e.url(), "type", List.of("Evidence"), "name", e.name(),
                "narrative", e.narrative())));
        vc.put("credentialStatus", map("id", f.status().listUrl() + "#" + f.status().position(),
                "type", "BitstringStatusListEntry", "statusPurpose", "revocation",
                "statusListIndex", Long.toString(f.status().position()), "statusListCredential", f.status().listUrl()));
        vc.put("credentialSchema", List.of(map("id", OB_SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        // The JWT registered claims, mirroring the credential (VC-JOSE-COSE allows them beside it).
        vc.put("iss", f.issuer().did());
        vc.put("jti", f.credentialId());
        vc.put("nbf", seconds(f.validFrom()));
        vc.put("iat", seconds(f.signedAt()));
        if (f.validUntil() != null) {
            vc.put("exp", seconds(f.validUntil()));
        }
        return vc;
    }

    private static Map<String, Object> achievement(CredentialFacts.Achievement a) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", a.id());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", a.name());
        achievement.put("description", a.description());
        achievement.put("criteria", map("narrative", a.narrative()));
        achievement.put("creditsAvailable", a.ceHours());
        achievement.put("fieldOfStudy", a.fieldOfStudy());
        achievement.put("humanCode", a.humanCode());
        achievement.put("inLanguage", a.language());
        List<Map<String, Object>> alignments = new ArrayList<>();
        for (CredentialFacts.Alignment al : a.alignments()) {
            Map<String, Object> alignment = map("type", List.of("Alignment"), "targetName", al.name(),
                    "targetUrl", al.url(), "targetCode", al.code(), "targetType", "ceasn:Competency");
            if (al.safetyCritical()) {
                alignment.put("targetDescription", "Safety-critical competency: a safety-critical mistake fails the "
                        + "assessment whatever the score.");
            }
            alignments.add(alignment);
        }
        achievement.put("alignment", alignments);
        // The delivery split as tags: OB 3.0 has no property for it, and tags keep the credential within
        // the published context (a term of our own would need a context of our own).
        List<String> tags = new ArrayList<>();
        tags.add("delivery-mode:" + a.deliveryMode());
        if (a.onlineHours() != null) {
            tags.add("online-hours:" + plain(a.onlineHours()));
        }
        if (a.inPersonHours() != null) {
            tags.add("in-person-hours:" + plain(a.inPersonHours()));
        }
        achievement.put("tag", tags);
        achievement.values().removeIf(java.util.Objects::isNull);
        return achievement;
    }

    /** "sha256$" and the hex SHA-256 of the email followed by the salt, as OB 3.0's IdentityObject describes. */
    public static String identityHash(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((email + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** A map in the order of its arguments (key, value, key, value ...), leaving out null values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
