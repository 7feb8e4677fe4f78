package academy.triggerpoint.certification;

import academy.triggerpoint.certification.pdf.CertificateSigner;
import academy.triggerpoint.certification.pdf.SelfSignedKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
    private static final char[] DEV_PASSWORD = "development-only".toCharArray();
    private static final String DEV_ALIAS = "certificates";

    private final CertificateSigner signer;
    private final X509Certificate certificate;

    SigningKeys(@Value("${academy.certificates.keystore:}") String keystore,
                @Value("${academy.certificates.keystore-password:}") String password,
                @Value("${academy.certificates.key-alias:certificates}") String alias,
                @Value("${academy.certificates.dev-keystore:data/certificate-signing-dev.p12}") String devKeystore,
                Clock clock) {
        try {
            KeyStore store;
            String entry;
            char[] secret;
            if (keystore.isBlank()) {
                Path dev = Path.of(devKeystore);
                if (!Files.exists(dev)) {
                    createDevelopmentKeystore(dev, clock.instant());
                }
                LOG.warn("Signing certificates with the development key in {}; configure academy.certificates.keystore "
                        + "for production", dev.toAbsolutePath());
                store = load(dev, DEV_PASSWORD);
                entry = DEV_ALIAS;
                secret = DEV_PASSWORD;
            } else {
                secret = password.toCharArray();
                store = load(Path.of(keystore), secret);
                entry = alias;
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, secret);
            if (key == null) {
                throw new IllegalStateException("The signing keystore has no private key under the alias '" + entry + "'");
            }
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(entry))
                    .map(c -> (X509Certificate) c).toList();
            this.certificate = chain.getFirst();
            this.signer = new CertificateSigner(key, chain);
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

    private static KeyStore load(Path path, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keystore " + path, e);
        }
    }

    private static void createDevelopmentKeystore(Path path, Instant now) throws GeneralSecurityException {
        SelfSignedKey dev = SelfSignedKey.create(
                "CN=Trigger Point Academy certificates (development key), O=Trigger Point Academy", now, Duration.ofDays(3650));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
            store.setKeyEntry(DEV_ALIAS, dev.key(), DEV_PASSWORD, new Certificate[] {dev.certificate()});
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                store.store(out, DEV_PASSWORD);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the development signing key at " + path, e);
        }
    }
}
