package academy.triggerpoint.certification;

import academy.triggerpoint.certification.pdf.SelfSignedKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;

/**
 * A signing key as the platform configures its keys (the PDF key, the credential key): a PKCS#12
 * keystore with a password and an alias in production; without one, a development keystore created
 * on first start, with a warning naming the property to set.
 */
record ConfiguredKey(PrivateKey key, List<X509Certificate> chain) {

    private static final char[] DEV_PASSWORD = "development-only".toCharArray();

    /**
     * @param property  the keystore property, e.g. {@code academy.certificates.keystore}, for the warning
     * @param devAlias  the alias of the key in the development keystore
     * @param devName   the distinguished name of the development key's certificate
     * @param what      what the key signs, for messages ("certificates", "Open Badges credentials")
     */
    static ConfiguredKey load(String keystore, String password, String alias, String devKeystore, String property,
                              String devAlias, String devName, String what, Instant now, Logger log) throws GeneralSecurityException {
        KeyStore store;
        String entry;
        char[] secret;
        if (keystore.isBlank()) {
            Path dev = Path.of(devKeystore);
            if (!Files.exists(dev)) {
                createDevelopmentKeystore(dev, devAlias, devName, now);
            }
            log.warn("Signing {} with the development key in {}; configure {} for production", what, dev.toAbsolutePath(), property);
            store = read(dev, DEV_PASSWORD);
            entry = devAlias;
            secret = DEV_PASSWORD;
        } else {
            secret = password.toCharArray();
            store = read(Path.of(keystore), secret);
            entry = alias;
        }
        PrivateKey key = (PrivateKey) store.getKey(entry, secret);
        if (key == null) {
            throw new IllegalStateException("The keystore for " + what + " has no private key under the alias '" + entry + "'");
        }
        Certificate[] chain = store.getCertificateChain(entry);
        return new ConfiguredKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    private static KeyStore read(Path path, char[] password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore " + path, e);
        }
    }

    private static void createDevelopmentKeystore(Path path, String alias, String name, Instant now) throws GeneralSecurityException {
        SelfSignedKey dev = SelfSignedKey.create(name, now, Duration.ofDays(3650));
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
            store.setKeyEntry(alias, dev.key(), DEV_PASSWORD, new Certificate[] {dev.certificate()});
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                store.store(out, DEV_PASSWORD);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the development key at " + path, e);
        }
    }
}
