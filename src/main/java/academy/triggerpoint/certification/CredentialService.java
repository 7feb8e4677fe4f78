package academy.triggerpoint.certification;

import academy.triggerpoint.certification.credential.BadgeImage;
import academy.triggerpoint.certification.credential.BitstringStatusList;
import academy.triggerpoint.certification.credential.CredentialFile;
import academy.triggerpoint.certification.credential.CredentialJws;
import academy.triggerpoint.certification.credential.CredentialVerifier;
import academy.triggerpoint.certification.credential.StatusListCredential;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.certification.domain.CredentialStore;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.PublicAddress;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.people.StaffDirectory;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each certificate's Open Badges 3.0 credential (VC-JWT, docs/credentials.md): the learner's
 * downloads (JSON and baked PNG), the public documents a third party verifies with (JWKS, did:web
 * document, signed Bitstring Status Lists), and the check of an uploaded credential for the public
 * verification page. Nothing uploaded is stored.
 */
@Service
@Transactional(readOnly = true)
public class CredentialService {

    /** How long a verifier may cache a status list (ms): a revocation shows within this time. */
    static final long STATUS_LIST_TTL_MILLIS = 5 * 60 * 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CertificateRepository certificates;
    private final CredentialStore store;
    private final IssuerKeys keys;
    private final CredentialIssuer issuer;
    private final CurrentAccount current;
    private final StaffDirectory staff;
    private final VerificationThrottle throttle;
    private final PublicAddress address;
    private final Clock clock;

    CredentialService(CertificateRepository certificates, CredentialStore store, IssuerKeys keys, CredentialIssuer issuer,
                      CurrentAccount current, StaffDirectory staff, VerificationThrottle throttle, PublicAddress address,
                      Clock clock) {
        this.certificates = certificates;
        this.store = store;
        this.keys = keys;
        this.issuer = issuer;
        this.current = current;
        this.staff = staff;
        this.throttle = throttle;
        this.address = address;
        this.clock = clock;
    }

    /** The caller's credential for a certificate (theirs, or a manager's staff member's) as the JSON file: a VC 2.0 envelope. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> credentialJson(String code) {
        return mine(code).map(CredentialFile::envelope);
    }

    /** The caller's credential baked into a PNG badge. */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> badge(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode).filter(this::mayRead)
                .flatMap(c -> store.ofCertificate(c.getId()).filter(s -> !s.jws().isEmpty())
                        .map(s -> BadgeImage.bake(BadgeImage.draw(issuerName(),
                                c.getCourseTitle(), c.getCeHours().stripTrailingZeros().toPlainString() + " CE hours"), s.jws())));
    }

    /**
     * The credential by its certificate's code, as a wallet fetches it from the "Add to wallet" link:
     * anyone holding the code may, as anyone holding it may open the verification page.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> publicCredential(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode)
                .flatMap(c -> store.ofCertificate(c.getId())).map(CredentialStore.Stored::jws).filter(j -> !j.isEmpty());
    }

    /** The address a wallet fetches the credential of the caller's certificate from. */
    @PreAuthorize("isAuthenticated()")
    public String walletUrl(String code) {
        return address.of("/credentials/" + code);
    }

    /** A QR code (PNG data URL) of {@link #walletUrl}, for a wallet on a phone to scan. */
    @PreAuthorize("isAuthenticated()")
    public String walletQr(String code) {
        return academy.triggerpoint.certification.credential.WalletQr.dataUrl(walletUrl(code));
    }

    /** The issuer's public keys, every one that ever signed (JWKS JSON). */
    @PreAuthorize("permitAll()")
    public String jwks() {
        Map<String, Object> jwks = new LinkedHashMap<>();
        jwks.put("keys", publishedJwks());
        return JSON.writeValueAsString(jwks);
    }

    /** The did:web document of the issuer: every published key as a JsonWebKey verification method for assertions. */
    @PreAuthorize("permitAll()")
    public String didDocument() {
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> jwk : publishedJwks()) {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", jwk.get("kid"));
            method.put("type", "JsonWebKey");
            method.put("controller", keys.did());
            Map<String, Object> publicKey = new LinkedHashMap<>(jwk);
            method.put("publicKeyJwk", publicKey);
            methods.add(method);
            ids.add((String) jwk.get("kid"));
        }
        Map<String, Object> did = new LinkedHashMap<>();
        did.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"));
        did.put("id", keys.did());
        did.put("verificationMethod", methods);
        did.put("assertionMethod", ids);
        return JSON.writeValueAsString(did);
    }

    /** The signed status list credential (compact JWS) of list {@code list} (from 1); empty for a list not in use. */
    @PreAuthorize("permitAll()")
    public Optional<String> statusList(long list) {
        if (list < 1 || list > 1_000_000) {
            return Optional.empty();
        }
        long first = (list - 1) * BitstringStatusList.SIZE + 1;
        // List 1 exists from the start; a later one once an index in it is allocated.
        if (list > 1 && first > store.highestIndex()) {
            return Optional.empty();
        }
        List<Integer> set = store.withdrawnIndexes(first, first + BitstringStatusList.SIZE).stream()
                .map(index -> (int) (index - first)).toList();
        String url = issuer.statusListUrl(list);
        return Optional.of(CredentialJws.sign(StatusListCredential.claims(url, keys.did(),
                BitstringStatusList.encode(set), clock.instant(), STATUS_LIST_TTL_MILLIS), keys.privateKey(), keys.keyId()));
    }

    /**
     * Checks an uploaded credential (the JSON file, a compact JWS, or a baked PNG) as a third party
     * would; anyone may, within the verification limit. Nothing uploaded is kept.
     */
    @PreAuthorize("permitAll()")
    public CredentialCheck verifyUpload(byte[] bytes, String clientAddress) {
        if (!throttle.tryAcquire(clientAddress)) {
            return CredentialCheck.of(CredentialCheck.Reason.TOO_MANY_CHECKS);
        }
        return check(bytes);
    }

    /** The check of {@link #verifyUpload} without the rate limit, for tests and benchmarks of the whole path. */
    CredentialCheck check(byte[] bytes) {
        CredentialFile.Contents contents = CredentialFile.read(bytes);
        if (contents.problem() != null) {
            return contents.problem();
        }
        return verifier().check(contents.jws(), clock.instant());
    }

    /**
     * A verifier that trusts our published keys and reads our own status lists directly: a status list
     * anywhere else counts as unreachable (the server fetches no address a file names).
     */
    CredentialVerifier verifier() {
        String prefix = address.of("/credentials/status/");
        return new CredentialVerifier(this::publishedKey, url -> {
            if (!url.startsWith(prefix)) {
                throw new IllegalStateException("Not this platform's status list: " + url);
            }
            return statusList(Long.parseLong(url.substring(prefix.length())))
                    .orElseThrow(() -> new IllegalStateException("No status list " + url));
        });
    }

    private Optional<ECPublicKey> publishedKey(String keyId) {
        if (keyId.equals(keys.keyId())) {
            return Optional.of(ecPublicKey());
        }
        return store.publishedKey(keyId).flatMap(IssuerKeys::publicKey);
    }

    private ECPublicKey ecPublicKey() {
        try {
            return keys.publicJwk().toECPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> publishedJwks() {
        Set<String> seen = new LinkedHashSet<>();
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (String jwk : store.publishedKeys()) {
            Map<String, Object> key = JSON.readValue(jwk, LinkedHashMap.class);
            if (seen.add((String) key.get("kid"))) {
                jwks.add(key);
            }
        }
        if (seen.add(keys.keyId())) {
            jwks.add(keys.publicJwkJson());
        }
        return jwks;
    }

    private Optional<String> mine(String code) {
        return CertificateCodes.normalise(code).flatMap(certificates::findByCode).filter(this::mayRead)
                .flatMap(c -> store.ofCertificate(c.getId())).map(CredentialStore.Stored::jws).filter(j -> !j.isEmpty());
    }

    private boolean mayRead(Certificate c) {
        return c.getAccountId() == current.id()
                || (current.hasRole(Role.MANAGER) && staff.myStaffMember(c.getAccountId()).isPresent());
    }

    private String issuerName() {
        return issuer.issuerName();
    }
}
