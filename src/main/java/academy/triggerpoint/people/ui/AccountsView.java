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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Administrators create author and manager accounts and disable accounts. */
@Route("admin/accounts")
@Menu(title = "people.menu.accounts", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration admin;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    public AccountsView(AccountAdministration admin) {
        this.admin = admin;
        filter.setPlaceholder(getTranslation("people.accounts.search.placeholder"));
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.setAriaLabel(getTranslation("people.accounts.search.label"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // Two stacked columns rather than five narrow ones: every word stays readable on a phone
        // and nothing is cut at any width.
        grid.addComponentColumn(this::who).setHeader(getTranslation("people.accounts.column.account")).setKey("account").setFlexGrow(3);
        grid.addComponentColumn(this::status).setHeader(getTranslation("people.accounts.column.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("accounts");
        grid.setItems(query -> admin.search(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(false);
        grid.setHeight("420px");

        add(new H1(getTranslation("people.accounts.title")), filter, grid,
                new H2(getTranslation("people.accounts.create.title")), createForm());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.accounts.page-title");
    }

    private Div who(AccountSummary a) {
        Span name = new Span(a.fullName());
        name.addClassName("cell-title");
        Span email = new Span(a.email());
        Span roles = new Span(a.roles().stream().map(this::roleName).sorted().collect(Collectors.joining(", ")));
        roles.addClassName("muted");
        Div who = new Div(name, email, roles);
        who.addClassName("stacked-cell");
        return who;
    }

    private Div status(AccountSummary a) {
        Span state = new Span(getTranslation(a.enabled() ? "people.accounts.status.active" : "people.accounts.status.disabled"));
        Button toggle = new Button(getTranslation(a.enabled() ? "people.accounts.disable.button" : "people.accounts.enable.button"), e -> {
            if (a.enabled()) {
                confirmDisable(a);
            } else {
                setEnabled(a, true);
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, a.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel(getTranslation(a.enabled() ? "people.accounts.disable.label" : "people.accounts.enable.label",
                a.fullName()));
        Div cell = new Div(state, toggle);
        cell.addClassName("stacked-cell");
        return cell;
    }

    /** Disabling signs a person out of their work, so it is confirmed with their name and address. */
    private void confirmDisable(AccountSummary a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("people.accounts.disable.confirm.title", a.fullName()));
        confirm.setText(getTranslation("people.accounts.disable.confirm.text", a.fullName(), a.email()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("people.accounts.disable.confirm.cancel"));
        confirm.setConfirmText(getTranslation("people.accounts.disable.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> setEnabled(a, false));
        confirm.open();
    }

    private void setEnabled(AccountSummary a, boolean enabled) {
        try {
            admin.setEnabled(a.id(), enabled);
            Notification.show(getTranslation(enabled ? "people.accounts.enabled" : "people.accounts.disabled", a.fullName()));
        } catch (InvalidInputException problem) {
            Notification.show(problem.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private String roleName(Role role) {
        return getTranslation(switch (role) {
            case LEARNER -> "people.accounts.role.learner";
            case AUTHOR -> "people.accounts.role.author";
            case MANAGER -> "people.accounts.role.manager";
            case PANELLIST -> "people.accounts.role.panellist";
            case SUPERVISOR -> "people.accounts.role.supervisor";
            case ADMIN -> "people.accounts.role.admin";
        });
    }

    private FormLayout createForm() {
        TextField name = new TextField(getTranslation("people.accounts.create.full-name"));
        EmailField email = new EmailField(getTranslation("people.accounts.create.email"));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.accounts.create.roles"));
        roles.setItems(Role.AUTHOR, Role.MANAGER, Role.ADMIN, Role.LEARNER);
        roles.setItemLabelGenerator(this::roleName);
        Button create = new Button(getTranslation("people.accounts.create.submit"), e -> {
            try {
                AccountSummary created = admin.createStaffAccount(name.getValue(), email.getValue(),
                        roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()));
                Notification.show(getTranslation("people.accounts.create.done", created.email()));
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
