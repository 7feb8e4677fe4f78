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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Administrators create organisations (clinics, departments) and appoint each one's training manager. */
@Route("admin/organisations")
@PageTitle("Organisations · Trigger Point Academy")
@Menu(title = "Organisations", order = 92, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class OrganisationsAdminView extends VerticalLayout {

    private final Organisations organisations;
    private final Grid<OrganisationSummary> grid = new Grid<>();

    public OrganisationsAdminView(Organisations organisations) {
        this.organisations = organisations;
        TextField name = new TextField("New organisation");
        Button create = new Button("Create", e -> {
            organisations.create(name.getValue());
            name.clear();
            refresh();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        grid.addColumn(OrganisationSummary::name).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(OrganisationSummary::memberCount).setHeader("Members");
        grid.addColumn(o -> o.teams().size()).setHeader("Teams");
        grid.addComponentColumn(this::appoint).setHeader("Appoint a manager (existing account)").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H1("Organisations"), form, grid);
        refresh();
    }

    private HorizontalLayout appoint(OrganisationSummary organisation) {
        EmailField email = new EmailField();
        email.setPlaceholder("manager@clinic.org");
        email.setAriaLabel("Manager's email for " + organisation.name());
        Button appoint = new Button("Appoint", e -> {
            organisations.appointManager(organisation.id(), email.getValue());
            Notification.show(email.getValue() + " now manages " + organisation.name() + ".");
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
