package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.AccountAdministration;
import academy.triggerpoint.people.AccountSummary;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Administrators create author and manager accounts and disable accounts. */
@Route("admin/accounts")
@PageTitle("Accounts · Trigger Point Academy")
@Menu(title = "Accounts", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private final AccountAdministration admin;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AccountsView(AccountAdministration admin) {
        this.admin = admin;
        filter.setPlaceholder("Search by name or email");
        filter.setAriaLabel("Search accounts");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(AccountSummary::fullName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(a -> a.enabled() ? "Active" : "Disabled").setHeader("Status");
        grid.addComponentColumn(a -> {
            Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> {
                admin.setEnabled(a.id(), !a.enabled());
                grid.getDataProvider().refreshAll();
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, a.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggle.setAriaLabel((a.enabled() ? "Disable " : "Enable ") + a.fullName());
            return toggle;
        }).setHeader("Action");
        grid.setItems(query -> admin.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("420px");

        add(new H1("Accounts"), filter, grid, new H2("Create an author or manager account"), createForm());
    }

    private FormLayout createForm() {
        TextField name = new TextField("Full name");
        EmailField email = new EmailField("Email");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.AUTHOR, Role.MANAGER, Role.ADMIN, Role.LEARNER);
        roles.setItemLabelGenerator(r -> r.name().charAt(0) + r.name().substring(1).toLowerCase());
        Button create = new Button("Create and send invitation", e -> {
            try {
                AccountSummary created = admin.createStaffAccount(name.getValue(), email.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                Notification.show("Created " + created.email() + ". They received a link to choose a password.");
                name.clear();
                email.clear();
                roles.clear();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException problem) {
                switch (problem.field() == null ? "" : problem.field()) {
                    case "fullName" -> { name.setErrorMessage(problem.getMessage()); name.setInvalid(true); }
                    case "email" -> { email.setErrorMessage(problem.getMessage()); email.setInvalid(true); }
                    case "roles" -> { roles.setErrorMessage(problem.getMessage()); roles.setInvalid(true); }
                    default -> Notification.show(problem.getMessage());
                }
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, email, roles, create);
        form.setMaxWidth("44em");
        return form;
    }
}
