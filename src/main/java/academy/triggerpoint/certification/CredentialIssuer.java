package academy.triggerpoint.certification;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.DeliveryMode;
import academy.triggerpoint.catalog.content.GradingPolicy;
import academy.triggerpoint.certification.credential.BitstringStatusList;
import academy.triggerpoint.certification.credential.CredentialFacts;
import academy.triggerpoint.certification.credential.CredentialJws;
import academy.triggerpoint.certification.credential.OpenBadgeCredential;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CredentialStore;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.shared.PublicAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signs each certificate's Open Badges 3.0 credential, in the transaction that issues or signs the
 * certificate again: the first time it allocates the certificate's status-list index and a salt for the
 * holder's hashed email; later signatures (batch regeneration) keep both, so the credential stays the
 * same credential and one revocation reaches every copy. The credential says what the certificate
 * says, from the certificate as issued and the course version it was issued for.
 */
@Component
class CredentialIssuer {

    static final String FIELD_OF_STUDY = "Physiotherapy: dry needling";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CredentialStore store;
    private final IssuerKeys keys;
    private final PublicAddress address;
    private final AccountDirectory directory;
    private final Clock clock;
    private final String issuerName;

    CredentialIssuer(CredentialStore store, IssuerKeys keys, PublicAddress address, AccountDirectory directory, Clock clock,
                     @Value("${academy.credentials.issuer-name:Trigger Point Academy}") String issuerName) {
        this.store = store;
        this.keys = keys;
        this.address = address;
        this.directory = directory;
        this.clock = clock;
        this.issuerName = issuerName;
    }

    /** The signing key is published before it signs anything, and stays published after a rotation. */
    @EventListener(ApplicationReadyEvent.class)
    void publishCurrentKey() {
        store.publishKey(keys.keyId(), keys.publicJwk().toPublicJWK().toJSONString(), clock.instant());
    }

    /**
     * Signs the certificate's credential with the current key and stores it; runs in the caller's
     * transaction. Returns the compact JWS.
     */
    String sign(Certificate certificate, CourseDefinition course) {
        Instant now = clock.instant();
        var existing = store.ofCertificate(certificate.getId());
        String credentialId;
        String salt;
        String identityHash;
        long statusIndex;
        if (existing.isPresent()) {
            credentialId = existing.get().credentialId();
            salt = existing.get().salt();
            identityHash = existing.get().identityHash();
            statusIndex = existing.get().statusIndex();
        } else {
            credentialId = "urn:uuid:" + UUID.randomUUID();
            byte[] saltBytes = new byte[16];
            RANDOM.nextBytes(saltBytes);
            salt = HexFormat.of().formatHex(saltBytes);
            String email = directory.credentialEmail(certificate.getAccountId())
                    .orElseThrow(() -> new IllegalStateException("No account " + certificate.getAccountId()));
            identityHash = OpenBadgeCredential.identityHash(email.strip().toLowerCase(Locale.ROOT), salt);
            statusIndex = store.allocate(certificate.getId(), credentialId, salt, identityHash, now);
        }
        CredentialFacts facts = facts(certificate, course, credentialId, identityHash, salt, statusIndex, now);
        String jws = CredentialJws.sign(OpenBadgeCredential.claims(facts), keys.privateKey(), keys.keyId());
        store.sign(statusIndex, keys.keyId(), jws, now);
        return jws;
    }

    CredentialFacts facts(Certificate c, CourseDefinition course, String credentialId, String identityHash, String salt,
                          long statusIndex, Instant now) {
        String base = address.of("/");
        String achievementId = "urn:uuid:" + nameUuid(base + "achievement/" + c.getCourseId() + "/" + c.getCourseVersion());
        List<CredentialFacts.Alignment> alignments = new ArrayList<>();
        for (CourseDefinition.Competency competency : course.competencies()) {
            alignments.add(new CredentialFacts.Alignment(competency.id(), competency.title(),
                    "urn:uuid:" + nameUuid(base + "competency/" + c.getCourseId() + "/" + competency.id()),
                    competency.safetyCritical()));
        }
        BigDecimal hours = c.getCeHours();
        DeliveryMode mode = DeliveryMode.ofId(c.getDeliveryMode()).orElse(null);
        BigDecimal online = mode == DeliveryMode.ONLINE_SELF_PACED || mode == DeliveryMode.LIVE_ONLINE ? hours
                : mode == DeliveryMode.IN_PERSON ? BigDecimal.ZERO : null;
        BigDecimal inPerson = mode == DeliveryMode.IN_PERSON ? hours : online != null ? BigDecimal.ZERO : null;
        String verifyUrl = address.of("/verify/" + c.getCode());
        var achievement = new CredentialFacts.Achievement(achievementId, c.getCourseTitle() + " (version " + c.getCourseVersion() + ")",
                course.summary() == null || course.summary().isBlank() ? c.getCourseTitle() : course.summary(),
                criteria(course), hours, online, inPerson, c.getDeliveryMode(), FIELD_OF_STUDY,
                course.language() == null ? "en" : course.language(), c.getCourseId() + " " + c.getCourseVersion(),
                alignments);
        var evidence = new CredentialFacts.Evidence(verifyUrl, "Certificate " + c.getCode(),
                "Completed “" + c.getCourseTitle() + "” version " + c.getCourseVersion() + " on "
                        + LocalDate.ofInstant(c.getCompletedAt(), ZoneOffset.UTC) + ", passing the graded assessment ("
                        + criteriaSummary(course.grading()) + "). The verification page shows the certificate’s status;"
                        + " the learner’s answers are not disclosed.");
        long zeroBased = statusIndex - 1;
        var status = new CredentialFacts.StatusEntry(statusListUrl(zeroBased / BitstringStatusList.SIZE + 1),
                zeroBased % BitstringStatusList.SIZE);
        return new CredentialFacts(credentialId, new CredentialFacts.Issuer(keys.did(), issuerName, base.substring(0,
                base.length() - 1)), now, c.getIssuedAt(), c.getCompletedAt(), c.getExpiresAt(), identityHash, salt,
                c.getLearnerName(), achievement, evidence, status);
    }

    String issuerName() {
        return issuerName;
    }

    String statusListUrl(long list) {
        return address.of("/credentials/status/" + list);
    }

    /** The grading policy in words, for {@code criteria.narrative}. */
    static String criteria(CourseDefinition course) {
        GradingPolicy grading = course.grading();
        List<String> parts = new ArrayList<>();
        List<String> mustPass = new ArrayList<>();
        for (GradingPolicy.Component component : grading.components()) {
            String name = component.isCase()
                    ? "case scenario “" + course.caseDefinition(component.caseId()).map(k -> k.title()).orElse(component.caseId()) + "”"
                    : "quiz of module “" + course.module(component.moduleId()).map(m -> m.title()).orElse(component.moduleId()) + "”";
            parts.add(name + " (weight " + component.weight() + ")");
            if (component.mustPass()) {
                mustPass.add(name);
            }
        }
        StringBuilder text = new StringBuilder("Awarded on completing the course “" + course.title() + "” (version "
                + course.version() + ") with a weighted score of at least " + grading.passMark() + "% across: "
                + String.join("; ", parts) + ".");
        if (!mustPass.isEmpty()) {
            text.append(" Each of these must also be passed on its own: ").append(String.join("; ", mustPass)).append('.');
        }
        text.append(" Every quiz and case is graded on the server, and a safety-critical mistake fails an attempt"
                + " whatever its score. CE contact hours: ").append(course.ceContactHours().stripTrailingZeros().toPlainString());
        if (course.ceRule() != null && !course.ceRule().isBlank()) {
            text.append(" (").append(course.ceRule()).append(')');
        }
        return text.append('.').toString();
    }

    private static String criteriaSummary(GradingPolicy grading) {
        return "pass mark " + grading.passMark() + "%, " + grading.components().size() + " graded components";
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
