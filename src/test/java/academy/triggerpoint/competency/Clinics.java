package academy.triggerpoint.competency;

import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Sets up organisations with a manager and staff for tests of the training manager's features. */
public final class Clinics {

    /** An organisation as a test sees it: its id, its manager and its staff (learners who can sign in). */
    public record Clinic(long id, String name, LoginAccount manager, List<LoginAccount> staff) {
    }

    private Clinics() {
    }

    /**
     * Appoints a member of the clinic as its supervisor (the manager must be signed in) and returns
     * them as they are signed in from then on, with the supervisor role.
     */
    public static LoginAccount supervisor(Organisations organisations, LoginAccount member) {
        organisations.appointSupervisor(member.id(), true);
        return new LoginAccount(member.id(), member.email(), member.fullName(), null, true, true,
                EnumSet.of(Role.LEARNER, Role.SUPERVISOR));
    }

    /**
     * Creates an organisation (as an administrator), a manager appointed to it and the named staff,
     * invited by the manager as new people (so they join at once). Leaves the manager signed in.
     */
    public static Clinic open(Organisations organisations, AccountRepository accounts, String name, String... staffNames) {
        LoginAccount admin = TestAccounts.create(accounts, "Admin of " + name, Role.ADMIN);
        SignIn.as(admin);
        String unique = name + " " + System.nanoTime();
        long id = organisations.create(unique).id();
        LoginAccount manager = TestAccounts.create(accounts, "Manager of " + name, Role.MANAGER, Role.LEARNER);
        organisations.appointManager(id, manager.email());
        SignIn.as(manager);
        List<LoginAccount> staff = java.util.Arrays.stream(staffNames).map(n -> {
            String email = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ".") + "." + System.nanoTime() + "@clinic.example";
            organisations.invite(n, email, null);
            Account account = accounts.findByEmailNormalized(email).orElseThrow();
            return new LoginAccount(account.getId(), account.getEmail(), n, null, true, true, EnumSet.of(Role.LEARNER));
        }).toList();
        return new Clinic(id, unique, manager, staff);
    }
}
