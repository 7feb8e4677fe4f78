package academy.triggerpoint.lti;

import academy.triggerpoint.shared.Role;
import java.time.Instant;
import java.util.List;

/** A registered platform as administrators see it; {@code removedAt} is set once it was removed. */
public record Platform(long id, PlatformSettings settings, Instant createdAt, Instant removedAt) {

    public boolean active() {
        return removedAt == null;
    }

    public String name() {
        return settings.name();
    }

    static Platform of(academy.triggerpoint.lti.domain.LtiStore.PlatformRow row, List<String> deployments) {
        return new Platform(row.id(), new PlatformSettings(row.name(), row.issuer(), row.clientId(), row.authorizationUrl(),
                row.jwksUrl(), row.tokenUrl(), deployments, Role.valueOf(row.instructorRole()), row.organisationId()),
                row.createdAt(), row.removedAt());
    }
}
