package academy.triggerpoint.certification;

/** The certificate that signs every PDF certificate: its subject and SHA-256 fingerprint. */
public record SigningIdentity(String subject, String sha256Fingerprint) {
}
