package academy.triggerpoint.certification.credential;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The claims of a {@code BitstringStatusListCredential} for revocation, as the issuer publishes and signs it. */
public final class StatusListCredential {

    private StatusListCredential() {
    }

    /**
     * The list at {@code url} with the given encoded bits, valid from {@code now}; verifiers should not
     * cache it longer than {@code ttl} milliseconds.
     */
    public static Map<String, Object> claims(String url, String issuerDid, String encodedList, Instant now, long ttlMillis) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(OpenBadgeCredential.VC_CONTEXT));
        vc.put("id", url);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", issuerDid);
        vc.put("validFrom", OpenBadgeCredential.timestamp(now));
        vc.put("credentialSubject", OpenBadgeCredential.map("id", url + "#list", "type", "BitstringStatusList",
                "statusPurpose", "revocation", "encodedList", encodedList, "ttl", ttlMillis));
        vc.put("iss", issuerDid);
        vc.put("iat", now.getEpochSecond());
        return vc;
    }
}
