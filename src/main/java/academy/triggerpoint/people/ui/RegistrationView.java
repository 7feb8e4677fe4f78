package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.i18n.LanguagePreference;
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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Self-registration for physiotherapists. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends PublicPage implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final TextField licenceNumber = new TextField();
    final TextField licenceCountry = new TextField();
    final TextField licenceRegion = new TextField();
    final PasswordField password = new PasswordField();
    final Button create = new Button();

    public RegistrationView(RegistrationService registration, LanguagePreference language) {
        super(language);
        fullName.setLabel(getTranslation("people.register.full-name"));
        email.setLabel(getTranslation("people.register.email"));
        licenceNumber.setLabel(getTranslation("people.register.licence-number"));
        licenceCountry.setLabel(getTranslation("people.register.licence-country"));
        licenceRegion.setLabel(getTranslation("people.register.licence-region"));
        password.setLabel(getTranslation("people.register.password"));
        create.setText(getTranslation("people.register.create"));
        password.setHelperText(getTranslation("people.register.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        fullName.setHelperText(getTranslation("people.register.full-name.helper"));
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
                registration.register(request, ClientAddress.current(), getLocale());
                show(new H1(getTranslation("people.register.sent.title")),
                        new Paragraph(getTranslation("people.register.sent.text", request.getEmail())),
                        new Anchor("login", getTranslation("people.register.sent.sign-in")));
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
        show(new H1(getTranslation("people.register.title")), new Paragraph(getTranslation("people.register.intro")),
                form, create, new Anchor("login", getTranslation("people.register.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.register.page-title");
    }
}
