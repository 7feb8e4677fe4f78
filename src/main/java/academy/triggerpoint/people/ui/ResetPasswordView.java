package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.PasswordPolicy;
import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a reset (or first-password) link lands. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Trigger Point Academy")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final RegistrationService registration;
    private String token = "";

    public ResetPasswordView(RegistrationService registration) {
        this.registration = registration;
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button("Save new password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                boolean done = registration.resetPassword(token, password.getValue());
                removeAll();
                add(done ? new H1("Password saved") : new H1("This link does not work"),
                        new Paragraph(done ? "You can sign in with your new password now."
                                : "It may have been used already or have expired. Ask for a new one."),
                        new Anchor(done ? "login" : "forgot-password", done ? "Sign in" : "Ask for a new link"));
            } catch (InvalidInputException problem) {
                password.setErrorMessage(problem.getMessage());
                password.setInvalid(true);
            }
        });
        add(new H1("Choose a new password"), password, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }
}
