package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.AccountAdministration;
import academy.triggerpoint.people.AccountSummary;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.setAriaLabel("Search accounts");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // Two stacked columns rather than five narrow ones: every word stays readable on a phone
        // and nothing is cut at any width.
        grid.addComponentColumn(AccountsView::who).setHeader("Account").setKey("account").setFlexGrow(3);
        grid.addComponentColumn(this::status).setHeader("Status").setKey("status").setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("accounts");
        grid.setItems(query -> admin.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("420px");

        add(new H1("Accounts"), filter, grid, new H2("Create an author or manager account"), createForm());
    }

    private static Div who(AccountSummary a) {
        Span name = new Span(a.fullName());
        name.addClassName("cell-title");
        Span email = new Span(a.email());
        Span roles = new Span(a.roles().stream().map(AccountsView::roleName).sorted().collect(Collectors.joining(", ")));
        roles.addClassName("muted");
        Div who = new Div(name, email, roles);
        who.addClassName("stacked-cell");
        return who;
    }

    private Div status(AccountSummary a) {
        Span state = new Span(a.enabled() ? "Active" : "Disabled");
        Button toggle = new Button(a.enabled() ? "Disable…" : "Enable", e -> {
            if (a.enabled()) {
                confirmDisable(a);
            } else {
                setEnabled(a, true);
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, a.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel((a.enabled() ? "Disable " : "Enable ") + a.fullName());
        Div cell = new Div(state, toggle);
        cell.addClassName("stacked-cell");
        return cell;
    }

    /** Disabling signs a person out of their work, so it is confirmed with their name and address. */
    private void confirmDisable(AccountSummary a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Disable " + a.fullName() + "'s account?");
        confirm.setText(a.fullName() + " (" + a.email() + ") will no longer be able to sign in. Their records and "
                + "certificates stay; you can enable the account again.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it active");
        confirm.setConfirmText("Disable account");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> setEnabled(a, false));
        confirm.open();
    }

    private void setEnabled(AccountSummary a, boolean enabled) {
        try {
            admin.setEnabled(a.id(), enabled);
            Notification.show((enabled ? "Enabled " : "Disabled ") + a.fullName() + "'s account.");
        } catch (InvalidInputException problem) {
            Notification.show(problem.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private static String roleName(Role role) {
        return role.name().charAt(0) + role.name().substring(1).toLowerCase();
    }

    private FormLayout createForm() {
        TextField name = new TextField("Full name");
        EmailField email = new EmailField("Email");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(Role.AUTHOR, Role.MANAGER, Role.ADMIN, Role.LEARNER);
        roles.setItemLabelGenerator(AccountsView::roleName);
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
