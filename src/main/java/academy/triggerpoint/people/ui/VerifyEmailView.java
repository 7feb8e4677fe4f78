package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the emailed verification link lands. */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    /** The token this browser session redeemed: switching the language reloads the page, and the token works only once. */
    private static final String CONFIRMED_TOKEN = VerifyEmailView.class.getName() + ".confirmed";

    private final RegistrationService registration;

    public VerifyEmailView(RegistrationService registration, LanguagePreference language) {
        super(language);
        this.registration = registration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        VaadinSession session = VaadinSession.getCurrent();
        boolean confirmed = (!token.isEmpty() && token.equals(session.getAttribute(CONFIRMED_TOKEN))) || registration.verifyEmail(token);
        if (confirmed) {
            session.setAttribute(CONFIRMED_TOKEN, token);
            show(new H1(getTranslation("people.verify-email.confirmed.title")),
                    new Paragraph(getTranslation("people.verify-email.confirmed.text")),
                    new Anchor("login", getTranslation("people.verify-email.sign-in")));
        } else {
            show(new H1(getTranslation("people.verify-email.invalid.title")),
                    new Paragraph(getTranslation("people.verify-email.invalid.text")),
                    new Anchor("login", getTranslation("people.verify-email.sign-in")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.verify-email.page-title");
    }
}
