package academy.triggerpoint.certification.credential;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a credential with code that is not the platform's: the ES256 signature with the JDK's own
 * ECDSA over the JWS signing input, with the public key rebuilt by hand from the published JWK (no
 * nimbus), and the payload against the Open Badges 3.0 JSON Schema in src/test/resources/open-badges
 * (networknt json-schema-validator).
 */
public final class IndependentCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA;

    static {
        try (InputStream in = IndependentCheck.class.getResourceAsStream("/open-badges/achievementcredential.schema.json")) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private IndependentCheck() {
    }

    /** Whether the compact JWS carries a valid ES256 signature by the key in the JWK (JSON). */
    public static boolean signatureHolds(String compact, String jwkJson) throws Exception {
        JsonNode jwk = JSON.readTree(jwkJson);
        if (!"EC".equals(jwk.get("kty").asString()) || !"P-256".equals(jwk.get("crv").asString())) {
            return false;
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, base64url(jwk.get("x").asString())),
                new BigInteger(1, base64url(jwk.get("y").asString())));
        ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
        int lastDot = compact.lastIndexOf('.');
        Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
        ecdsa.initVerify(key);
        ecdsa.update(compact.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return ecdsa.verify(base64url(compact.substring(lastDot + 1)));
    }

    /** The JWS header, decoded by hand. */
    public static JsonNode header(String compact) {
        return JSON.readTree(base64url(compact.substring(0, compact.indexOf('.'))));
    }

    /** The JWS payload, decoded by hand. */
    public static JsonNode payload(String compact) {
        return JSON.readTree(base64url(compact.substring(compact.indexOf('.') + 1, compact.lastIndexOf('.'))));
    }

    /** What the Open Badges 3.0 schema finds wrong with the credential in the JWS (empty: nothing). */
    public static List<String> schemaErrors(String compact) {
        return SCHEMA.validate(payload(compact)).stream().map(Error::toString).toList();
    }

    /** What the schema finds wrong with a credential's JSON. */
    public static List<String> schemaErrors(JsonNode credential) {
        return SCHEMA.validate(credential).stream().map(Error::toString).toList();
    }

    private static byte[] base64url(String text) {
        return Base64.getUrlDecoder().decode(text);
    }
}
