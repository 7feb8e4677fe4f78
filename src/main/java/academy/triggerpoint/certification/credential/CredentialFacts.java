package academy.triggerpoint.certification.credential;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything an Open Badges 3.0 credential for one certificate says, as the certificate holds it.
 * {@code validUntil} is null for a certificate that does not expire; {@code identityHash} is the
 * holder's email hashed with {@code salt} ({@link OpenBadgeCredential#identityHash}), never the email.
 */
public record CredentialFacts(String credentialId, Issuer issuer, Instant signedAt, Instant validFrom, Instant awardedAt,
                              Instant validUntil, String identityHash, String salt, String learnerName, Achievement achievement,
                              Evidence evidence, StatusEntry status) {

    /** The academy as issuer: its did:web identifier, name and public address. */
    public record Issuer(String did, String name, String url) {
    }

    /**
     * The course version as an achievement. {@code narrative} is the grading policy in words;
     * {@code onlineHours} and {@code inPersonHours} split the CE hours where the course's delivery
     * mode decides the split (null for a blended course, whose format does not say).
     */
    public record Achievement(String id, String name, String description, String narrative, BigDecimal ceHours,
                              BigDecimal onlineHours, BigDecimal inPersonHours, String deliveryMode, String fieldOfStudy,
                              String language, String humanCode, List<Alignment> alignments) {
    }

    /** A competency the achievement grants. */
    public record Alignment(String code, String name, String url, boolean safetyCritical) {
    }

    /** Where the evidence can be seen (the public verification page) and what it shows, without answers. */
    public record Evidence(String url, String name, String narrative) {
    }

    /** The credential's entry in a Bitstring Status List. */
    public record StatusEntry(String listUrl, long position) {
    }
}
