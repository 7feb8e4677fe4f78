package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.ui.ClientAddress;
import academy.triggerpoint.people.PasswordPolicy;
import academy.triggerpoint.people.RegistrationRequest;
import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Self-registration for physiotherapists. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Trigger Point Academy")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout {

    final TextField fullName = new TextField("Full name (as it should print on your certificates)");
    final EmailField email = new EmailField("Email");
    final TextField licenceNumber = new TextField("Licence or registration number");
    final TextField licenceCountry = new TextField("Country that issued the licence");
    final TextField licenceRegion = new TextField("State or region (if your licence is regional)");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create account");

    public RegistrationView(RegistrationService registration) {
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters. A passphrase of a few words works well.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fullName.setHelperText("In your own script: Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, "
                + "Chinese, Japanese and Korean all print.");
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);

        BeanValidationBinder<RegistrationRequest> binder = new BeanValidationBinder<>(RegistrationRequest.class);
        binder.bindInstanceFields(this);
        binder.setBean(new RegistrationRequest());
        Map<String, HasValue<?, ?>> fields = Map.of("fullName", fullName, "email", email, "licenceNumber", licenceNumber,
                "licenceCountry", licenceCountry, "licenceRegion", licenceRegion, "password", password);

        FormLayout form = new FormLayout(fullName, email, licenceNumber, licenceCountry, licenceRegion, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(fullName, 2);
        form.setMaxWidth("44em");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> {
            RegistrationRequest request = new RegistrationRequest();
            try {
                binder.writeBean(request);
                registration.register(request, ClientAddress.current());
                removeAll();
                add(new H1("Check your email"),
                        new Paragraph("We sent a link to " + request.getEmail() + ". Follow it within 48 hours to confirm "
                                + "your address, then sign in."),
                        new Anchor("login", "Go to sign in"));
            } catch (ValidationException invalid) {
                fields.values().stream().filter(f -> f instanceof HasValidation v && v.isInvalid())
                        .findFirst().ifPresent(f -> ((Focusable<?>) f).focus());
            } catch (InvalidInputException problem) {
                HasValue<?, ?> field = fields.get(problem.field());
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(problem.getMessage());
                    v.setInvalid(true);
                    ((Focusable<?>) field).focus();
                }
            }
        });
        add(new H1("Create a learner account"),
                new Paragraph("For physiotherapists studying dry needling. Authors and managers get their accounts from an administrator."),
                form, create, new Anchor("login", "I already have an account"));
    }
}
