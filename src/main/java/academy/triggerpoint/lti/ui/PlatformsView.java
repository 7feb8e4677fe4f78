package academy.triggerpoint.lti.ui;

import academy.triggerpoint.lti.GradePost;
import academy.triggerpoint.lti.LtiPlatforms;
import academy.triggerpoint.lti.Platform;
import academy.triggerpoint.lti.PlatformSettings;
import academy.triggerpoint.lti.ToolEndpoints;
import academy.triggerpoint.people.OrganisationSummary;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators register the learning platforms (Moodle, Canvas, Brightspace…) whose people launch
 * into this tool: this tool's URLs to enter there, the platform's values to enter here, the tool's
 * signing keys, and the grades that could not be delivered yet.
 */
@Route("admin/lti")
@Menu(title = "lti.menu.platforms", order = 93, icon = "vaadin:plug")
@RolesAllowed("ADMIN")
public class PlatformsView extends VerticalLayout implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final Grid<Platform> platformGrid = new Grid<>();
    private final Grid<LtiPlatforms.ToolKey> keyGrid = new Grid<>();
    private final Grid<GradePost> gradeGrid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final TextField authorizationUrl = new TextField();
    private final TextField jwksUrl = new TextField();
    private final TextField tokenUrl = new TextField();
    private final TextArea deploymentIds = new TextArea();
    private final Select<Role> instructorRole = new Select<>();
    private final Select<OrganisationSummary> organisation = new Select<>();
    private final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Long editing;
    private final List<OrganisationSummary> choices;

    public PlatformsView(LtiPlatforms platforms, Organisations organisations) {
        this.platforms = platforms;
        this.choices = organisations.all();
        add(new H1(getTranslation("lti.platforms.title")), new Paragraph(getTranslation("lti.platforms.intro")));
        add(new H2(getTranslation("lti.platforms.tool.title")), toolDetails(platforms.endpoints()));

        name.setLabel(getTranslation("lti.platforms.field.name"));
        issuer.setLabel(getTranslation("lti.platforms.field.issuer"));
        clientId.setLabel(getTranslation("lti.platforms.field.client-id"));
        authorizationUrl.setLabel(getTranslation("lti.platforms.field.authorization-url"));
        jwksUrl.setLabel(getTranslation("lti.platforms.field.jwks-url"));
        tokenUrl.setLabel(getTranslation("lti.platforms.field.token-url"));
        deploymentIds.setLabel(getTranslation("lti.platforms.field.deployment-ids"));
        deploymentIds.setHelperText(getTranslation("lti.platforms.field.deployment-ids.helper"));
        instructorRole.setLabel(getTranslation("lti.platforms.field.instructor-role"));
        instructorRole.setItems(Role.LEARNER, Role.AUTHOR, Role.MANAGER);
        instructorRole.setItemLabelGenerator(role -> getTranslation(switch (role) {
            case AUTHOR -> "lti.platforms.role.author";
            case MANAGER -> "lti.platforms.role.manager";
            default -> "lti.platforms.role.learner";
        }));
        instructorRole.setValue(Role.LEARNER);
        organisation.setLabel(getTranslation("lti.platforms.field.organisation"));
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("lti.platforms.no-organisation") : o.name());
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("lti.platforms.no-organisation"));
        organisation.setHelperText(getTranslation("lti.platforms.field.organisation.helper"));
        fields.putAll(Map.of("name", name, "issuer", issuer, "clientId", clientId, "authorizationUrl", authorizationUrl,
                "jwksUrl", jwksUrl, "tokenUrl", tokenUrl, "deploymentIds", deploymentIds, "instructorRole", instructorRole,
                "organisationId", organisation));
        FormLayout form = new FormLayout(name, issuer, clientId, authorizationUrl, jwksUrl, tokenUrl, deploymentIds, instructorRole,
                organisation);
        form.setMaxWidth("60em");
        save.setText(getTranslation("lti.platforms.register"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button clear = new Button(getTranslation("lti.platforms.clear"), e -> edit(null));
        HorizontalLayout buttons = new HorizontalLayout(save, clear);
        add(new H2(getTranslation("lti.platforms.form.title")), form, buttons);

        // Two columns (what, and what to do) so a phone shows each platform whole.
        platformGrid.addComponentColumn(p -> stacked(p.name(), p.settings().issuer() + " · " + p.settings().clientId(),
                        getTranslation("lti.platforms.deployments-status", String.join(", ", p.settings().deploymentIds()),
                                getTranslation(p.active() ? "lti.platforms.status.active" : "lti.platforms.status.removed"))))
                .setHeader(getTranslation("lti.platforms.column.platform")).setFlexGrow(3);
        platformGrid.addComponentColumn(p -> actions(p)).setHeader(getTranslation("lti.platforms.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        platformGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        platformGrid.setEmptyStateText(getTranslation("lti.platforms.none"));
        platformGrid.setAllRowsVisible(true);
        add(new H2(getTranslation("lti.platforms.list.title")), platformGrid);

        keyGrid.addComponentColumn(k -> stacked(k.kid(), getTranslation("lti.platforms.keys.created", when(k.createdAt())),
                        k.retiredAt() == null ? getTranslation("lti.platforms.keys.signing")
                                : getTranslation("lti.platforms.keys.replaced", when(k.retiredAt()))))
                .setHeader(getTranslation("lti.platforms.keys.column.key"));
        keyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        keyGrid.setAllRowsVisible(true);
        Button rotate = new Button(getTranslation("lti.platforms.keys.rotate"), e -> {
            platforms.rotateKey();
            Notification.show(getTranslation("lti.platforms.keys.rotated"));
            refresh();
        });
        add(new H2(getTranslation("lti.platforms.keys.title")), new Paragraph(getTranslation("lti.platforms.keys.intro")), rotate, keyGrid);

        gradeGrid.addComponentColumn(g -> stacked(g.platform(), g.lineItemUrl())).setHeader(getTranslation("lti.platforms.grades.column.where"))
                .setFlexGrow(2);
        gradeGrid.addComponentColumn(g -> stacked(LocalFormats.number(g.score(), getLocale()) + " %", g.comment()))
                .setHeader(getTranslation("lti.platforms.grades.column.grade")).setFlexGrow(2);
        gradeGrid.addComponentColumn(g -> stacked(getTranslation(switch (g.status()) {
            case "FAILED" -> "lti.platforms.grades.status.failed";
            case "DROPPED" -> "lti.platforms.grades.status.dropped";
            default -> "lti.platforms.grades.status.waiting";
        }, g.tries(), g.nextTryAt() == null ? "" : when(g.nextTryAt())), g.lastError()))
                .setHeader(getTranslation("lti.platforms.grades.column.status")).setFlexGrow(3);
        gradeGrid.addComponentColumn(g -> {
            Button retry = new Button(getTranslation("lti.platforms.grades.retry"), e -> {
                platforms.retry(g.id());
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setVisible(g.status().equals("FAILED"));
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        gradeGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        gradeGrid.setEmptyStateText(getTranslation("lti.platforms.grades.none"));
        gradeGrid.setAllRowsVisible(true);
        add(new H2(getTranslation("lti.platforms.grades.title")), new Paragraph(getTranslation("lti.platforms.grades.intro")), gradeGrid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.platforms.page-title");
    }

    private Div toolDetails(ToolEndpoints tool) {
        Div details = new Div();
        details.addClassName("facts");
        details.add(fact("lti.platforms.tool.login", tool.loginInitiationUrl()), fact("lti.platforms.tool.redirect", tool.redirectUrl()),
                fact("lti.platforms.tool.jwks", tool.jwksUrl()), fact("lti.platforms.tool.target", tool.targetLinkUrl()),
                fact("lti.platforms.tool.deep-linking", tool.deepLinkingUrl()));
        return details;
    }

    private Paragraph fact(String key, String value) {
        Span code = new Span(value);
        code.addClassName("certificate-code");
        return new Paragraph(new Span(getTranslation(key) + " "), code);
    }

    private HorizontalLayout actions(Platform platform) {
        Button edit = new Button(getTranslation("lti.platforms.edit"), e -> edit(platform));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("lti.platforms.edit-named", platform.name()));
        HorizontalLayout row = new HorizontalLayout(edit);
        row.setWrap(true);
        if (platform.active()) {
            Button remove = new Button(getTranslation("lti.platforms.remove"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("lti.platforms.remove.title", platform.name()),
                        getTranslation("lti.platforms.remove.text"), getTranslation("lti.platforms.remove"), ok -> {
                    platforms.remove(platform.id());
                    refresh();
                });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("lti.platforms.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("lti.platforms.remove-named", platform.name()));
            row.add(remove);
        }
        return row;
    }

    private void edit(Platform platform) {
        fields.values().forEach(f -> f.setInvalid(false));
        editing = platform == null ? null : platform.id();
        PlatformSettings s = platform == null ? null : platform.settings();
        name.setValue(s == null ? "" : s.name());
        issuer.setValue(s == null ? "" : s.issuer());
        clientId.setValue(s == null ? "" : s.clientId());
        authorizationUrl.setValue(s == null ? "" : s.authorizationUrl());
        jwksUrl.setValue(s == null ? "" : s.jwksUrl());
        tokenUrl.setValue(s == null ? "" : s.tokenUrl());
        deploymentIds.setValue(s == null ? "" : String.join("\n", s.deploymentIds()));
        instructorRole.setValue(s == null ? Role.LEARNER : s.instructorRole());
        organisation.setValue(s == null || s.organisationId() == null ? null
                : choices.stream().filter(o -> o.id() == s.organisationId()).findFirst().orElse(null));
        save.setText(getTranslation(platform == null ? "lti.platforms.register" : "lti.platforms.save"));
        name.focus();
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        PlatformSettings settings = new PlatformSettings(name.getValue(), issuer.getValue(), clientId.getValue(),
                authorizationUrl.getValue(), jwksUrl.getValue(), tokenUrl.getValue(),
                PlatformSettings.deploymentList(deploymentIds.getValue()), instructorRole.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id());
        Map<String, String> problems = settings.problems();
        if (!problems.isEmpty()) {
            problems.forEach(this::mark);
            return;
        }
        try {
            Platform saved = editing == null ? platforms.register(settings) : platforms.update(editing, settings);
            Notification.show(getTranslation("lti.platforms.saved", saved.name()));
            edit(null);
            refresh();
        } catch (InvalidInputException problem) {
            mark(problem.field(), problem.getMessage());
        }
    }

    private void mark(String field, String message) {
        HasValidation target = fields.get(field);
        if (target == null) {
            Notification.show(message, 6000, Notification.Position.MIDDLE);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void refresh() {
        platformGrid.setItems(platforms.all());
        keyGrid.setItems(platforms.keys());
        List<GradePost> grades = platforms.undeliveredGrades();
        gradeGrid.setItems(grades);
    }

    private String when(Instant instant) {
        return LocalFormats.dateTime(instant.atZone(ZoneOffset.UTC), getLocale());
    }

    private static Div stacked(String first, String... more) {
        Div cell = new Div(new Span(first == null ? "" : first));
        cell.addClassName("stacked-cell");
        for (String line : more) {
            if (line != null && !line.isBlank()) {
                Span muted = new Span(line);
                muted.addClassName("muted");
                cell.add(muted);
            }
        }
        return cell;
    }
}
