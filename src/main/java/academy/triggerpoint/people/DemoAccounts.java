package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One account for each role, created only in the demo profile (the default run). */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String name, Set<Role> roles) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("learner@demo.academy", "Zoë Łukasz Ngũgĩ", EnumSet.of(Role.LEARNER)),
            new Demo("author@demo.academy", "Aroha Author", EnumSet.of(Role.AUTHOR, Role.LEARNER)),
            // A second author, so a draft can be reviewed by someone who did not write it.
            new Demo("reviewer@demo.academy", "Rangi Reviewer", EnumSet.of(Role.AUTHOR)),
            new Demo("manager@demo.academy", "Mina Manager", EnumSet.of(Role.MANAGER, Role.LEARNER)),
            new Demo("supervisor@demo.academy", "Sam Supervisor", EnumSet.of(Role.SUPERVISOR, Role.LEARNER)),
            new Demo("admin@demo.academy", "Ada Admin", EnumSet.of(Role.ADMIN)),
            // On the expert panel of Dry Needling Foundations (the demo module enlists them).
            new Demo("panellist@demo.academy", "Pita Panellist", EnumSet.of(Role.PANELLIST)));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Clock clock,
                 @Value("${academy.demo.password}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        for (Demo demo : ACCOUNTS) {
            if (accounts.existsByEmailNormalized(demo.email())) {
                continue;
            }
            if (hash == null) {
                hash = encoder.encode(password);
            }
            Account account = new Account(demo.email(), demo.name(), demo.roles(), clock.instant());
            account.setLicence("DEMO-" + demo.roles().iterator().next(), "New Zealand", "Wellington");
            account.setPasswordHash(hash);
            account.markEmailVerified();
            accounts.save(account);
            log.info("Demo account created: {}", demo.email());
        }
    }
}
