package academy.triggerpoint.lti.ui;

import academy.triggerpoint.lti.DeepLinking;
import academy.triggerpoint.lti.Launches;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An instructor who chose "add content" in their platform picks courses, module quizzes or cases;
 * the signed choice goes back to the platform, which places the links (with a gradebook column for
 * each quiz and case) in their course.
 */
@Route("lti/deep-linking")
@RolesAllowed({"AUTHOR", "MANAGER", "ADMIN"})
public class DeepLinkingView extends VerticalLayout implements HasDynamicTitle {

    public DeepLinkingView(DeepLinking deepLinking) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        add(new H1(getTranslation("lti.deep-linking.title")));
        if (!(session.getAttribute(DeepLinking.REQUEST_ATTRIBUTE) instanceof Launches.DeepLinkRequest request)) {
            add(new Paragraph(getTranslation("lti.deep-linking.no-request")));
            return;
        }
        add(new Paragraph(request.contextTitle() == null ? getTranslation("lti.deep-linking.intro")
                : getTranslation("lti.deep-linking.intro-for", request.contextTitle())));
        Grid<DeepLinking.Choice> grid = new Grid<>();
        grid.addColumn(DeepLinking.Choice::title).setHeader(getTranslation("lti.deep-linking.column.title")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation(switch (c.kind()) {
            case "quiz" -> "lti.deep-linking.kind.quiz";
            case "case" -> "lti.deep-linking.kind.case";
            default -> "lti.deep-linking.kind.course";
        })).setHeader(getTranslation("lti.deep-linking.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeepLinking.Choice::courseTitle).setHeader(getTranslation("lti.deep-linking.column.course")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(request.acceptMultiple() ? Grid.SelectionMode.MULTI : Grid.SelectionMode.SINGLE);
        grid.setItems(deepLinking.choices());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("lti.deep-linking.title"));
        Button place = new Button(getTranslation("lti.deep-linking.place"), e -> {
            try {
                List<String> keys = grid.getSelectedItems().stream().map(DeepLinking.Choice::key).toList();
                DeepLinking.Response response = deepLinking.respond(request, keys);
                session.setAttribute(DeepLinking.RESPONSE_ATTRIBUTE, response);
                getUI().ifPresent(ui -> ui.getPage().setLocation("lti/deep-linking/return"));
            } catch (InvalidInputException problem) {
                Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            }
        });
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(place, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deep-linking.page-title");
    }
}
