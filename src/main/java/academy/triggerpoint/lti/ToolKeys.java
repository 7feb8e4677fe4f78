package academy.triggerpoint.lti;

import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.shared.SystemTask;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This tool's own RSA keys, which sign what it sends to platforms (client assertions for grade and
 * roster services, deep-linking responses). The newest unretired key signs; every key is published
 * at {@code /lti/jwks} until {@code overlap} after it was retired, longer than platforms cache a
 * key set, so nothing signed shortly before a rotation fails to verify. Keys live in the database,
 * so every node of a cluster signs with the same key.
 */
@Component
class ToolKeys {

    private static final Logger log = LoggerFactory.getLogger(ToolKeys.class);

    private final LtiStore store;
    private final SystemTask system;
    private final Clock clock;
    private final Duration rotation;
    private final Duration overlap;

    ToolKeys(LtiStore store, SystemTask system, Clock clock,
             @Value("${academy.lti.key-rotation:P90D}") Duration rotation,
             @Value("${academy.lti.key-overlap:P7D}") Duration overlap) {
        this.store = store;
        this.system = system;
        this.clock = clock;
        this.rotation = rotation;
        this.overlap = overlap;
    }

    /** The key that signs now, created on first use. */
    @Transactional
    RSAKey signingKey() {
        return store.keys().stream().filter(k -> k.retiredAt() == null).findFirst()
                .map(k -> parse(k.jwk()))
                .orElseGet(this::rotate);
    }

    /** The public keys a platform may need: the signing key (created on first use) and those retired within the overlap. */
    @Transactional
    JWKSet publicKeys() {
        signingKey();
        Instant oldest = clock.instant().minus(overlap);
        List<com.nimbusds.jose.jwk.JWK> keys = store.keys().stream()
                .filter(k -> k.retiredAt() == null || k.retiredAt().isAfter(oldest))
                .map(k -> (com.nimbusds.jose.jwk.JWK) parse(k.jwk()).toPublicJWK())
                .toList();
        return new JWKSet(keys);
    }

    /** Creates a new signing key and retires the others (still published for the overlap). */
    @Transactional
    RSAKey rotate() {
        try {
            Instant now = clock.instant();
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(java.util.Date.from(now)).generate();
            store.insertKey(new LtiStore.KeyRow(key.getKeyID(), key.toJSONString(), now, null));
            store.retireKeysOtherThan(key.getKeyID(), now);
            store.deleteKeysRetiredBefore(now.minus(overlap));
            log.info("LTI tool key {} now signs; earlier keys stay published for {}", key.getKeyID(), overlap);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not create an RSA key", e);
        }
    }

    /** Rotates once the signing key is older than the rotation period. */
    @Scheduled(cron = "${academy.lti.key-rotation-cron:0 30 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "lti-key-rotation", lockAtMostFor = "PT10M")
    void scheduledRotation() {
        system.run(this::rotateWhenDue);
    }

    @Transactional
    void rotateWhenDue() {
        Instant due = clock.instant().minus(rotation);
        boolean old = store.keys().stream().filter(k -> k.retiredAt() == null).findFirst()
                .map(k -> k.createdAt().isBefore(due)).orElse(false);
        if (old) {
            rotate();
        }
    }

    /** A JWT signed with the current key (RS256, its kid in the header). */
    String sign(JWTClaimsSet claims) {
        RSAKey key = signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign with the LTI tool key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored LTI tool key is not a JWK", e);
        }
    }
}
