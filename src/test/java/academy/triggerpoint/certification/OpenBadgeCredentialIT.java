package academy.triggerpoint.certification;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.CredentialCheck.Outcome;
import academy.triggerpoint.certification.CredentialCheck.Reason;
import academy.triggerpoint.certification.credential.BadgeImage;
import academy.triggerpoint.certification.credential.BitstringStatusList;
import academy.triggerpoint.certification.credential.CredentialJws;
import academy.triggerpoint.certification.credential.IndependentCheck;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.domain.CredentialStore;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Credentials issued, revoked, reissued, regenerated and expired as production does it, and checked as a third party would. */
@IntegrationTest
class OpenBadgeCredentialIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired BackgroundWork background;
    @Autowired AccountRepository accounts;
    @Autowired CertificateService certificates;
    @Autowired CertificateAdministration administration;
    @Autowired CertificateBatches batches;
    @Autowired CertificateRepository rows;
    @Autowired CredentialService credentials;
    @Autowired CredentialStore store;
    @Autowired IssuerKeys keys;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private Instant start;

    @BeforeEach
    void rememberTheDate() {
        start = clock.instant();
    }

    @AfterEach
    void signOutAndPutTheClockBack() {
        SignIn.out();
        clock.set(start);
    }

    private String certificateOf(String name) {
        LoginAccount learner = TestAccounts.create(accounts, name);
        SignIn.as(learner);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        String code = certificates.mine().getFirst().code();
        SignIn.out();
        return code;
    }

    private CredentialStore.Stored credentialOf(String code) {
        return store.ofCertificate(rows.findByCode(code).orElseThrow().getId()).orElseThrow();
    }

    private void asAdmin() {
        SignIn.as(TestAccounts.create(accounts, "Credential Admin", Role.ADMIN));
    }

    private CredentialCheck check(String jws) {
        return credentials.check(jws.getBytes(StandardCharsets.UTF_8));
    }

    private boolean bitOf(String jws) {
        JsonNode status = IndependentCheck.payload(jws).get("credentialStatus");
        String list = credentials.statusList(Long.parseLong(status.get("statusListCredential").asString()
                .replaceAll(".*/", ""))).orElseThrow();
        byte[] bits = BitstringStatusList.decode(IndependentCheck.payload(list).at("/credentialSubject/encodedList").asString());
        return BitstringStatusList.isSet(bits, Long.parseLong(status.get("statusListIndex").asString()));
    }

    @Test
    void completing_a_course_issues_a_signed_open_badge_that_passes_the_schema_and_an_independent_signature_check()
            throws Exception {
        String code = certificateOf("Zoë Credential Holder");
        String jws = credentialOf(code).jws();

        assertThat(IndependentCheck.schemaErrors(jws)).isEmpty();
        String kid = IndependentCheck.header(jws).get("kid").asString();
        assertThat(kid).startsWith("did:web:localhost%3A8080#");
        JsonNode published = null;
        for (JsonNode key : JSON.readTree(credentials.jwks()).get("keys")) {
            if (key.get("kid").asString().equals(kid)) {
                published = key;
            }
        }
        assertThat(published).as("the signing key is in the JWKS").isNotNull();
        assertThat(published.has("d")).as("and only its public part").isFalse();
        assertThat(IndependentCheck.signatureHolds(jws, published.toString())).isTrue();
        JsonNode did = JSON.readTree(credentials.didDocument());
        assertThat(did.get("id").asString()).isEqualTo("did:web:localhost%3A8080");
        assertThat(did.get("assertionMethod").toString()).contains(kid);

        JsonNode vc = IndependentCheck.payload(jws);
        assertThat(vc.at("/credentialSubject/identifier/1/identityHash").asString()).isEqualTo("Zoë Credential Holder");
        assertThat(vc.at("/credentialSubject/achievement/name").asString()).startsWith("Introduction to Trigger Points");
        assertThat(vc.at("/credentialSubject/achievement/creditsAvailable").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(vc.at("/credentialSubject/achievement/criteria/narrative").asString()).contains("at least");
        assertThat(vc.at("/evidence/0/id").asString()).isEqualTo("http://localhost:8080/verify/" + code);
        var certificate = rows.findByCode(code).orElseThrow();
        assertThat(Instant.parse(vc.get("validFrom").asString())).isEqualTo(certificate.getIssuedAt().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat(Instant.parse(vc.get("validUntil").asString())).isEqualTo(certificate.getExpiresAt().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat(check(jws).outcome()).isEqualTo(Outcome.VALID);
        assertThat(credentials.publicCredential(code)).contains(jws);
    }

    @Test
    void the_learner_downloads_json_and_a_baked_badge_and_both_verify_but_nobody_else_gets_them() {
        String code = certificateOf("Badge Downloader");
        SignIn.as(accounts.findAll().stream().filter(a -> a.getFullName().equals("Badge Downloader")).findFirst()
                .map(a -> new LoginAccount(a.getId(), a.getEmail(), a.getFullName(), "", true, true, a.getRoles()))
                .orElseThrow());
        String json = credentials.credentialJson(code).orElseThrow();
        byte[] badge = credentials.badge(code).orElseThrow();
        SignIn.as(TestAccounts.create(accounts, "Somebody Else"));
        assertThat(credentials.credentialJson(code)).isEmpty();
        assertThat(credentials.badge(code)).isEmpty();
        SignIn.out();

        assertThat(JSON.readTree(json).get("type").asString()).isEqualTo("EnvelopedVerifiableCredential");
        assertThat(JSON.readTree(json).get("id").asString()).isEqualTo("data:application/vc+jwt," + credentialOf(code).jws());
        assertThat(BadgeImage.unbake(badge)).contains(credentialOf(code).jws());
        assertThat(credentials.check(json.getBytes(StandardCharsets.UTF_8)).outcome()).isEqualTo(Outcome.VALID);
        assertThat(credentials.check(badge).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void revoking_a_certificate_flips_its_bit_in_the_signed_status_list_and_its_credential_verifies_as_revoked() {
        String code = certificateOf("Soon Revoked");
        String jws = credentialOf(code).jws();
        assertThat(bitOf(jws)).isFalse();
        assertThat(check(jws).outcome()).isEqualTo(Outcome.VALID);

        asAdmin();
        administration.revoke(code, "Completed with a shared account");

        assertThat(bitOf(jws)).isTrue();
        CredentialCheck revoked = check(jws);
        assertThat(revoked.outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(revoked.learnerName()).isEqualTo("Soon Revoked");
        String list = credentials.statusList(1).orElseThrow();
        assertThat(IndependentCheck.header(list).get("kid").asString()).isEqualTo(keys.keyId());
        assertThat(IndependentCheck.payload(list).get("type").toString()).contains("BitstringStatusListCredential");
    }

    @Test
    void reissuing_after_a_name_correction_revokes_the_old_credential_and_issues_a_new_one_with_a_new_index() {
        String code = certificateOf("Mis Spelled");
        CredentialStore.Stored old = credentialOf(code);

        asAdmin();
        CertificateRecord replacement = administration.reissue(code);

        CredentialStore.Stored fresh = credentialOf(replacement.code());
        assertThat(fresh.statusIndex()).isNotEqualTo(old.statusIndex());
        assertThat(fresh.credentialId()).isNotEqualTo(old.credentialId());
        assertThat(check(old.jws()).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(check(fresh.jws()).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void batch_regeneration_signs_each_credential_again_keeping_its_id_and_status_index() throws Exception {
        String code = certificateOf("Signed Again");
        CredentialStore.Stored before = credentialOf(code);
        clock.advance(Duration.ofMinutes(5));

        asAdmin();
        batches.start(rows.findByCode(code).orElseThrow().getCourseId());
        for (int i = 0; i < 600 && batches.progress().orElseThrow().finishedAt() == null; i++) {
            Thread.sleep(50);
        }
        assertThat(batches.progress().orElseThrow().failed()).isZero();

        CredentialStore.Stored after = credentialOf(code);
        assertThat(after.jws()).isNotEqualTo(before.jws());
        assertThat(after.signedAt()).isAfter(before.signedAt());
        assertThat(after.statusIndex()).isEqualTo(before.statusIndex());
        assertThat(after.credentialId()).isEqualTo(before.credentialId());
        assertThat(check(after.jws()).outcome()).isEqualTo(Outcome.VALID);
        assertThat(check(before.jws()).outcome()).as("the copy signed before still verifies").isEqualTo(Outcome.VALID);
    }

    @Test
    void a_credential_past_its_valid_until_verifies_as_expired() {
        String jws = credentialOf(certificateOf("Time Passes")).jws();
        Instant until = Instant.parse(IndependentCheck.payload(jws).get("validUntil").asString());

        clock.set(until.minusSeconds(1));
        assertThat(check(jws).outcome()).isEqualTo(Outcome.VALID);
        clock.set(until);
        CredentialCheck expired = check(jws);
        assertThat(expired.outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(expired.validUntil()).isEqualTo(java.time.LocalDate.ofInstant(until, java.time.ZoneOffset.UTC));
    }

    @Test
    void a_credential_whose_status_list_cannot_be_fetched_is_status_unknown_never_valid() {
        String jws = credentialOf(certificateOf("Far Away List")).jws();
        ObjectNode vc = (ObjectNode) IndependentCheck.payload(jws);
        ((ObjectNode) vc.get("credentialStatus")).put("statusListCredential", "https://unreachable.example/status/1");
        String elsewhere = CredentialJws.sign(JSON.convertValue(vc, Map.class), keys.privateKey(), keys.keyId());
        ((ObjectNode) vc.get("credentialStatus")).put("statusListCredential", "http://localhost:8080/credentials/status/999999");
        String noSuchList = CredentialJws.sign(JSON.convertValue(vc, Map.class), keys.privateKey(), keys.keyId());

        CredentialCheck unknown = check(elsewhere);
        assertThat(unknown.outcome()).isEqualTo(Outcome.STATUS_UNKNOWN);
        assertThat(unknown.reason()).isEqualTo(Reason.STATUS_LIST_UNREACHABLE);
        assertThat(unknown.argument()).isEqualTo("https://unreachable.example/status/1");
        assertThat(check(noSuchList).outcome()).isEqualTo(Outcome.STATUS_UNKNOWN);
    }

    @Test
    void a_credential_signed_with_a_retired_key_still_verifies_because_old_keys_stay_published() throws Exception {
        String jws = credentialOf(certificateOf("Before Rotation")).jws();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair retired = generator.generateKeyPair();
        String retiredKid = keys.did() + "#retired-key";
        store.publishKey(retiredKid, new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256,
                (ECPublicKey) retired.getPublic()).keyID(retiredKid).build().toJSONString(), clock.instant());
        String signedBefore = CredentialJws.sign(JSON.convertValue(IndependentCheck.payload(jws), Map.class),
                (ECPrivateKey) retired.getPrivate(), retiredKid);

        assertThat(check(signedBefore).outcome()).isEqualTo(Outcome.VALID);
        assertThat(credentials.jwks()).contains(retiredKid, keys.keyId());
        assertThat(credentials.didDocument()).contains(retiredKid, keys.keyId());
    }

    @Test
    void bad_uploads_are_each_reported_with_their_reason_and_nothing_is_stored() throws Exception {
        String jws = credentialOf(certificateOf("Bad Inputs")).jws();
        long credentialsBefore = jdbc.sql("select count(*) from open_badge_credential").query(Long.class).single();
        long certificatesBefore = rows.count();
        int payloadMiddle = (jws.indexOf('.') + jws.lastIndexOf('.')) / 2;
        String tamperedPayload = jws.substring(0, payloadMiddle) + (jws.charAt(payloadMiddle) == 'A' ? 'B' : 'A')
                + jws.substring(payloadMiddle + 1);
        int signatureMiddle = jws.lastIndexOf('.') + 30;
        String tamperedSignature = jws.substring(0, signatureMiddle) + (jws.charAt(signatureMiddle) == 'A' ? 'B' : 'A')
                + jws.substring(signatureMiddle + 1);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String strangers = CredentialJws.sign(JSON.convertValue(IndependentCheck.payload(jws), Map.class),
                (ECPrivateKey) generator.generateKeyPair().getPrivate(), "did:web:impostor.example#key-1");

        assertThat(check(tamperedPayload).outcome()).isEqualTo(Outcome.TAMPERED);
        assertThat(check(tamperedSignature).outcome()).isEqualTo(Outcome.TAMPERED);
        assertThat(check(strangers).outcome()).isEqualTo(Outcome.UNKNOWN_ISSUER);
        assertThat(credentials.check("{\"course\": \"not a credential\"}".getBytes(StandardCharsets.UTF_8)).outcome())
                .isEqualTo(Outcome.NOT_A_CREDENTIAL);
        assertThat(credentials.check(BadgeImage.draw("Academy", "Course", "1 CE hour")).outcome())
                .isEqualTo(Outcome.NO_CREDENTIAL_IN_IMAGE);
        assertThat(credentials.check(new byte[2 * 1024 * 1024]).outcome()).isEqualTo(Outcome.TOO_LARGE);
        assertThat(jdbc.sql("select count(*) from open_badge_credential").query(Long.class).single()).isEqualTo(credentialsBefore);
        assertThat(rows.count()).isEqualTo(certificatesBefore);
    }
}
