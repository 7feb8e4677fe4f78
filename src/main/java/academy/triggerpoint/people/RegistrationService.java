package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.people.domain.AccountToken.Purpose;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.PrintableText;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.Translations;
import academy.triggerpoint.shared.mail.OutgoingMail;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration, email verification and password reset. Every answer is the same whether or
 * not an address is registered, so these pages cannot be used to find out who has an account.
 * Mail is written in the recipient's language: the one kept with their account, else the language
 * of the page they asked from, else English.
 */
@Service
@Transactional
public class RegistrationService {

    static final Duration VERIFY_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITE_VALIDITY = Duration.ofHours(72);

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountLinks links;
    private final OutgoingMail mail;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Validator validator;
    private final PrintableText printable;
    private final Clock clock;
    private final Translations translations;

    private final MailLimit mailLimit;

    RegistrationService(AccountRepository accounts, AccountTokens tokens, AccountLinks links, OutgoingMail mail,
                        PasswordEncoder encoder, PasswordPolicy policy, Validator validator, PrintableText printable,
                        Clock clock, MailLimit mailLimit, Translations translations) {
        this.mailLimit = mailLimit;
        this.translations = translations;
        this.accounts = accounts;
        this.tokens = tokens;
        this.links = links;
        this.mail = mail;
        this.encoder = encoder;
        this.policy = policy;
        this.validator = validator;
        this.printable = printable;
        this.clock = clock;
    }

    /**
     * Registers a learner and mails a verification link. If the address is already registered the
     * owner gets a mail saying so instead, and the caller sees the same outcome. A name with a
     * character the certificates cannot print is refused, naming the character.
     *
     * @throws InvalidInputException naming the first field to correct
     */
    @PreAuthorize("permitAll()")
    public void register(RegistrationRequest request) {
        register(request, null);
    }

    /** As {@link #register(RegistrationRequest)}, with the client's address for the limit on mails it can cause. */
    @PreAuthorize("permitAll()")
    public void register(RegistrationRequest request, String clientAddress) {
        register(request, clientAddress, null);
    }

    /**
     * As {@link #register(RegistrationRequest, String)}, from a page in {@code pageLanguage}: the new
     * account keeps it as the person's language (so their mail is written in it), and a mail to an
     * address already registered uses it when that account has no language of its own.
     */
    @PreAuthorize("permitAll()")
    public void register(RegistrationRequest request, String clientAddress, Locale pageLanguage) {
        Set<ConstraintViolation<RegistrationRequest>> violations = validator.validate(request);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage());
        });
        printable.unprintable(request.getFullName()).ifPresent(problem -> {
            throw new InvalidInputException("fullName", problem);
        });
        policy.problemWith(request.getPassword(), request.getEmail(), request.getFullName()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        String normalized = Account.normalizeEmail(request.getEmail());
        var existing = accounts.findByEmailNormalized(normalized);
        // Hash either way, so both answers take the same time and timing does not reveal the address.
        String hash = encoder.encode(request.getPassword());
        if (existing.isPresent()) {
            if (!mailLimit.allow(normalized, clientAddress)) {
                return;
            }
            Locale language = LanguageSettings.languageOf(existing.get(), pageLanguage);
            mail.send(existing.get().getEmail(), translations.getTranslation("people.mail.already-registered.subject", language),
                    translations.getTranslation("people.mail.already-registered.body", language, links.signIn()));
            return;
        }
        Account account = new Account(request.getEmail(), request.getFullName().strip(), Set.of(Role.LEARNER), clock.instant());
        account.setLicence(request.getLicenceNumber().strip(), request.getLicenceCountry().strip(),
                request.getLicenceRegion() == null ? null : request.getLicenceRegion().strip());
        account.setPasswordHash(hash);
        if (pageLanguage != null) {
            Languages.ofTag(pageLanguage.getLanguage()).ifPresent(language -> account.setLanguage(language.getLanguage()));
        }
        accounts.save(account);
        sendVerification(account);
    }

    /** Marks the address verified if the link is valid; false for a used, expired or unknown link. */
    @PreAuthorize("permitAll()")
    public boolean verifyEmail(String token) {
        return tokens.redeem(token, Purpose.VERIFY_EMAIL)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.markEmailVerified();
                    return true;
                })
                .orElse(false);
    }

    /** Sends a new verification link if the address is registered and not yet verified. */
    @PreAuthorize("permitAll()")
    public void resendVerification(String email) {
        accounts.findByEmailNormalized(Account.normalizeEmail(email))
                .filter(a -> !a.isEmailVerified() && a.isEnabled())
                .filter(a -> mailLimit.allow(Account.normalizeEmail(a.getEmail()), null))
                .ifPresent(this::sendVerification);
    }

    /** Mails a password-reset link if the address belongs to an enabled account; silent otherwise. */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String email) {
        requestPasswordReset(email, null);
    }

    /**
     * As {@link #requestPasswordReset(String)}; at most a few mails per address and per client
     * address an hour go out, and the answer is the same either way.
     */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String email, String clientAddress) {
        requestPasswordReset(email, clientAddress, null);
    }

    /**
     * As {@link #requestPasswordReset(String, String)}, from a page in {@code pageLanguage}, which
     * the mail is written in when the account has no language of its own.
     */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String email, String clientAddress, Locale pageLanguage) {
        accounts.findByEmailNormalized(Account.normalizeEmail(email))
                .filter(Account::isEnabled)
                .filter(a -> mailLimit.allow(Account.normalizeEmail(a.getEmail()), clientAddress))
                .ifPresent(account -> {
                    String token = tokens.issue(account.getId(), Purpose.RESET_PASSWORD, RESET_VALIDITY);
                    Locale language = LanguageSettings.languageOf(account, pageLanguage);
                    mail.send(account.getEmail(), translations.getTranslation("people.mail.reset-password.subject", language),
                            translations.getTranslation("people.mail.reset-password.body", language, links.resetPassword(token)));
                });
    }

    /**
     * Sets a new password from a reset link. Following a reset link also proves the address.
     *
     * @return false when the link is used, expired or unknown
     * @throws InvalidInputException when the new password is not acceptable (the link stays usable)
     */
    @PreAuthorize("permitAll()")
    public boolean resetPassword(String token, String newPassword) {
        policy.problemWith(newPassword, null).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        return tokens.redeem(token, Purpose.RESET_PASSWORD)
                .flatMap(accounts::findById)
                .filter(Account::isEnabled)
                .map(account -> {
                    account.setPasswordHash(encoder.encode(newPassword));
                    account.markEmailVerified();
                    return true;
                })
                .orElse(false);
    }

    /** Mails someone an administrator created an account for the link to choose a first password. */
    void sendInvitationFromAdministrator(Account account) {
        sendInvitation(account, (language, link) ->
                translations.getTranslation("people.mail.invitation.from-administrator", language, link));
    }

    /** Mails someone a training manager added to their organisation the link to choose a first password. */
    void sendInvitationFromTrainingManager(Account account, String organisationName) {
        sendInvitation(account, (language, link) ->
                translations.getTranslation("people.mail.invitation.from-training-manager", language, organisationName, link));
    }

    /**
     * Mails someone a course's author enlisted the link to choose a first password, after a
     * paragraph saying what the account is for ({@code purpose} writes it in the mail's language).
     */
    void sendInvitationFromCourseAuthor(Account account, Function<Locale, String> purpose) {
        sendInvitation(account, (language, link) -> translations.getTranslation(
                "people.mail.invitation.from-course-author", language, purpose.apply(language), link));
    }

    private void sendInvitation(Account account, BiFunction<Locale, String, String> body) {
        String token = tokens.issue(account.getId(), Purpose.RESET_PASSWORD, INVITE_VALIDITY);
        Locale language = LanguageSettings.languageOf(account, null);
        mail.send(account.getEmail(), translations.getTranslation("people.mail.invitation.subject", language),
                body.apply(language, links.resetPassword(token)));
    }

    private void sendVerification(Account account) {
        String token = tokens.issue(account.getId(), Purpose.VERIFY_EMAIL, VERIFY_VALIDITY);
        Locale language = LanguageSettings.languageOf(account, null);
        mail.send(account.getEmail(), translations.getTranslation("people.mail.verify-email.subject", language),
                translations.getTranslation("people.mail.verify-email.body", language, links.verifyEmail(token)));
    }
}
