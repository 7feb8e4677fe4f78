package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.PrintableText;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create author and manager accounts and disable accounts; authors and
 * administrators enlist experts as panellists.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final RegistrationService registration;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final PrintableText printable;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    AccountAdministration(AccountRepository accounts, RegistrationService registration, CurrentAccount current,
                          AuditTrail audit, PrintableText printable, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.registration = registration;
        this.current = current;
        this.audit = audit;
        this.printable = printable;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Pageable page) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return accounts.search(needle, page).map(AccountAdministration::toSummary);
    }

    /** The accounts with these ids (missing ones left out), for administrators' lists. */
    @Transactional(readOnly = true)
    public List<AccountSummary> summaries(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(AccountAdministration::toSummary).toList();
    }

    /**
     * Creates a verified account with the given roles and mails the person a link to choose a
     * password. Nobody, not even the administrator, ever knows the password.
     */
    public AccountSummary createStaffAccount(String fullName, String email, Set<Role> roles) {
        checkNameAndEmail(fullName, email);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role.");
        }
        if (accounts.existsByEmailNormalized(Account.normalizeEmail(email))) {
            throw new InvalidInputException("email", "An account with this email address exists already.");
        }
        Account account = new Account(email, fullName.strip(), EnumSet.copyOf(roles), clock.instant());
        account.markEmailVerified();
        accounts.save(account);
        audit.record(current.id(), "account-created", "account:" + account.getId(), "roles " + roles);
        registration.sendInvitationFromAdministrator(account);
        return toSummary(account);
    }

    /** Enables or disables an account. A disabled person's sessions end at their next request. */
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("No such account."));
        if (!enabled && account.getId() == current.id()) {
            throw new InvalidInputException(null, "You cannot disable your own account.");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.record(current.id(), enabled ? "account-enabled" : "account-disabled", "account:" + accountId, null);
        }
        return toSummary(account);
    }

    /** Replaces an account's roles. */
    public AccountSummary setRoles(long accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role.");
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("No such account."));
        if (account.getId() == current.id() && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own administrator role.");
        }
        audit.record(current.id(), "roles-changed", "account:" + accountId, account.getRoles() + " -> " + roles);
        account.setRoles(roles);
        return toSummary(account);
    }

    /**
     * Enlists someone for a course's expert panel: an existing account gains the panellist role
     * (it takes effect at their next sign-in), anyone else gets an account with only that role. The
     * invitation is mailed once the caller's transaction has committed.
     *
     * @return the panellist's account id
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    public long enlistPanellist(String fullName, String email, String courseTitle) {
        checkNameAndEmail(fullName, email);
        Account account = accounts.findByEmailNormalized(Account.normalizeEmail(email)).orElse(null);
        boolean created = account == null;
        if (created) {
            account = new Account(email, fullName.strip(), EnumSet.of(Role.PANELLIST), clock.instant());
            account.markEmailVerified();
            accounts.save(account);
            audit.record(current.id(), "account-created", "account:" + account.getId(), "roles [PANELLIST]");
        } else if (!account.getRoles().contains(Role.PANELLIST)) {
            Set<Role> roles = EnumSet.copyOf(account.getRoles());
            roles.add(Role.PANELLIST);
            audit.record(current.id(), "roles-changed", "account:" + account.getId(), account.getRoles() + " -> " + roles);
            account.setRoles(roles);
        }
        events.publishEvent(new PanellistEnlisted(account.getId(), courseTitle, created));
        return account.getId();
    }

    private void checkNameAndEmail(String fullName, String email) {
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidInputException("fullName", "Enter the person's full name.");
        }
        printable.unprintable(fullName).ifPresent(problem -> {
            throw new InvalidInputException("fullName", problem);
        });
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException("email", "Enter a valid email address, such as name@clinic.org.");
        }
    }

    static AccountSummary toSummary(Account a) {
        return new AccountSummary(a.getId(), a.getFullName(), a.getEmail(), a.getRoles(), a.isEnabled(),
                a.isEmailVerified(), a.getCreatedAt());
    }
}
