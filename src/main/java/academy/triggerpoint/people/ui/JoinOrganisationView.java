package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.OfferView;
import academy.triggerpoint.people.Organisations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * Where someone who already has an account accepts an organisation's invitation from the emailed
 * link (signing in first). It says plainly what the manager will see before anything changes.
 */
@Route("join-organisation")
@PageTitle("Join an organisation · Trigger Point Academy")
@PermitAll
public class JoinOrganisationView extends VerticalLayout implements BeforeEnterObserver {

    private final Organisations organisations;

    public JoinOrganisationView(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).getFirst();
        Optional<OfferView> offer = organisations.myOffer();
        if (offer.isEmpty()) {
            add(new H1("No invitation"), new Paragraph("There is no invitation for the account you are signed in with. "
                    + "If the email was sent to another address, sign in with that account."), new Anchor("", "Courses"));
            return;
        }
        OfferView o = offer.get();
        Button accept = new Button("Join " + o.organisationName(), e -> {
            OfferView joined = organisations.accept(token);
            removeAll();
            add(new H1("You joined " + joined.organisationName()), new Paragraph(
                    "Your training manager can now see your progress and assign you courses."), new Anchor("", "Courses"));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Join " + o.organisationName() + "?"),
                new Paragraph("The training manager of " + o.organisationName()
                        + (o.teamName() == null ? "" : " (team " + o.teamName() + ")")
                        + " invites you. If you join, they will see your course progress, quiz and case results, "
                        + "safety-critical mistakes and certificates, and can assign you courses. Other learners never "
                        + "see any of it."),
                accept, new Anchor("", "Not now"));
    }
}
