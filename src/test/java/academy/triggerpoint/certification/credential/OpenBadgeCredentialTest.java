package academy.triggerpoint.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.certification.CredentialCheck;
import academy.triggerpoint.certification.CredentialCheck.Outcome;
import academy.triggerpoint.certification.CredentialCheck.Reason;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenBadgeCredentialTest {

    static final String DID = "did:web:academy.example.org";
    static final String KID = DID + "#key-1";
    static final String LIST = "https://academy.example.org/credentials/status/1";
    static final Instant ISSUED = Instant.parse("2026-11-22T10:15:30Z");
    static final Instant UNTIL = Instant.parse("2028-11-22T09:00:00Z");

    static final KeyPair KEY = key();
    static final KeyPair STRANGER = key();

    static CredentialFacts facts(long position) {
        return new CredentialFacts("urn:uuid:6a1c8d2e-1b8e-4c7e-9a1f-1e9c3f0a7d11",
                new CredentialFacts.Issuer(DID, "Trigger Point Academy", "https://academy.example.org"), ISSUED, ISSUED,
                Instant.parse("2026-11-22T09:00:00Z"), UNTIL, OpenBadgeCredential.identityHash("zoe@example.org", "a1b2c3"),
                "a1b2c3", "Zoë Łukasz Ngũgĩ",
                new CredentialFacts.Achievement("urn:uuid:0f3e8a52-4a7a-3d3f-9a8e-4e2b1f0c9d21", "Dry Needling Foundations (version 1.1.1)",
                        "An evidence-informed introduction to dry needling.", "Awarded with a weighted score of at least 80%.",
                        new BigDecimal("6.5"), new BigDecimal("6.5"), BigDecimal.ZERO, "online-self-paced",
                        "Physiotherapy: dry needling", "en", "dry-needling-foundations 1.1.1",
                        List.of(new CredentialFacts.Alignment("needle-safety", "Needle safety and contraindications",
                                        "urn:uuid:7d1f3f7e-0b7c-3c55-8f43-3f5b7c0e9a01", true),
                                new CredentialFacts.Alignment("clinical-reasoning", "Clinical reasoning",
                                        "urn:uuid:7d1f3f7e-0b7c-3c55-8f43-3f5b7c0e9a02", false))),
                new CredentialFacts.Evidence("https://academy.example.org/verify/7KQ2-M9XD", "Certificate 7KQ2-M9XD",
                        "Completed the course; answers are not disclosed."),
                new CredentialFacts.StatusEntry(LIST, position));
    }

    static String signed(CredentialFacts facts) {
        return CredentialJws.sign(OpenBadgeCredential.claims(facts), (ECPrivateKey) KEY.getPrivate(), KID);
    }

    @Test
    void the_credential_says_what_the_certificate_says_in_open_badges_3_terms() {
        JsonNode vc = IndependentCheck.payload(signed(facts(42)));

        assertThat(vc.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]");
        assertThat(vc.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(vc.at("/issuer/id").asString()).isEqualTo(DID);
        assertThat(vc.at("/issuer/url").asString()).isEqualTo("https://academy.example.org");
        assertThat(vc.get("validFrom").asString()).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(vc.get("validUntil").asString()).isEqualTo("2028-11-22T09:00:00Z");
        JsonNode email = vc.at("/credentialSubject/identifier/0");
        assertThat(email.get("identityType").asString()).isEqualTo("emailAddress");
        assertThat(email.get("hashed").asBoolean()).isTrue();
        assertThat(email.get("identityHash").asString()).isEqualTo("sha256$" + sha256Hex("zoe@example.orga1b2c3"))
                .doesNotContain("zoe");
        assertThat(vc.at("/credentialSubject/identifier/1/identityHash").asString()).isEqualTo("Zoë Łukasz Ngũgĩ");
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertThat(achievement.get("achievementType").asString()).isEqualTo("Certificate");
        assertThat(achievement.get("creditsAvailable").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(achievement.at("/criteria/narrative").asString()).contains("80%");
        assertThat(achievement.get("alignment")).hasSize(2);
        assertThat(achievement.at("/alignment/0/targetDescription").asString()).contains("Safety-critical");
        assertThat(achievement.get("tag").toString()).contains("delivery-mode:online-self-paced", "online-hours:6.5",
                "in-person-hours:0");
        assertThat(vc.at("/evidence/0/id").asString()).isEqualTo("https://academy.example.org/verify/7KQ2-M9XD");
        assertThat(vc.at("/credentialStatus/type").asString()).isEqualTo("BitstringStatusListEntry");
        assertThat(vc.at("/credentialStatus/statusListIndex").asString()).isEqualTo("42");
        assertThat(vc.at("/credentialStatus/statusListCredential").asString()).isEqualTo(LIST);
        assertThat(vc.get("iss").asString()).isEqualTo(DID);
        assertThat(vc.get("jti").asString()).isEqualTo(vc.get("id").asString());
        assertThat(vc.get("nbf").asLong()).isEqualTo(ISSUED.getEpochSecond());
        assertThat(vc.get("exp").asLong()).isEqualTo(UNTIL.getEpochSecond());
    }

    @Test
    void the_signed_credential_passes_the_open_badges_schema_and_an_independent_es256_check() throws Exception {
        String jws = signed(facts(42));

        assertThat(IndependentCheck.schemaErrors(jws)).isEmpty();
        JsonNode header = IndependentCheck.header(jws);
        assertThat(header.get("alg").asString()).isEqualTo("ES256");
        assertThat(header.get("typ").asString()).isEqualTo("vc+jwt");
        assertThat(header.get("kid").asString()).isEqualTo(KID);
        assertThat(IndependentCheck.signatureHolds(jws, jwk(KEY))).isTrue();
        assertThat(IndependentCheck.signatureHolds(jws, jwk(STRANGER))).isFalse();
    }

    @Test
    void the_schema_is_not_a_rubber_stamp() {
        JsonNode vc = IndependentCheck.payload(signed(facts(42)));
        var broken = (tools.jackson.databind.node.ObjectNode) vc.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.at("/credentialSubject/achievement")).remove("criteria");
        ((tools.jackson.databind.node.ObjectNode) broken.at("/credentialSubject/identifier/0")).put("identityHash", "zoe@example.org");
        broken.remove("validFrom");

        assertThat(IndependentCheck.schemaErrors(broken)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_credential_signed_by_us_in_date_and_not_in_the_list_is_valid_with_its_facts() {
        CredentialCheck check = verifier(clearList()).check(signed(facts(42)), ISSUED.plusSeconds(60));

        assertThat(check.outcome()).isEqualTo(Outcome.VALID);
        assertThat(check.learnerName()).isEqualTo("Zoë Łukasz Ngũgĩ");
        assertThat(check.achievementName()).isEqualTo("Dry Needling Foundations (version 1.1.1)");
        assertThat(check.issuerName()).isEqualTo("Trigger Point Academy");
        assertThat(check.validUntil()).isEqualTo(LocalDate.of(2028, 11, 22));
    }

    @Test
    void its_bit_set_in_the_status_list_makes_it_revoked_and_a_neighbours_bit_does_not() {
        assertThat(verifier(list(List.of(42))).check(signed(facts(42)), ISSUED).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(verifier(list(List.of(41, 43))).check(signed(facts(42)), ISSUED).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void dates_decide_expired_and_not_yet_valid() {
        assertThat(verifier(clearList()).check(signed(facts(1)), UNTIL).reason()).isEqualTo(Reason.PAST_VALID_UNTIL);
        assertThat(verifier(clearList()).check(signed(facts(1)), ISSUED.minusSeconds(1)).reason())
                .isEqualTo(Reason.BEFORE_VALID_FROM);
    }

    @Test
    void one_changed_character_in_the_payload_or_the_signature_is_tampering() {
        String jws = signed(facts(42));
        int payloadMiddle = (jws.indexOf('.') + jws.lastIndexOf('.')) / 2;
        int signatureMiddle = jws.lastIndexOf('.') + 40;

        for (String tampered : List.of(changeOne(jws, payloadMiddle), changeOne(jws, signatureMiddle))) {
            CredentialCheck check = verifier(clearList()).check(tampered, ISSUED);
            assertThat(check.outcome()).as(tampered).isEqualTo(Outcome.TAMPERED);
            assertThat(check.learnerName()).as("nothing from a tampered credential is shown").isNull();
        }
    }

    @Test
    void a_changed_character_anywhere_in_the_header_never_leaves_a_valid_credential() {
        String jws = signed(facts(42));
        for (int at = 0; at < jws.indexOf('.'); at++) {
            CredentialCheck check = verifier(clearList()).check(changeOne(jws, at), ISSUED);
            assertThat(check.outcome()).as("header character %d", at).isIn(Outcome.TAMPERED, Outcome.UNKNOWN_ISSUER);
        }
    }

    @Test
    void a_credential_signed_by_a_key_we_never_published_is_from_an_unknown_issuer() {
        String foreign = CredentialJws.sign(OpenBadgeCredential.claims(facts(42)), (ECPrivateKey) STRANGER.getPrivate(),
                "did:web:elsewhere.example#key-1");
        String impostor = CredentialJws.sign(OpenBadgeCredential.claims(facts(42)), (ECPrivateKey) STRANGER.getPrivate(), KID);

        assertThat(verifier(clearList()).check(foreign, ISSUED).reason()).isEqualTo(Reason.KEY_NOT_PUBLISHED);
        assertThat(verifier(clearList()).check(impostor, ISSUED).reason()).as("our key id, someone else's signature")
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void an_unsigned_token_claiming_alg_none_is_refused() {
        String payload = signed(facts(42)).split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"alg\":\"none\",\"kid\":\"" + KID + "\"}").getBytes()) + "." + payload + ".";

        assertThat(verifier(clearList()).check(none, ISSUED).outcome()).isEqualTo(Outcome.TAMPERED);
    }

    @Test
    void a_status_list_that_cannot_be_fetched_or_trusted_gives_status_unknown_never_valid() {
        CredentialVerifier unreachable = new CredentialVerifier(this::keys, url -> {
            throw new java.io.IOException("connection refused");
        });
        String foreignList = CredentialJws.sign(StatusListCredential.claims(LIST, DID, BitstringStatusList.encode(List.of()),
                ISSUED, 300_000), (ECPrivateKey) STRANGER.getPrivate(), KID);
        String otherListsId = CredentialJws.sign(StatusListCredential.claims(LIST + "0", DID,
                BitstringStatusList.encode(List.of()), ISSUED, 300_000), (ECPrivateKey) KEY.getPrivate(), KID);

        assertThat(unreachable.check(signed(facts(42)), ISSUED).reason()).isEqualTo(Reason.STATUS_LIST_UNREACHABLE);
        assertThat(verifier(foreignList).check(signed(facts(42)), ISSUED).reason()).isEqualTo(Reason.STATUS_LIST_INVALID);
        assertThat(verifier(otherListsId).check(signed(facts(42)), ISSUED).reason()).isEqualTo(Reason.STATUS_LIST_INVALID);
        assertThat(verifier("not a jws").check(signed(facts(42)), ISSUED).outcome()).isEqualTo(Outcome.STATUS_UNKNOWN);
    }

    private Optional<ECPublicKey> keys(String kid) {
        return kid.equals(KID) ? Optional.of((ECPublicKey) KEY.getPublic()) : Optional.empty();
    }

    private CredentialVerifier verifier(String statusList) {
        return new CredentialVerifier(this::keys, url -> {
            assertThat(url).isEqualTo(LIST);
            return statusList;
        });
    }

    static String clearList() {
        return list(List.of());
    }

    static String list(List<Integer> set) {
        Map<String, Object> claims = StatusListCredential.claims(LIST, DID, BitstringStatusList.encode(set), ISSUED, 300_000);
        return CredentialJws.sign(claims, (ECPrivateKey) KEY.getPrivate(), KID);
    }

    static String changeOne(String text, int at) {
        char replacement = text.charAt(at) == 'A' ? 'B' : 'A';
        return text.substring(0, at) + replacement + text.substring(at + 1);
    }

    static String jwk(KeyPair pair) {
        return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic()).build().toJSONString();
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
