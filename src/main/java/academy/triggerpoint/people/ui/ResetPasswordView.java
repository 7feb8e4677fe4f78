package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.PasswordPolicy;
import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a reset (or first-password) link lands. */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registration;
    private String token = "";

    public ResetPasswordView(RegistrationService registration, LanguagePreference language) {
        super(language);
        this.registration = registration;
        PasswordField password = new PasswordField(getTranslation("people.reset-password.password"));
        password.setHelperText(getTranslation("people.reset-password.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button save = new Button(getTranslation("people.reset-password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                if (registration.resetPassword(token, password.getValue())) {
                    show(new H1(getTranslation("people.reset-password.saved.title")),
                            new Paragraph(getTranslation("people.reset-password.saved.text")),
                            new Anchor("login", getTranslation("people.reset-password.saved.sign-in")));
                } else {
                    show(new H1(getTranslation("people.reset-password.invalid.title")),
                            new Paragraph(getTranslation("people.reset-password.invalid.text")),
                            new Anchor("forgot-password", getTranslation("people.reset-password.invalid.new-link")));
                }
            } catch (InvalidInputException problem) {
                password.setErrorMessage(problem.getMessage());
                password.setInvalid(true);
            }
        });
        show(new H1(getTranslation("people.reset-password.title")), password, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.reset-password.page-title");
    }
}
