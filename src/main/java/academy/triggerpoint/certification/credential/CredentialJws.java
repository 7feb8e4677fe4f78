package academy.triggerpoint.certification.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * VC-JWT: a credential's JSON as the payload of a compact JWS signed with ES256 (ECDSA on P-256 with
 * SHA-256), its header naming the signing key ({@code kid}, a did:web verification method) and the
 * media type {@code vc+jwt}.
 */
public final class CredentialJws {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private CredentialJws() {
    }

    /** The compact JWS of the claims, signed with the key named {@code keyId}. */
    public static String sign(Map<String, Object> claims, ECPrivateKey key, String keyId) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(keyId).build(),
                    new Payload(JSON.writeValueAsString(claims)));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the credential", e);
        }
    }

    /** A compact JWS read but not yet trusted: its header's algorithm and key id, and the parsed object. */
    public record Unverified(String algorithm, String keyId, JWSObject jws) {

        /** Whether the signature is the one {@code key} makes over this header and payload. */
        public boolean signedBy(ECPublicKey key) {
            try {
                return JWSAlgorithm.ES256.getName().equals(algorithm) && jws.verify(new ECDSAVerifier(key));
            } catch (JOSEException | IllegalStateException e) {
                return false;
            }
        }

        /** The payload as JSON. */
        public JsonNode claims() {
            return JSON.readTree(jws.getPayload().toString());
        }
    }

    /**
     * Reads a compact JWS.
     *
     * @throws ParseException when the text is not three base64url parts with a JSON header
     */
    public static Unverified read(String compact) throws ParseException {
        JWSObject jws = JWSObject.parse(compact);
        return new Unverified(jws.getHeader().getAlgorithm().getName(), jws.getHeader().getKeyID(), jws);
    }
}
