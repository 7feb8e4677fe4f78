package academy.triggerpoint.people.domain;

import java.time.Instant;

/**
 * One member of an organisation with their account's details, as dashboards and exports list them;
 * {@code language} is the interface language they chose ("de"), null when they chose none.
 */
public record MemberRow(Long accountId, String fullName, String email, String licenceNumber, String licenceCountry,
                        String licenceRegion, Long teamId, Instant joinedAt, boolean enabled, String language) {
}
