package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.Membership;
import academy.triggerpoint.people.domain.MembershipRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of people who arrive from another learning system (an LTI launch) rather than by
 * registering. The caller has already verified who the system says the person is; these methods
 * run as the system, because nobody is signed in while a launch is checked.
 */
@Service
@Transactional
public class ExternalAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final AuditTrail audit;
    private final Clock clock;

    ExternalAccounts(AccountRepository accounts, MembershipRepository memberships, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the account of someone a platform launched for the first time. The platform's email is
     * used when it is a valid address no account has yet (unverified: it signs nobody in by itself),
     * otherwise {@code placeholderEmail}, an address that cannot receive mail. There is no password:
     * the person signs in through the platform until they set one with "forgot password".
     *
     * @param organisationId the platform's organisation the person joins, or null
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public long create(String fullName, String email, String placeholderEmail, Set<Role> roles, Long organisationId,
                       String platformName) {
        String address = email != null && EMAIL.matcher(email.strip()).matches() && email.strip().length() <= 320
                && accounts.findByEmailNormalized(Account.normalizeEmail(email)).isEmpty() ? email.strip() : placeholderEmail;
        String name = fullName == null || fullName.isBlank() ? "Learner from " + platformName : fullName.strip();
        Account account = new Account(address, name.length() > 200 ? name.substring(0, 200) : name,
                roles.isEmpty() ? EnumSet.of(Role.LEARNER) : roles, clock.instant());
        account.setDetailsConfirmed(false);
        accounts.save(account);
        if (organisationId != null) {
            memberships.save(new Membership(account.getId(), organisationId, null, clock.instant()));
        }
        audit.record(null, "account-created-by-launch", "account:" + account.getId(), "platform: " + platformName);
        return account.getId();
    }

    /**
     * An account the platform's organisation invited (for example from this platform's roster) that
     * has never been used: no password set and not yet linked. Only such an account may be claimed by
     * a launch carrying its email, so a platform can never take over someone's own account.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public Optional<Long> unusedInvitedMember(String email, long organisationId) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByEmailNormalized(Account.normalizeEmail(email))
                .filter(a -> a.getPasswordHash() == null && a.isEnabled())
                .filter(a -> memberships.findById(a.getId()).filter(m -> m.getOrganisationId().equals(organisationId)).isPresent())
                .map(Account::getId);
    }

    /** The person claimed an invited account by launch: they confirm the details a manager typed before the first certificate. */
    @PreAuthorize("hasRole('SYSTEM')")
    public void requireDetailsConfirmation(long accountId) {
        accounts.findById(accountId).ifPresent(a -> a.setDetailsConfirmed(false));
    }

    /**
     * Adds the roles a launch grants (never removes any). Managing needs membership of the platform's
     * organisation: someone who belongs to another organisation is not made a manager here.
     *
     * @return the roles the account holds afterwards
     */
    @PreAuthorize("hasRole('SYSTEM')")
    public Set<Role> grant(long accountId, Set<Role> roles, Long organisationId) {
        Account account = accounts.findById(accountId).orElseThrow();
        EnumSet<Role> held = EnumSet.copyOf(account.getRoles().isEmpty() ? EnumSet.of(Role.LEARNER) : account.getRoles());
        EnumSet<Role> wanted = EnumSet.copyOf(held);
        for (Role role : roles) {
            if (role == Role.MANAGER) {
                Optional<Membership> membership = memberships.findById(accountId);
                if (organisationId == null || membership.isPresent() && !membership.get().getOrganisationId().equals(organisationId)) {
                    continue;
                }
                if (membership.isEmpty()) {
                    memberships.save(new Membership(accountId, organisationId, null, clock.instant()));
                }
            }
            wanted.add(role);
        }
        if (!wanted.equals(held)) {
            account.setRoles(wanted);
            audit.record(null, "roles-granted-by-launch", "account:" + accountId, wanted.toString());
        }
        return wanted;
    }
}
