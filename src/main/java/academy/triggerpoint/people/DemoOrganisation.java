package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.Membership;
import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.people.domain.Organisation;
import academy.triggerpoint.people.domain.OrganisationRepository;
import academy.triggerpoint.people.domain.Team;
import academy.triggerpoint.people.domain.TeamRepository;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo clinic with two teams, managed by the demo manager, with the demo learner and a few more
 * staff (who cannot sign in: they have no password), so the manager's dashboard has something to
 * show. Demo profile only.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganisation implements ApplicationRunner {

    static final String NAME = "Harbour Physiotherapy (demo)";
    private static final List<String[]> STAFF = List.of(
            new String[] {"learner@demo.academy", null, "Outpatients"},
            new String[] {"manager@demo.academy", null, "Outpatients"},
            new String[] {"supervisor@demo.academy", null, "Outpatients"},
            new String[] {"tane.demo@harbour.example", "Tāne Wiremu", "Outpatients"},
            new String[] {"sofia.demo@harbour.example", "Sofia Андреева", "Outpatients"},
            new String[] {"liam.demo@harbour.example", "Liam O'Connor", "Sports clinic"},
            new String[] {"mei.demo@harbour.example", "陳美 Mei Chen", "Sports clinic"},
            new String[] {"ana.demo@harbour.example", "Ana Lima", "Sports clinic"});

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final Clock clock;

    DemoOrganisation(OrganisationRepository organisations, TeamRepository teams, MembershipRepository memberships,
                     AccountRepository accounts, Clock clock) {
        this.organisations = organisations;
        this.teams = teams;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // A demo database from an earlier version gets the people added since (the supervisor).
        Organisation clinic = organisations.findFirstByNameIgnoreCase(NAME)
                .orElseGet(() -> organisations.save(new Organisation(NAME, clock.instant())));
        List<Team> existing = teams.findByOrganisationIdOrderByName(clinic.getId());
        Team outpatients = existing.stream().filter(t -> t.getName().equals("Outpatients")).findFirst()
                .orElseGet(() -> teams.save(new Team(clinic.getId(), "Outpatients")));
        Team sports = existing.stream().filter(t -> t.getName().equals("Sports clinic")).findFirst()
                .orElseGet(() -> teams.save(new Team(clinic.getId(), "Sports clinic")));
        for (String[] person : STAFF) {
            Account account = accounts.findByEmailNormalized(person[0]).orElseGet(() -> {
                Account created = new Account(person[0], person[1], EnumSet.of(Role.LEARNER), clock.instant());
                created.markEmailVerified();
                created.setLicence("DEMO-" + Math.floorMod(person[1].hashCode(), 10000), "New Zealand", "Wellington");
                return accounts.save(created);
            });
            if (memberships.existsById(account.getId())) {
                continue;
            }
            Team team = person[2].equals("Outpatients") ? outpatients : sports;
            memberships.save(new Membership(account.getId(), clinic.getId(), team.getId(), clock.instant()));
        }
    }
}
