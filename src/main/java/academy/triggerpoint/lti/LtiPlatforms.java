package academy.triggerpoint.lti;

import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.lti.domain.LtiStore.PlatformRow;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PublicAddress;
import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register the learning platforms whose people may launch into this tool, see this
 * tool's own URLs and keys to enter there, rotate the keys, and watch the grades owed to platforms.
 * A platform is removed, never deleted: its people keep their accounts and history, launches from it
 * are refused, and grades still owed to it are dropped with a reason.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class LtiPlatforms {

    private final LtiStore store;
    private final ToolKeys keys;
    private final PlatformClient client;
    private final GradeReturn grades;
    private final PublicAddress address;
    private final AuditTrail audit;
    private final CurrentAccount current;
    private final Clock clock;

    LtiPlatforms(LtiStore store, ToolKeys keys, PlatformClient client, GradeReturn grades, PublicAddress address, AuditTrail audit,
                 CurrentAccount current, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.client = client;
        this.grades = grades;
        this.address = address;
        this.audit = audit;
        this.current = current;
        this.clock = clock;
    }

    /** The key that signs now and those still published, newest first. */
    public record ToolKey(String kid, Instant createdAt, Instant retiredAt) {
    }

    @Transactional(readOnly = true)
    public List<Platform> all() {
        return store.platforms().stream().map(p -> Platform.of(p, store.deployments(p.id()))).toList();
    }

    /** What to enter in a platform's tool registration form. */
    @PreAuthorize("permitAll()")
    public ToolEndpoints endpoints() {
        return new ToolEndpoints(address.of("/lti/login"), address.of("/lti/launch"), address.of("/lti/jwks"),
                address.of("/lti/course/"), address.of("/lti/deep-linking"));
    }

    /**
     * Registers a platform, or brings back a removed one with the same issuer and client id.
     *
     * @throws InvalidInputException naming the first field that is wrong, or when the platform is registered already
     */
    public Platform register(PlatformSettings settings) {
        PlatformSettings clean = validated(settings);
        Optional<PlatformRow> existing = store.platform(clean.issuer(), clean.clientId());
        if (existing.isPresent() && existing.get().removedAt() == null) {
            throw new InvalidInputException("clientId", "Platform '" + existing.get().name() + "' is already registered with this"
                    + " issuer and client id.");
        }
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            store.updatePlatform(row(id, clean, existing.get().createdAt(), null));
        } else {
            id = store.insertPlatform(row(0, clean, clock.instant(), null));
        }
        store.replaceDeployments(id, clean.deploymentIds());
        keys.signingKey();
        audit.record(current.id(), existing.isPresent() ? "lti-platform-restored" : "lti-platform-registered", "lti-platform:" + id,
                clean.issuer() + " " + clean.clientId());
        return platform(id);
    }

    /** Changes a platform's settings; cached keys and tokens of the platform are forgotten. */
    public Platform update(long platformId, PlatformSettings settings) {
        PlatformRow before = store.platform(platformId).orElseThrow(() -> new NotFoundException("No such platform."));
        PlatformSettings clean = validated(settings);
        store.platform(clean.issuer(), clean.clientId()).filter(p -> p.id() != platformId).ifPresent(p -> {
            throw new InvalidInputException("clientId", "Platform '" + p.name() + "' already has this issuer and client id.");
        });
        store.updatePlatform(row(platformId, clean, before.createdAt(), before.removedAt()));
        store.replaceDeployments(platformId, clean.deploymentIds());
        client.forget(platformId);
        audit.record(current.id(), "lti-platform-changed", "lti-platform:" + platformId, clean.issuer() + " " + clean.clientId());
        return platform(platformId);
    }

    /** Refuses the platform's launches from now on; its people and their records stay. */
    public Platform remove(long platformId) {
        PlatformRow row = store.platform(platformId).orElseThrow(() -> new NotFoundException("No such platform."));
        if (row.removedAt() == null) {
            store.updatePlatform(new PlatformRow(row.id(), row.name(), row.issuer(), row.clientId(), row.authorizationUrl(),
                    row.jwksUrl(), row.tokenUrl(), row.instructorRole(), row.organisationId(), row.createdAt(), clock.instant()));
            client.forget(platformId);
            audit.record(current.id(), "lti-platform-removed", "lti-platform:" + platformId, row.issuer() + " " + row.clientId());
        }
        return platform(platformId);
    }

    public List<ToolKey> keys() {
        keys.signingKey();
        return store.keys().stream().map(k -> new ToolKey(k.kid(), k.createdAt(), k.retiredAt())).toList();
    }

    /** A new signing key now; the old one stays published for the overlap period. */
    public ToolKey rotateKey() {
        JWK key = keys.rotate();
        audit.record(current.id(), "lti-key-rotated", "lti-key:" + key.getKeyID(), null);
        // Not keys().get(0): keys made in the same instant sort by kid, and the new one may not come first.
        return keys().stream().filter(k -> k.kid().equals(key.getKeyID())).findFirst().orElseThrow();
    }

    /** Grades not delivered: waiting for a retry, given up, or dropped because the platform was removed. */
    @Transactional(readOnly = true)
    public List<GradePost> undeliveredGrades() {
        return store.undeliveredPosts(200).stream().map(row -> {
            LtiStore.PostRow p = row.post();
            return new GradePost(p.id(), row.platformName(), row.lineItemUrl(), row.subject(), p.scoreGiven(), p.comment(), p.status(),
                    p.tries(), p.createdAt(), p.nextTryAt(), p.lastError());
        }).toList();
    }

    /** Sends a given-up grade again now. */
    public void retry(long postId) {
        store.post(postId).orElseThrow(() -> new NotFoundException("No such grade."));
        store.requeue(postId, clock.instant());
        audit.record(current.id(), "lti-grade-retried", "lti-grade:" + postId, null);
        grades.deliver(postId);
    }

    private Platform platform(long id) {
        return Platform.of(store.platform(id).orElseThrow(), store.deployments(id));
    }

    private static PlatformSettings validated(PlatformSettings settings) {
        PlatformSettings clean = settings.stripped();
        Map<String, String> problems = clean.problems();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        return clean;
    }

    private static PlatformRow row(long id, PlatformSettings s, Instant createdAt, Instant removedAt) {
        return new PlatformRow(id, s.name(), s.issuer(), s.clientId(), s.authorizationUrl(), s.jwksUrl(), s.tokenUrl(),
                s.instructorRole().name(), s.organisationId(), createdAt, removedAt);
    }
}
