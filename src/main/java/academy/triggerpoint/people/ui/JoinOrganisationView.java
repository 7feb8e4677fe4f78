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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * Where someone who already has an account accepts an organisation's invitation from the emailed
 * link (signing in first). It says plainly what the manager will see before anything changes.
 */
@Route("join-organisation")
@PermitAll
public class JoinOrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
            add(new H1(getTranslation("people.join-organisation.none.title")),
                    new Paragraph(getTranslation("people.join-organisation.none.text")),
                    new Anchor("", getTranslation("people.join-organisation.courses")));
            return;
        }
        OfferView o = offer.get();
        Button accept = new Button(getTranslation("people.join-organisation.join", o.organisationName()), e -> {
            OfferView joined = organisations.accept(token);
            removeAll();
            add(new H1(getTranslation("people.join-organisation.joined.title", joined.organisationName())),
                    new Paragraph(getTranslation("people.join-organisation.joined.text")),
                    new Anchor("", getTranslation("people.join-organisation.courses")));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String invitation = o.teamName() == null
                ? getTranslation("people.join-organisation.offer.text", o.organisationName())
                : getTranslation("people.join-organisation.offer.text-with-team", o.organisationName(), o.teamName());
        add(new H1(getTranslation("people.join-organisation.offer.title", o.organisationName())), new Paragraph(invitation),
                accept, new Anchor("", getTranslation("people.join-organisation.not-now")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.join-organisation.page-title");
    }
}
