package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.ui.ClientAddress;
import academy.triggerpoint.people.RegistrationService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same for registered and unknown addresses. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage implements HasDynamicTitle {

    public ForgotPasswordView(RegistrationService registration, LanguagePreference language) {
        super(language);
        EmailField email = new EmailField(getTranslation("people.forgot-password.email"));
        email.setRequiredIndicatorVisible(true);
        Button send = new Button(getTranslation("people.forgot-password.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage(getTranslation("people.forgot-password.email.missing"));
                email.setInvalid(true);
                return;
            }
            registration.requestPasswordReset(email.getValue(), ClientAddress.current(), getLocale());
            show(new H1(getTranslation("people.forgot-password.sent.title")),
                    new Paragraph(getTranslation("people.forgot-password.sent.text", email.getValue())),
                    new Anchor("login", getTranslation("people.forgot-password.back")));
        });
        show(new H1(getTranslation("people.forgot-password.title")), new Paragraph(getTranslation("people.forgot-password.intro")),
                email, send, new Anchor("login", getTranslation("people.forgot-password.back")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.forgot-password.page-title");
    }
}
