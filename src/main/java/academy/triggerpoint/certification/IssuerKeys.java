package academy.triggerpoint.certification;

import academy.triggerpoint.shared.PublicAddress;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs Open Badges credentials and status lists: EC P-256, separate from the PDF
 * signing key but configured the same way. In production it comes from a PKCS#12 keystore
 * ({@code academy.credentials.keystore}, {@code -password}, {@code key-alias}); without one, a
 * development key is created on first start in {@code academy.credentials.dev-keystore}, with a
 * warning. Its key id is the did:web verification method {@code did:web:<host>#<JWK thumbprint>}.
 * Every key that ever signed stays published (the {@code credential_issuer_key} table), so a rotation never breaks
 * a credential issued before it.
 */
@Component
class IssuerKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    private static final String DEV_ALIAS = "credentials";

    private final ECPrivateKey privateKey;
    private final ECKey publicJwk;
    private final String did;

    IssuerKeys(@Value("${academy.credentials.keystore:}") String keystore,
               @Value("${academy.credentials.keystore-password:}") String password,
               @Value("${academy.credentials.key-alias:credentials}") String alias,
               @Value("${academy.credentials.dev-keystore:data/credential-issuer-dev.p12}") String devKeystore,
               PublicAddress address, Clock clock) {
        this.did = did(address.of("/"));
        try {
            ConfiguredKey configured = ConfiguredKey.load(keystore, password, alias, devKeystore, "academy.credentials.keystore",
                    DEV_ALIAS, "CN=Trigger Point Academy credentials (development key), O=Trigger Point Academy",
                    "Open Badges credentials", clock.instant(), LOG);
            PrivateKey key = configured.key();
            if (!(key instanceof ECPrivateKey ec)) {
                throw new IllegalStateException("The credential key must be an EC P-256 key (ES256)");
            }
            X509Certificate certificate = configured.certificate();
            ECKey jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) certificate.getPublicKey()).build();
            if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
                throw new IllegalStateException("The credential key must be EC P-256 (ES256)");
            }
            this.privateKey = ec;
            this.publicJwk = new ECKey.Builder(jwk).keyID(did + "#" + jwk.computeThumbprint().toString())
                    .algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Cannot read the credential-signing key", e);
        }
    }

    /**
     * The did:web identifier of a public address: {@code https://academy.example.org} gives
     * {@code did:web:academy.example.org}; a port is written {@code %3A}, path segments as {@code :}.
     */
    static String did(String publicAddress) {
        URI uri = URI.create(publicAddress);
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost());
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isBlank()) {
                did.append(':').append(segment);
            }
        }
        return did.toString();
    }

    String did() {
        return did;
    }

    String keyId() {
        return publicJwk.getKeyID();
    }

    ECPrivateKey privateKey() {
        return privateKey;
    }

    /** The current public key as a JWK (with its kid), without any private part. */
    ECKey publicJwk() {
        return publicJwk;
    }

    /** The public key a JWK (as published) holds, or empty when it is not an EC P-256 key. */
    static Optional<ECPublicKey> publicKey(String jwkJson) {
        try {
            ECKey key = ECKey.parse(jwkJson);
            return Curve.P_256.equals(key.getCurve()) ? Optional.of(key.toECPublicKey()) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** The public JWK as a JSON object. */
    Map<String, Object> publicJwkJson() {
        return new LinkedHashMap<>(publicJwk.toPublicJWK().toJSONObject());
    }
}
