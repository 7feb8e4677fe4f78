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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * A person corrects their own name and licence details and changes their password. Someone whose
 * account another system created (an LTI launch) is sent here first, by {@link DetailsConfirmationGuard},
 * to confirm what their certificates will print; saving confirms it and continues where they were going.
 */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String CONTINUE = "continue";
    private String continueTo = "";
    private final boolean confirming;

    public ProfileView(ProfileService profiles) {
        Profile me = profiles.myProfile();
        confirming = profiles.mustConfirmMyDetails();
        TextField fullName = new TextField(getTranslation("people.profile.full-name"), me.fullName(), "");
        TextField licenceNumber = new TextField(getTranslation("people.profile.licence-number"), nullToEmpty(me.licenceNumber()), "");
        TextField licenceCountry = new TextField(getTranslation("people.profile.licence-country"), nullToEmpty(me.licenceCountry()), "");
        TextField licenceRegion = new TextField(getTranslation("people.profile.licence-region"), nullToEmpty(me.licenceRegion()), "");
        Map<String, HasValidation> fields = Map.of("fullName", fullName, "licenceNumber", licenceNumber,
                "licenceCountry", licenceCountry);
        Button save = new Button(getTranslation(confirming ? "people.profile.confirm" : "people.profile.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                profiles.updateMyProfile(fullName.getValue(), licenceNumber.getValue(), licenceCountry.getValue(),
                        licenceRegion.getValue());
                Notification.show(getTranslation("people.profile.saved"));
                if (confirming) {
                    DetailsConfirmationGuard.confirmed();
                    getUI().ifPresent(ui -> ui.navigate(continueTo));
                }
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

        PasswordField current = new PasswordField(getTranslation("people.profile.password.current"));
        PasswordField fresh = new PasswordField(getTranslation("people.profile.password.new"));
        fresh.setHelperText(getTranslation("people.profile.password.new.helper", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        Button change = new Button(getTranslation("people.profile.password.change"), e -> {
            current.setInvalid(false);
            fresh.setInvalid(false);
            try {
                KeptSession.renewedAt(profiles.changeMyPassword(current.getValue(), fresh.getValue()));
                current.clear();
                fresh.clear();
                Notification.show(getTranslation("people.profile.password.changed"));
            } catch (InvalidInputException problem) {
                PasswordField field = "currentPassword".equals(problem.field()) ? current : fresh;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
            }
        });
        FormLayout password = new FormLayout(current, fresh);
        password.setMaxWidth("44em");

        if (confirming) {
            Paragraph confirm = new Paragraph(getTranslation("people.profile.confirm-note"));
            confirm.addClassName("notice");
            add(new H1(getTranslation("people.profile.confirm-title")), confirm, details, save);
            return;
        }
        add(new H1(getTranslation("people.profile.title")), new Paragraph(getTranslation("people.profile.signed-in-as", me.email())),
                new Paragraph(getTranslation("people.profile.name-note")),
                details, save, new H2(getTranslation("people.profile.password.title")), password, change);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = event.getLocation().getQueryParameters().getSingleParameter(CONTINUE)
                .filter(DetailsConfirmationGuard::isLocalRoute).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.profile.page-title");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
