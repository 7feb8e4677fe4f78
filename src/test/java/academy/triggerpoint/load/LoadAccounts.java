package academy.triggerpoint.load;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The load harness's learners ({@link HttpLoadHarness}): {@code load-1@load.test} ... each enrolled
 * in the course whose quiz the harness takes. Only on the test classpath and only in the
 * {@code load} profile, which the harness starts the application with.
 */
@Component
@Profile("load")
class LoadAccounts implements ApplicationRunner {

    static final String PASSWORD = "load-harness-password-2026";
    private static final Logger log = LoggerFactory.getLogger(LoadAccounts.class);

    private final AccountRepository accounts;
    private final CatalogService catalog;
    private final CourseLibrary library;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final int learners;
    private final String course;

    LoadAccounts(AccountRepository accounts, CatalogService catalog, CourseLibrary library, PasswordEncoder encoder, Clock clock,
                 @Value("${load.learners:0}") int learners, @Value("${load.course:dry-needling-foundations}") String course) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.library = library;
        this.encoder = encoder;
        this.clock = clock;
        this.learners = learners;
        this.course = course;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The library loads the course folder only once the application is ready, after runners.
        SignIn.as(new LoginAccount(0, "load-harness@load.test", "Load harness", null, true, true, EnumSet.of(Role.ADMIN)));
        try {
            library.reload();
        } finally {
            SignIn.out();
        }
        String hash = encoder.encode(PASSWORD); // one Argon2 hash for all: seeding stays fast
        for (int i = 1; i <= learners; i++) {
            String email = "load-" + i + "@load.test";
            if (accounts.findByEmailNormalized(email).isPresent()) {
                continue;
            }
            Account account = new Account(email, "Load Learner " + i, EnumSet.of(Role.LEARNER), clock.instant());
            account.setPasswordHash(hash);
            account.setLicence("LOAD-" + i, "New Zealand", null);
            account.markEmailVerified();
            accounts.save(account);
            SignIn.as(new LoginAccount(account.getId(), email, account.getFullName(), null, true, true, EnumSet.of(Role.LEARNER)));
            try {
                catalog.enrol(course);
            } finally {
                SignIn.out();
            }
        }
        log.warn("Load accounts ready: {} learners enrolled in {}", learners, course);
    }
}
