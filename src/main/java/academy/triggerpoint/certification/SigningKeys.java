package academy.triggerpoint.certification;

import academy.triggerpoint.certification.pdf.CertificateSigner;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's certificate-signing key. In production it comes from a configured PKCS#12
 * keystore ({@code academy.certificates.keystore}, {@code -password}, {@code key-alias}). Without one,
 * a development key (EC P-256, self-signed, ten years) is created on first start and kept in
 * {@code academy.certificates.dev-keystore}, with a warning: certificates signed by it are only
 * as trustworthy as that file.
 */
@Component
class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    private static final String DEV_ALIAS = "certificates";

    private final CertificateSigner signer;
    private final X509Certificate certificate;

    SigningKeys(@Value("${academy.certificates.keystore:}") String keystore,
                @Value("${academy.certificates.keystore-password:}") String password,
                @Value("${academy.certificates.key-alias:certificates}") String alias,
                @Value("${academy.certificates.dev-keystore:data/certificate-signing-dev.p12}") String devKeystore,
                Clock clock) {
        try {
            ConfiguredKey configured = ConfiguredKey.load(keystore, password, alias, devKeystore, "academy.certificates.keystore",
                    DEV_ALIAS, "CN=Trigger Point Academy certificates (development key), O=Trigger Point Academy", "certificates",
                    clock.instant(), LOG);
            this.certificate = configured.certificate();
            this.signer = new CertificateSigner(configured.key(), configured.chain());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate-signing key", e);
        }
    }

    CertificateSigner signer() {
        return signer;
    }

    /** Who signs, as printed in the signing certificate. */
    String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** SHA-256 of the signing certificate, as colon-separated hex ("AB:CD:..."), for the verification page. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
