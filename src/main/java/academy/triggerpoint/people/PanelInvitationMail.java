package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.mail.OutgoingMail;
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

    PanelInvitationMail(AccountRepository accounts, RegistrationService registration, OutgoingMail mail, AccountLinks links) {
        this.accounts = accounts;
        this.registration = registration;
        this.mail = mail;
        this.links = links;
    }

    /** Mails the invitation to a course's expert panel; a new account's mail carries the link to choose a password. */
    @ApplicationModuleListener(readOnlyTransaction = true)
    void mail(PanellistEnlisted enlisted) {
        accounts.findById(enlisted.accountId()).ifPresent(account -> {
            String panel = "You are invited to the expert panel of the course \u201c" + enlisted.courseTitle()
                    + "\u201d on Trigger Point Academy. Panellists judge the course's script-concordance questions "
                    + "as practising clinicians; once at least 10 have answered a question independently, their answers become "
                    + "the key learners are scored against. Nobody scores you, and learners never see who answered.";
            if (enlisted.newAccount()) {
                registration.sendInvitation(account, "The course's author", panel);
            } else {
                mail.send(account.getEmail(), "Expert panel: " + enlisted.courseTitle(), panel
                        + "\n\nSign in and open \u201cExpert panel\u201d in the menu (if you are signed in now, you "
                        + "will be asked to sign in again, as your access changed):\n" + links.signIn());
            }
        });
    }
}
