package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks accounts up for sign-in, which happens before anyone is authenticated. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize("permitAll()")
    public Optional<LoginAccount> findForLogin(String email) {
        return accounts.findByEmailNormalized(Account.normalizeEmail(email))
                .map(a -> new LoginAccount(a.getId(), a.getEmail(), a.getFullName(), a.getPasswordHash(),
                        a.isEnabled(), a.isEmailVerified(), a.getRoles()));
    }

    /** Whether the account still exists and is enabled (checked on every request of a session). */
    @PreAuthorize("permitAll()")
    public boolean isActive(long accountId) {
        return accounts.findById(accountId).map(Account::isEnabled).orElse(false);
    }
}
