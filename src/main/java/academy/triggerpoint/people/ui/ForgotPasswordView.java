package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.ui.ClientAddress;
import academy.triggerpoint.people.RegistrationService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Asks for a reset link. The answer is the same for registered and unknown addresses. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Trigger Point Academy")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout {

    public ForgotPasswordView(RegistrationService registration) {
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        EmailField email = new EmailField("Email");
        email.setRequiredIndicatorVisible(true);
        Button send = new Button("Send me a reset link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage("Enter the email address you registered with.");
                email.setInvalid(true);
                return;
            }
            registration.requestPasswordReset(email.getValue(), ClientAddress.current());
            removeAll();
            add(new H1("Check your email"),
                    new Paragraph("If " + email.getValue() + " belongs to an account, a link to choose a new password is on "
                            + "its way. It works once, within one hour."),
                    new Anchor("login", "Back to sign in"));
        });
        add(new H1("Forgot your password?"), new Paragraph("We will email you a link to choose a new one."), email, send,
                new Anchor("login", "Back to sign in"));
    }
}
