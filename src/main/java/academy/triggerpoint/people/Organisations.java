package academy.triggerpoint.people;

import academy.triggerpoint.people.StaffImportReport.Outcome;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.AccountToken;
import academy.triggerpoint.people.domain.Membership;
import academy.triggerpoint.people.domain.MembershipOffer;
import academy.triggerpoint.people.domain.MembershipOfferRepository;
import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.people.domain.Organisation;
import academy.triggerpoint.people.domain.OrganisationRepository;
import academy.triggerpoint.people.domain.Team;
import academy.triggerpoint.people.domain.TeamRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PrintableText;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.i18n.Translations;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, their teams and who belongs to them. Administrators create organisations and
 * appoint their managers; a manager invites staff one by one or imports a staff list, and only
 * ever touches their own organisation (it is found from the caller, never passed in). A new person
 * gets an account in the organisation; someone who already has an account is asked and joins only
 * when they accept, because joining lets the manager read their record.
 */
@Service
@Transactional
public class Organisations {

    /** What every accepted row says, whether or not the address already has an account. */
    public static final String INVITED = "Will be invited by email; they appear here once they have joined or accepted.";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_IMPORT_ROWS = 20_000;
    static final java.time.Duration OFFER_VALIDITY = java.time.Duration.ofDays(14);

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final MembershipOfferRepository offers;
    private final AccountTokens tokens;
    private final AccountRepository accounts;
    private final RegistrationService registration;
    private final OutgoingMail mail;
    private final AccountLinks links;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PrintableText printable;
    private final Clock clock;
    private final Translations translations;

    Organisations(OrganisationRepository organisations, TeamRepository teams, MembershipRepository memberships,
                  MembershipOfferRepository offers, AccountTokens tokens, AccountRepository accounts, RegistrationService registration, OutgoingMail mail, AccountLinks links,
                  CurrentAccount current, AuditTrail audit, ApplicationEventPublisher events, PrintableText printable,
                  Clock clock, Translations translations) {
        this.translations = translations;
        this.organisations = organisations;
        this.teams = teams;
        this.memberships = memberships;
        this.offers = offers;
        this.tokens = tokens;
        this.accounts = accounts;
        this.registration = registration;
        this.mail = mail;
        this.links = links;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.printable = printable;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByName().stream().map(this::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary create(String name) {
        String clean = required(name, "name", "Enter the organisation's name.", 200);
        if (organisations.existsByNameIgnoreCase(clean)) {
            throw new InvalidInputException("name", "An organisation called '" + clean + "' exists already.");
        }
        Organisation organisation = organisations.save(new Organisation(clean, clock.instant()));
        audit.record(current.id(), "organisation-created", "organisation:" + organisation.getId(), clean);
        return summary(organisation);
    }

    /**
     * Makes an existing account the manager of an organisation: it gains the MANAGER role and
     * becomes a member. A person manages at most one organisation, the one they belong to.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary appointManager(long organisationId, String email) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("No such organisation."));
        Account account = accounts.findByEmailNormalized(Account.normalizeEmail(email))
                .orElseThrow(() -> new InvalidInputException("email", "No account has the address '" + email
                        + "'. Create the account under Accounts first."));
        Optional<Membership> membership = memberships.findById(account.getId());
        if (membership.isPresent() && !membership.get().getOrganisationId().equals(organisationId)) {
            throw new InvalidInputException("email", account.getFullName() + " belongs to another organisation.");
        }
        if (membership.isEmpty()) {
            memberships.save(new Membership(account.getId(), organisationId, null, clock.instant()));
        }
        EnumSet<Role> roles = EnumSet.copyOf(account.getRoles());
        roles.add(Role.MANAGER);
        account.setRoles(roles);
        audit.record(current.id(), "manager-appointed", "organisation:" + organisationId, "account:" + account.getId());
        return summary(organisation);
    }

    /** The caller's own organisation. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public OrganisationSummary mine() {
        return summary(myOrganisation());
    }

    @PreAuthorize("hasRole('MANAGER')")
    public OrganisationSummary.TeamSummary addTeam(String name) {
        Organisation organisation = myOrganisation();
        String clean = required(name, "name", "Enter the team's name.", 120);
        if (teamsByName(organisation.getId()).containsKey(key(clean))) {
            throw new InvalidInputException("name", "There is a team called '" + clean + "' already.");
        }
        Team team = teams.save(new Team(organisation.getId(), clean));
        return new OrganisationSummary.TeamSummary(team.getId(), team.getName());
    }

    /** Whether a refresher is assigned automatically when a certificate it renews nears expiry. */
    @PreAuthorize("hasRole('MANAGER')")
    public OrganisationSummary setRefresherRule(boolean automatic) {
        Organisation organisation = myOrganisation();
        organisation.setRefresherRule(automatic);
        audit.record(current.id(), automatic ? "refresher-rule-on" : "refresher-rule-off",
                "organisation:" + organisation.getId(), null);
        return summary(organisation);
    }

    /**
     * Invites one person: a new account (they choose a password from the mailed link) or an
     * existing account that belongs to no organisation yet.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public StaffImportReport.Row invite(String fullName, String email, Long teamId) {
        Organisation organisation = myOrganisation();
        String teamName = teamId == null ? null : teams.findById(teamId)
                .filter(t -> t.getOrganisationId().equals(organisation.getId()))
                .map(Team::getName).orElseThrow(() -> new InvalidInputException("team", "Choose one of your teams."));
        StaffCsv.Line line = new StaffCsv.Line(0, fullName, email, null, null, teamName, null);
        StaffImportReport.Row row = check(line, organisation, new HashMap<>());
        if (row.outcome() == Outcome.REJECTED) {
            throw new InvalidInputException(row.message().startsWith("Name") ? "fullName" : "email", row.message());
        }
        add(line, organisation, teamsByName(organisation.getId()), new ArrayList<>());
        return row;
    }

    /**
     * Imports a staff list (columns name, email, licence number, jurisdiction, team). Every row is
     * checked first; with {@code apply} false nothing is written and the report says what would
     * happen. With {@code apply} true the accepted rows are imported in one transaction, teams the
     * file names are created, and the rejected rows are reported with the reason.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public StaffImportReport importStaff(byte[] csv, boolean apply) {
        return importLines(StaffCsv.read(csv), apply, "file");
    }

    /**
     * As {@link #importStaff}, for the people of a roster an outside system lists (a learning
     * platform's course): the same checks, preview and invitations; rows are numbered from 1 in the
     * roster's order, and a person listed without an email address is rejected.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public StaffImportReport importRoster(List<RosterSource.Person> people, boolean apply) {
        List<StaffCsv.Line> lines = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            RosterSource.Person person = people.get(i);
            String email = person.email() == null || person.email().isBlank() ? null : person.email().strip();
            lines.add(new StaffCsv.Line(i + 1, person.name() == null ? null : person.name().strip(), email, null, null, null, null));
        }
        return importLines(lines, apply, "roster");
    }

    private StaffImportReport importLines(List<StaffCsv.Line> lines, boolean apply, String source) {
        Organisation organisation = myOrganisation();
        if (lines.size() > MAX_IMPORT_ROWS) {
            throw new InvalidInputException(source, "The " + source + " has " + lines.size() + " people; import at most "
                    + MAX_IMPORT_ROWS + " at a time.");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<StaffImportReport.Row> rows = new ArrayList<>();
        List<StaffCsv.Line> accepted = new ArrayList<>();
        for (StaffCsv.Line line : lines) {
            StaffImportReport.Row row = check(line, organisation, seen);
            rows.add(row);
            if (row.outcome() != Outcome.REJECTED) {
                accepted.add(line);
            }
        }
        Map<String, Team> existingTeams = teamsByName(organisation.getId());
        List<String> newTeams = accepted.stream().map(StaffCsv.Line::team)
                .filter(t -> t != null && !existingTeams.containsKey(key(t)))
                .collect(LinkedHashMap<String, String>::new, (m, t) -> m.putIfAbsent(key(t), t), Map::putAll)
                .values().stream().toList();
        if (apply) {
            List<String> created = new ArrayList<>();
            accepted.forEach(line -> add(line, organisation, existingTeams, created));
            audit.record(current.id(), "staff-imported", "organisation:" + organisation.getId(),
                    accepted.size() + " imported, " + (rows.size() - accepted.size()) + " rejected");
        }
        return new StaffImportReport(apply, List.copyOf(rows), newTeams);
    }

    /**
     * Appoints a member of the caller's organisation as a supervisor (who countersigns the practical
     * logs of the organisation's people and observes their needling), or ends the appointment. It takes
     * effect at the person's next sign-in; their other roles stay.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public void appointSupervisor(long accountId, boolean supervisor) {
        Organisation organisation = myOrganisation();
        memberships.findById(accountId).filter(m -> m.getOrganisationId().equals(organisation.getId()))
                .orElseThrow(() -> new NotFoundException("No such person in your organisation."));
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("No such person in your organisation."));
        java.util.EnumSet<Role> roles = java.util.EnumSet.copyOf(account.getRoles());
        boolean changed = supervisor ? roles.add(Role.SUPERVISOR) : roles.remove(Role.SUPERVISOR);
        if (changed) {
            audit.record(current.id(), supervisor ? "supervisor-appointed" : "supervisor-removed", "account:" + accountId,
                    "organisation:" + organisation.getId());
            account.setRoles(roles);
        }
    }

    /** Moves a member to another of the organisation's teams (or to no team). */
    @PreAuthorize("hasRole('MANAGER')")
    public void moveToTeam(long accountId, Long teamId) {
        Organisation organisation = myOrganisation();
        Membership membership = memberships.findById(accountId)
                .filter(m -> m.getOrganisationId().equals(organisation.getId()))
                .orElseThrow(() -> new NotFoundException("No such person in your organisation."));
        if (teamId != null && teams.findById(teamId).filter(t -> t.getOrganisationId().equals(organisation.getId())).isEmpty()) {
            throw new InvalidInputException("team", "Choose one of your teams.");
        }
        membership.setTeamId(teamId);
    }

    private StaffImportReport.Row check(StaffCsv.Line line, Organisation organisation, Map<String, Integer> seen) {
        String name = line.name();
        String email = line.email();
        String problem = line.problem();
        if (problem == null && (name == null || name.isBlank())) {
            problem = "Name is empty.";
        } else if (problem == null && name.length() > 200) {
            problem = "Name is longer than 200 characters.";
        } else if (problem == null && printable.unprintable(name).isPresent()) {
            String unprintable = printable.unprintable(name).get();
            problem = "Name: " + Character.toLowerCase(unprintable.charAt(0)) + unprintable.substring(1);
        } else if (problem == null && (email == null || !EMAIL.matcher(email).matches())) {
            problem = "Email '" + (email == null ? "" : email) + "' is not a valid address.";
        } else if (problem == null && line.licenceNumber() != null && line.licenceNumber().length() > 60) {
            problem = "Licence number is longer than 60 characters.";
        } else if (problem == null && line.team() != null && line.team().length() > 120) {
            problem = "Team name is longer than 120 characters.";
        } else if (problem != null) {
            problem = "Row " + problem + ".";
        }
        if (problem != null) {
            return new StaffImportReport.Row(line.row(), name, email, Outcome.REJECTED, problem);
        }
        String normalized = Account.normalizeEmail(email);
        Integer earlier = seen.putIfAbsent(normalized, line.row());
        if (earlier != null) {
            return new StaffImportReport.Row(line.row(), name, email, Outcome.REJECTED,
                    "Email is the same as in row " + earlier + ".");
        }
        // Whether the address has an account, or belongs to another organisation, is not the
        // manager's to learn: every new address reads the same, and someone who has an account
        // joins only by accepting the mailed invitation (which tells them if they must leave first).
        Optional<Account> existing = accounts.findByEmailNormalized(normalized);
        if (existing.isPresent() && memberships.findById(existing.get().getId())
                .filter(m -> m.getOrganisationId().equals(organisation.getId())).isPresent()) {
            return new StaffImportReport.Row(line.row(), name, email, Outcome.REJECTED,
                    "Already a member of " + organisation.getName() + "; nothing changed.");
        }
        return new StaffImportReport.Row(line.row(), name, email, Outcome.INVITE, INVITED);
    }

    private void add(StaffCsv.Line line, Organisation organisation, Map<String, Team> teamsByName, List<String> created) {
        Long teamId = null;
        if (line.team() != null) {
            Team team = teamsByName.computeIfAbsent(key(line.team()), k -> {
                created.add(line.team());
                return teams.save(new Team(organisation.getId(), line.team()));
            });
            teamId = team.getId();
        }
        Optional<Account> existing = accounts.findByEmailNormalized(Account.normalizeEmail(line.email()));
        if (existing.isPresent()) {
            // Someone with an account of their own joins only by accepting: their record is theirs.
            Account account = existing.get();
            offers.save(new MembershipOffer(account.getId(), organisation.getId(), teamId, clock.instant()));
            String token = tokens.issue(account.getId(), AccountToken.Purpose.JOIN_ORGANISATION, OFFER_VALIDITY);
            audit.record(current.id(), "membership-offered", "account:" + account.getId(), "organisation:" + organisation.getId());
            events.publishEvent(new MembershipOffered(account.getId(), organisation.getName(), token));
            return;
        }
        Account account = new Account(line.email(), line.name().strip(), EnumSet.of(Role.LEARNER), clock.instant());
        account.markEmailVerified();
        Jurisdiction place = Jurisdiction.parse(line.jurisdiction());
        account.setLicence(line.licenceNumber(), place.country(), place.region());
        accounts.save(account);
        memberships.save(new Membership(account.getId(), organisation.getId(), teamId, clock.instant()));
        audit.record(current.id(), "staff-added", "account:" + account.getId(), "organisation:" + organisation.getId());
        events.publishEvent(new StaffJoined(account.getId(), organisation.getName(), true));
    }

    /** Mails each new person their invitation once the import or invitation has committed. */
    @ApplicationModuleListener
    void mailInvitation(StaffJoined joined) {
        if (joined.newAccount()) {
            accounts.findById(joined.accountId()).ifPresent(account ->
                    registration.sendInvitationFromTrainingManager(account, joined.organisationName()));
        }
    }

    /** Mails someone who already has an account the link to accept, in their language, once the offer has committed. */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void mailOffer(MembershipOffered offered) {
        accounts.findById(offered.accountId()).ifPresent(account -> {
            Locale language = LanguageSettings.languageOf(account, null);
            mail.send(account.getEmail(),
                    translations.getTranslation("people.mail.membership-offer.subject", language, offered.organisationName()),
                    translations.getTranslation("people.mail.membership-offer.body", language, offered.organisationName(),
                            links.joinOrganisation(offered.token())));
        });
    }

    /** The pending invitation of the signed-in person, if any (the page they accept it on). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<OfferView> myOffer() {
        return offers.findById(current.id()).flatMap(offer -> organisations.findById(offer.getOrganisationId())
                .map(o -> new OfferView(o.getName(), offer.getTeamId() == null ? null
                        : teams.findById(offer.getTeamId()).map(Team::getName).orElse(null))));
    }

    /**
     * Accepts the invitation the link's token belongs to: only its recipient, signed in, can, and
     * only while they belong to no organisation.
     */
    @PreAuthorize("isAuthenticated()")
    public OfferView accept(String token) {
        long me = current.id();
        MembershipOffer offer = offers.findById(me)
                .orElseThrow(() -> new InvalidInputException(null, "There is no invitation for you to accept."));
        if (tokens.redeem(token, AccountToken.Purpose.JOIN_ORGANISATION).filter(id -> id == me).isEmpty()) {
            throw new InvalidInputException(null, "This link is not valid any more, or it was sent to someone else. "
                    + "Ask the training manager to invite you again.");
        }
        if (memberships.existsById(me)) {
            throw new InvalidInputException(null, "You already belong to an organisation.");
        }
        Organisation organisation = organisations.findById(offer.getOrganisationId()).orElseThrow();
        memberships.save(new Membership(me, organisation.getId(), offer.getTeamId(), clock.instant()));
        offers.delete(offer);
        audit.record(me, "membership-accepted", "account:" + me, "organisation:" + organisation.getId());
        events.publishEvent(new StaffJoined(me, organisation.getName(), false));
        return new OfferView(organisation.getName(), null);
    }

    Organisation myOrganisation() {
        return memberships.findById(current.id()).flatMap(m -> organisations.findById(m.getOrganisationId()))
                .orElseThrow(() -> new NotFoundException("You do not manage an organisation yet. Ask an administrator."));
    }

    private OrganisationSummary summary(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getName(), o.isRefresherRule(), memberships.countByOrganisationId(o.getId()),
                teams.findByOrganisationIdOrderByName(o.getId()).stream()
                        .map(t -> new OrganisationSummary.TeamSummary(t.getId(), t.getName())).toList());
    }

    private Map<String, Team> teamsByName(long organisationId) {
        Map<String, Team> byName = new HashMap<>();
        teams.findByOrganisationIdOrderByName(organisationId).forEach(t -> byName.put(key(t.getName()), t));
        return byName;
    }

    private static String key(String teamName) {
        return teamName.strip().toLowerCase(Locale.ROOT);
    }

    private static String required(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters.");
        }
        return value.strip();
    }
}
