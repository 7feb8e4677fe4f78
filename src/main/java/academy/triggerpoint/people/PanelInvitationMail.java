package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.i18n.Translations;
import academy.triggerpoint.shared.mail.OutgoingMail;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails expert-panel invitations once the enlisting transaction has committed. It runs on its own
 * thread with nobody signed in, so it lives apart from the administrators' service and its role check.
 */
@Component
class PanelInvitationMail {

    private final AccountRepository accounts;
    private final RegistrationService registration;
    private final OutgoingMail mail;
    private final AccountLinks links;
    private final Translations translations;

    PanelInvitationMail(AccountRepository accounts, RegistrationService registration, OutgoingMail mail, AccountLinks links,
                        Translations translations) {
        this.accounts = accounts;
        this.registration = registration;
        this.mail = mail;
        this.links = links;
        this.translations = translations;
    }

    /**
     * Mails the invitation to a course's expert panel in the person's language; a new account's mail
     * carries the link to choose a password.
     */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void mail(PanellistEnlisted enlisted) {
        accounts.findById(enlisted.accountId()).ifPresent(account -> {
            if (enlisted.newAccount()) {
                registration.sendInvitationFromCourseAuthor(account, language -> translations.getTranslation(
                        "people.mail.expert-panel.invitation", language, enlisted.courseTitle()));
            } else {
                Locale language = LanguageSettings.languageOf(account, null);
                mail.send(account.getEmail(),
                        translations.getTranslation("people.mail.expert-panel.subject", language, enlisted.courseTitle()),
                        translations.getTranslation("people.mail.expert-panel.sign-in", language,
                                translations.getTranslation("people.mail.expert-panel.invitation", language, enlisted.courseTitle()),
                                links.signIn()));
            }
        });
    }
}
