package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PrintableText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person reads and corrects their own details; nobody else's. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final AccountRepository accounts;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PrintableText printable;
    private final ApplicationEventPublisher events;

    ProfileService(AccountRepository accounts, CurrentAccount current, AuditTrail audit, PasswordEncoder encoder,
                   PasswordPolicy policy, PrintableText printable, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.current = current;
        this.audit = audit;
        this.encoder = encoder;
        this.policy = policy;
        this.printable = printable;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Profile myProfile() {
        return toProfile(me());
    }

    /**
     * Whether the caller must confirm the name and licence their certificates will print before doing
     * anything else: their account was created by another system (an LTI launch), which may have
     * given no name or a nickname.
     */
    @Transactional(readOnly = true)
    public boolean mustConfirmMyDetails() {
        return !me().isDetailsConfirmed();
    }

    /**
     * Corrects the caller's name and licence (saving them also confirms them, see
     * {@link #mustConfirmMyDetails()}). A change of the name that prints on certificates is
     * written to the audit trail with the old and the new name; a name with a character the
     * certificates cannot print is refused, naming the character.
     */
    public Profile updateMyProfile(String fullName, String licenceNumber, String licenceCountry, String licenceRegion) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("fullName", "Enter your full name as it should print on certificates.");
        }
        if (name.length() > 200) {
            throw new InvalidInputException("fullName", "Use at most 200 characters.");
        }
        printable.unprintable(name).ifPresent(problem -> {
            throw new InvalidInputException("fullName", problem);
        });
        if (licenceNumber == null || licenceNumber.isBlank()) {
            throw new InvalidInputException("licenceNumber", "Enter your professional licence or registration number.");
        }
        if (licenceCountry == null || licenceCountry.isBlank()) {
            throw new InvalidInputException("licenceCountry", "Enter the country that issued your licence.");
        }
        Account account = me();
        if (!name.equals(account.getFullName())) {
            audit.record(account.getId(), "certificate-name-changed", "account:" + account.getId(),
                    "from \"" + account.getFullName() + "\" to \"" + name + "\"");
            account.setFullName(name);
            events.publishEvent(new NameCorrected(account.getId()));
        }
        account.setLicence(licenceNumber.strip(), licenceCountry.strip(), licenceRegion == null ? null : licenceRegion.strip());
        if (!account.isDetailsConfirmed()) {
            account.setDetailsConfirmed(true);
            audit.record(account.getId(), "certificate-details-confirmed", "account:" + account.getId(), name);
        }
        return toProfile(account);
    }

    /**
     * Changes the caller's password after checking the current one. Every other session of the
     * account ends at its next request.
     *
     * @return the account's new session epoch, at which the caller's own session is renewed
     */
    public long changeMyPassword(String currentPassword, String newPassword) {
        Account account = me();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        policy.problemWith(newPassword, account.getEmail(), account.getFullName()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        account.setPasswordHash(encoder.encode(newPassword));
        return account.getSessionEpoch();
    }

    private Account me() {
        return accounts.findById(current.id()).orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }

    private static Profile toProfile(Account a) {
        return new Profile(a.getId(), a.getEmail(), a.getFullName(), a.getLicenceNumber(), a.getLicenceCountry(),
                a.getLicenceRegion(), a.getRoles());
    }
}
