package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.OrganisationSummary;
import academy.triggerpoint.people.Organisations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create organisations (clinics, departments) and appoint each one's training manager. */
@Route("admin/organisations")
@Menu(title = "people.menu.organisations", order = 92, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class OrganisationsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Organisations organisations;
    private final Grid<OrganisationSummary> grid = new Grid<>();

    public OrganisationsAdminView(Organisations organisations) {
        this.organisations = organisations;
        TextField name = new TextField(getTranslation("people.organisations.new"));
        Button create = new Button(getTranslation("people.organisations.create"), e -> {
            organisations.create(name.getValue());
            name.clear();
            refresh();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("people.organisations.column.organisation")).setAutoWidth(true);
        grid.addColumn(OrganisationSummary::memberCount).setHeader(getTranslation("people.organisations.column.members"));
        grid.addColumn(o -> o.teams().size()).setHeader(getTranslation("people.organisations.column.teams"));
        grid.addComponentColumn(this::appoint).setHeader(getTranslation("people.organisations.column.appoint")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("people.organisations.title")), form, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.organisations.page-title");
    }

    private HorizontalLayout appoint(OrganisationSummary organisation) {
        EmailField email = new EmailField();
        email.setPlaceholder(getTranslation("people.organisations.appoint.placeholder"));
        email.setAriaLabel(getTranslation("people.organisations.appoint.label", organisation.name()));
        Button appoint = new Button(getTranslation("people.organisations.appoint"), e -> {
            organisations.appointManager(organisation.id(), email.getValue());
            Notification.show(getTranslation("people.organisations.appointed", email.getValue(), organisation.name()));
            refresh();
        });
        appoint.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(email, appoint);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        grid.setItems(organisations.all());
    }
}
