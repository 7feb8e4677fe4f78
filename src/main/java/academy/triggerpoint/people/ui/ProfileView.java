package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.PasswordPolicy;
import academy.triggerpoint.people.Profile;
import academy.triggerpoint.people.ProfileService;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import academy.triggerpoint.shared.ui.KeptSession;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** A person corrects their own name and licence details and changes their password. */
@Route("profile")
@PageTitle("Profile · Trigger Point Academy")
@PermitAll
public class ProfileView extends VerticalLayout {

    public ProfileView(ProfileService profiles) {
        Profile me = profiles.myProfile();
        TextField fullName = new TextField("Full name (prints on certificates)", me.fullName(), "");
        TextField licenceNumber = new TextField("Licence or registration number", nullToEmpty(me.licenceNumber()), "");
        TextField licenceCountry = new TextField("Country that issued the licence", nullToEmpty(me.licenceCountry()), "");
        TextField licenceRegion = new TextField("State or region", nullToEmpty(me.licenceRegion()), "");
        Map<String, HasValidation> fields = Map.of("fullName", fullName, "licenceNumber", licenceNumber,
                "licenceCountry", licenceCountry);
        Button save = new Button("Save details", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                profiles.updateMyProfile(fullName.getValue(), licenceNumber.getValue(), licenceCountry.getValue(),
                        licenceRegion.getValue());
                Notification.show("Your details are saved.");
            } catch (InvalidInputException problem) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(problem.getMessage());
                    field.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout details = new FormLayout(fullName, licenceNumber, licenceCountry, licenceRegion);
        details.setMaxWidth("44em");

        PasswordField current = new PasswordField("Current password");
        PasswordField fresh = new PasswordField("New password");
        fresh.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button change = new Button("Change password", e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            try {
                KeptSession.renewedAt(profiles.changeMyPassword(current.getValue(), fresh.getValue()));
                current.clear();
                fresh.clear();
                Notification.show("Your password is changed. You stay signed in here; every other browser "
                        + "signed in to your account is signed out.");
            } catch (InvalidInputException problem) {
                PasswordField field = "currentPassword".equals(problem.field()) ? current : fresh;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        FormLayout password = new FormLayout(current, fresh);
        password.setMaxWidth("44em");

        add(new H1("Your profile"), new Paragraph("Signed in as " + me.email() + "."),
                new Paragraph("Your name prints on certificates exactly as written here. Changes to it are recorded."),
                details, save, new H2("Password"), password, change);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
