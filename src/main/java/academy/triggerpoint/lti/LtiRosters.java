package academy.triggerpoint.lti;

import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.people.RosterSource;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Names and Role Provisioning Services 2.0: the rosters of platform courses in which the signed-in
 * manager launched this tool as an instructor, read from the platform when they import them. Only
 * active members with the Learner role are listed (instructors are not staff to be trained).
 */
@Service
class LtiRosters implements RosterSource {

    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final LtiStore store;
    private final PlatformClient client;
    private final CurrentAccount current;

    LtiRosters(LtiStore store, PlatformClient client, CurrentAccount current) {
        this.store = store;
        this.client = client;
        this.current = current;
    }

    @Override
    @PreAuthorize("hasRole('MANAGER')")
    public List<Roster> rostersOfCaller() {
        return store.contextsTaughtBy(current.id()).stream().map(c -> new Roster(c.platformId() + "|" + c.contextId(),
                (c.title() == null ? c.contextId() : c.title()) + " · " + store.platform(c.platformId()).map(LtiStore.PlatformRow::name)
                        .orElse(""))).toList();
    }

    @Override
    @PreAuthorize("hasRole('MANAGER')")
    public List<Person> people(String rosterKey) {
        LtiStore.ContextRow context = store.contextsTaughtBy(current.id()).stream()
                .filter(c -> rosterKey.equals(c.platformId() + "|" + c.contextId())).findFirst()
                .orElseThrow(() -> new InvalidInputException("roster", "That platform course is not one you teach."));
        LtiStore.PlatformRow platform = store.platform(context.platformId()).orElseThrow();
        try {
            return client.members(platform, context.membershipsUrl()).stream()
                    .filter(m -> !"Inactive".equals(m.get("status")) && !"Deleted".equals(m.get("status")))
                    .filter(m -> m.get("roles") instanceof List<?> roles && (roles.contains(LEARNER) || roles.contains("Learner")))
                    .map(m -> new Person(name(m), m.get("email") instanceof String email ? email : null))
                    .toList();
        } catch (PlatformClient.PlatformCallFailed e) {
            throw new InvalidInputException("roster", "The roster of '" + (context.title() == null ? context.contextId() : context.title())
                    + "' could not be read from " + platform.name() + ": " + e.getMessage());
        }
    }

    private static String name(Map<String, Object> member) {
        if (member.get("name") instanceof String name && !name.isBlank()) {
            return name;
        }
        String joined = (Objects.toString(member.get("given_name"), "") + " " + Objects.toString(member.get("family_name"), "")).strip();
        return joined.isEmpty() ? null : joined;
    }
}
