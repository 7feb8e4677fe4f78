package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.i18n.Languages;
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
                .map(AccountDirectory::login);
    }

    /** The account a verified launch from a learning platform signs in to (the platform vouched, no password). */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<LoginAccount> findForLogin(long accountId) {
        return accounts.findById(accountId)
                .map(AccountDirectory::login);
    }

    /**
     * The name and registration a certificate prints, as the learner registered them, and the language
     * they chose to read it in (English when they chose none). For the certification module's issuing
     * job, which runs without a signed-in user.
     */
    @PreAuthorize("permitAll()")
    public Optional<CertificateHolder> certificateHolder(long accountId) {
        return accounts.findById(accountId).map(a -> new CertificateHolder(a.getFullName(), a.getLicenceNumber(),
                Jurisdiction.format(a.getLicenceCountry(), a.getLicenceRegion()),
                Languages.ofTag(a.getLanguage()).orElse(Languages.ENGLISH).getLanguage()));
    }

    /**
     * The email an Open Badges credential identifies its holder by (only ever written there salted and
     * hashed). For the certification module's issuing, which runs as the system, for an administrator
     * (reissue) or, in tests, without anyone signed in, like {@link #certificateHolder}.
     */
    @PreAuthorize("permitAll()")
    public Optional<String> credentialEmail(long accountId) {
        return accounts.findById(accountId).map(Account::getEmail);
    }

    private static LoginAccount login(Account a) {
        return new LoginAccount(a.getId(), a.getEmail(), a.getFullName(), a.getPasswordHash(),
                a.isEnabled(), a.isEmailVerified(), a.getRoles(), a.getSessionEpoch());
    }

    /** Whether the account still exists and is enabled (checked on every request of a session). */
    @PreAuthorize("permitAll()")
    public boolean isActive(long accountId) {
        return accounts.findById(accountId).map(Account::isEnabled).orElse(false);
    }

    /**
     * Why a session signed in at {@code sessionEpoch} must end now, checked on every request of a
     * session (one primary-key read): the account is gone or disabled, or its password or roles
     * changed since.
     */
    @PreAuthorize("permitAll()")
    public Optional<SessionEnd> sessionEnd(long accountId, long sessionEpoch) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty() || !account.get().isEnabled()) {
            return Optional.of(SessionEnd.DISABLED);
        }
        return account.get().getSessionEpoch() == sessionEpoch ? Optional.empty() : Optional.of(SessionEnd.CHANGED);
    }

    /** Why a session was ended. */
    public enum SessionEnd { DISABLED, CHANGED }
}
