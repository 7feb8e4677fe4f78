package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.RegistrationService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the emailed verification link lands. */
@Route(value = "verify-email", autoLayout = false)
@PageTitle("Confirm your email · Trigger Point Academy")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver {

    private final RegistrationService registration;

    public VerifyEmailView(RegistrationService registration) {
        this.registration = registration;
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        if (registration.verifyEmail(token)) {
            add(new H1("Email confirmed"), new Paragraph("Your address is confirmed. You can sign in now."),
                    new Anchor("login", "Sign in"));
        } else {
            add(new H1("This link does not work"),
                    new Paragraph("It may have been used already or be older than 48 hours. Sign in to check, or register "
                            + "again to get a new link."),
                    new Anchor("login", "Sign in"));
        }
    }
}
