package academy.triggerpoint;

import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.RegistrationRequest;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates accounts directly in the database for tests that are not about registration. */
public final class TestAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {
    }

    /** A complete, valid registration with a name in three scripts' worth of diacritics. */
    public static RegistrationRequest registration(String email) {
        RegistrationRequest r = new RegistrationRequest();
        r.setFullName("Zoë Łukasz Ngũgĩ");
        r.setEmail(email);
        r.setLicenceNumber("PT-12345");
        r.setLicenceCountry("Kenya");
        r.setLicenceRegion("Nairobi");
        r.setPassword("trigger points in taut bands");
        return r;
    }

    public static LoginAccount create(AccountRepository accounts, String name, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.LEARNER) : EnumSet.of(roles[0], roles);
        Account account = new Account("user" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.academy",
                name, set, Instant.parse("2026-01-01T00:00:00Z"));
        account.setLicence("LIC-1", "New Zealand", null);
        account.markEmailVerified();
        accounts.save(account);
        return new LoginAccount(account.getId(), account.getEmail(), name, null, true, true, set);
    }
}
