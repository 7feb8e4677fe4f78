package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.people.domain.MemberRow;
import academy.triggerpoint.people.domain.OrganisationRepository;
import academy.triggerpoint.people.domain.Team;
import academy.triggerpoint.people.domain.TeamRepository;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.i18n.Languages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organisation, for the competency and certification modules. A manager's
 * methods are scoped to the caller's own organisation, found from the session and never taken
 * from a parameter, so no URL or request can reach another organisation's staff.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final CurrentAccount current;

    StaffDirectory(MembershipRepository memberships, TeamRepository teams, OrganisationRepository organisations,
                   CurrentAccount current) {
        this.memberships = memberships;
        this.organisations = organisations;
        this.teams = teams;
        this.current = current;
    }

    /** The caller's organisation id, if they belong to one. */
    @PreAuthorize("hasRole('MANAGER')")
    public Optional<Long> myOrganisationId() {
        return memberships.findById(current.id()).map(m -> m.getOrganisationId());
    }

    /** The caller's organisation; "not found", saying what to do, while they manage none. */
    @PreAuthorize("hasRole('MANAGER')")
    public long requireMyOrganisationId() {
        return myOrganisationId().orElseThrow(
                () -> new NotFoundException("You do not manage an organisation yet. Ask an administrator."));
    }

    /** Every member of the caller's organisation, by name. Empty when the caller belongs to none. */
    @PreAuthorize("hasRole('MANAGER')")
    public List<StaffMember> myStaff() {
        return myOrganisationId().map(this::members).orElse(List.of());
    }

    /** One member of the caller's organisation; empty for anyone else, whoever they are. */
    @PreAuthorize("hasRole('MANAGER')")
    public Optional<StaffMember> myStaffMember(long accountId) {
        return myOrganisationId().flatMap(org -> memberships.member(org, accountId).map(row -> toMember(row, teamNames(org))));
    }

    /** Whether the person belongs to the caller's organisation (for other modules' security checks). */
    @PreAuthorize("hasRole('MANAGER')")
    public boolean isMine(long accountId) {
        return myOrganisationId().flatMap(org -> memberships.findById(accountId).filter(m -> m.getOrganisationId().equals(org)))
                .isPresent();
    }

    /** The organisation the caller belongs to, whatever their role; empty while they belong to none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> callerOrganisationId() {
        return memberships.findById(current.id()).map(m -> m.getOrganisationId());
    }

    /** The enabled supervisors of the caller's organisation other than the caller, by name. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> supervisorsOfMyOrganisation() {
        long me = current.id();
        return callerOrganisationId().map(org -> {
            List<Long> ids = memberships.supervisorIds(org);
            return members(org).stream().filter(m -> ids.contains(m.accountId()) && m.accountId() != me).toList();
        }).orElse(List.of());
    }

    /** The ids of the enabled supervisors of the caller's own organisation (nothing else is read). */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Long> supervisorIdsOf(long organisationId) {
        return myOrganisationId().filter(org -> org == organisationId).map(memberships::supervisorIds).orElse(List.of());
    }

    /** Whether {@code accountId} is an enabled supervisor of {@code organisationId}. */
    @PreAuthorize("isAuthenticated()")
    public boolean isSupervisorOf(long accountId, long organisationId) {
        return memberships.supervisorIds(organisationId).contains(accountId);
    }

    /**
     * The members of the organisation the caller supervises, other than the caller, by name: whom they
     * may observe and assess. Empty unless the caller is an enabled supervisor of their organisation.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<StaffMember> peopleISupervise() {
        long me = current.id();
        return callerOrganisationId().filter(org -> memberships.supervisorIds(org).contains(me))
                .map(org -> members(org).stream().filter(m -> m.accountId() != me && m.active()).toList()).orElse(List.of());
    }

    /** The name of a member of the caller's organisation (for a supervisor's or manager's screens). */
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffMember> colleague(long accountId) {
        return callerOrganisationId().flatMap(org -> memberships.member(org, accountId).map(row -> toMember(row, teamNames(org))));
    }

    /** Members of any organisation, for scheduled jobs (reminders, refresher rule). */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<StaffMember> membersOf(long organisationId) {
        return members(organisationId);
    }

    /** The organisation a person belongs to, for scheduled jobs. */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<Long> organisationOf(long accountId) {
        return memberships.findById(accountId).map(m -> m.getOrganisationId());
    }

    /** Every member of every organisation, for the nightly competency sweep. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> allMemberIds() {
        return memberships.allAccountIds();
    }

    /** Every organisation's id, for daily jobs that work organisation by organisation. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> organisationIds() {
        return organisations.findAll().stream().map(o -> o.getId()).sorted().toList();
    }

    /** Whether the organisation assigns refreshers automatically. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean refresherRule(long organisationId) {
        return organisations.findById(organisationId).map(o -> o.isRefresherRule()).orElse(false);
    }

    /** The enabled managers of an organisation, who receive its reminder digest. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<StaffMember> managersOf(long organisationId) {
        Map<Long, String> names = teamNames(organisationId);
        List<Long> ids = memberships.managerIds(organisationId);
        return memberships.members(organisationId).stream().filter(r -> ids.contains(r.accountId()))
                .map(r -> toMember(r, names)).toList();
    }

    private List<StaffMember> members(long organisationId) {
        Map<Long, String> names = teamNames(organisationId);
        return memberships.members(organisationId).stream().map(r -> toMember(r, names)).toList();
    }

    private Map<Long, String> teamNames(long organisationId) {
        Map<Long, String> names = new HashMap<>();
        for (Team team : teams.findByOrganisationIdOrderByName(organisationId)) {
            names.put(team.getId(), team.getName());
        }
        return names;
    }

    private static StaffMember toMember(MemberRow row, Map<Long, String> teamNames) {
        return new StaffMember(row.accountId(), row.fullName(), row.email(), row.licenceNumber(),
                Jurisdiction.format(row.licenceCountry(), row.licenceRegion()), row.teamId(),
                row.teamId() == null ? "" : teamNames.getOrDefault(row.teamId(), ""), row.joinedAt(), row.enabled(),
                Languages.ofTag(row.language()).orElse(Languages.ENGLISH));
    }
}
