package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.people.OrganisationSummary;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.RosterSource;
import academy.triggerpoint.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import java.util.function.Function;
import academy.triggerpoint.people.StaffDirectory;
import academy.triggerpoint.people.StaffImportReport;
import academy.triggerpoint.people.StaffMember;
import java.util.List;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's own organisation: its teams, inviting one person, importing a staff list (checked
 * row by row and previewed before anything is written) and the automatic refresher rule.
 */
@Route("manager/organisation")
@RolesAllowed("MANAGER")
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    private final Organisations organisations;
    private final StaffDirectory staff;
    private final Grid<StaffMember> members = new Grid<>();
    private final Paragraph teams = new Paragraph();
    private final Select<OrganisationSummary.TeamSummary> inviteTeam = new Select<>();
    private final Div importResult = new Div();
    /** The import previewed last, run again with {@code true} to apply it. */
    private Function<Boolean, StaffImportReport> pendingImport;

    public OrganisationView(Organisations organisations, StaffDirectory staff, ObjectProvider<RosterSource> rosterSources) {
        this.organisations = organisations;
        this.staff = staff;
        OrganisationSummary mine = organisations.mine();

        TextField teamName = new TextField(getTranslation("people.organisation.teams.new"));
        Button addTeam = new Button(getTranslation("people.organisation.teams.add"), e -> {
            organisations.addTeam(teamName.getValue());
            teamName.clear();
            showTeams();
        });
        HorizontalLayout teamForm = new HorizontalLayout(teamName, addTeam);
        teamForm.setAlignItems(Alignment.BASELINE);
        teamForm.addClassName("wrap-row");

        TextField name = new TextField(getTranslation("people.organisation.invite.full-name"));
        name.setWidth("18rem");
        name.setMaxWidth("100%");
        EmailField email = new EmailField(getTranslation("people.organisation.invite.email"));
        inviteTeam.setLabel(getTranslation("people.organisation.invite.team"));
        inviteTeam.setEmptySelectionAllowed(true);
        inviteTeam.setEmptySelectionCaption(getTranslation("people.organisation.no-team"));
        inviteTeam.setItemLabelGenerator(this::teamName);
        Button invite = new Button(getTranslation("people.organisation.invite.submit"), e -> {
            StaffImportReport.Row row = organisations.invite(name.getValue(), email.getValue(),
                    inviteTeam.getValue() == null ? null : inviteTeam.getValue().id());
            Notification.show(getTranslation("people.organisation.invite.result", row.name(), row.message()), 6000,
                    Notification.Position.BOTTOM_START);
            name.clear();
            email.clear();
            showTeams();
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout inviteForm = new HorizontalLayout(name, email, inviteTeam, invite);
        inviteForm.setAlignItems(Alignment.BASELINE);
        inviteForm.addClassName("wrap-row");

        importResult.setWidthFull();
        Upload upload = BoundedUpload.of(MAX_CSV_BYTES, (metadata, bytes) -> UI.getCurrent().access(() -> preview(bytes)));
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("people.organisation.import.choose")));
        upload.setDropLabel(new Span(getTranslation("people.organisation.import.drop")));

        Checkbox refresher = new Checkbox(getTranslation("people.organisation.refresher.rule"), mine.refresherRule());
        refresher.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisations.setRefresherRule(e.getValue());
                Notification.show(getTranslation(e.getValue() ? "people.organisation.refresher.on" : "people.organisation.refresher.off"));
            }
        });

        add(new Anchor("manager", getTranslation("people.organisation.back")),
                new H1(getTranslation("people.organisation.title", mine.name())),
                new Paragraph(getTranslation("people.organisation.member-count", mine.memberCount())),
                new H2(getTranslation("people.organisation.teams.title")), teams, teamForm,
                new H2(getTranslation("people.organisation.invite.title")),
                new Paragraph(getTranslation("people.organisation.invite.intro")), inviteForm,
                new H2(getTranslation("people.organisation.import.title")),
                new Paragraph(getTranslation("people.organisation.import.intro")),
                upload, rosters(rosterSources), importResult,
                new H2(getTranslation("people.organisation.refresher.title")), refresher,
                new H2(getTranslation("people.organisation.members.title")), members);
        members.addComponentColumn(this::person).setHeader(getTranslation("people.organisation.column.person")).setKey("person")
                .setFlexGrow(2);
        members.addComponentColumn(this::teamChooser).setHeader(getTranslation("people.organisation.column.team")).setKey("team")
                .setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        showTeams();
    }

    /** Rosters of learning platforms' courses the manager teaches, imported like a staff file. */
    private HorizontalLayout rosters(ObjectProvider<RosterSource> sources) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(Alignment.BASELINE);
        row.addClassName("wrap-row");
        sources.orderedStream().forEach(source -> {
            List<RosterSource.Roster> rosters = source.rostersOfCaller();
            if (rosters.isEmpty()) {
                return;
            }
            Select<RosterSource.Roster> choice = new Select<>();
            choice.setLabel(getTranslation("people.organisation.roster.label"));
            choice.setItems(rosters);
            choice.setItemLabelGenerator(RosterSource.Roster::title);
            choice.setValue(rosters.get(0));
            Button preview = new Button(getTranslation("people.organisation.roster.preview"), e -> {
                try {
                    List<RosterSource.Person> people = source.people(choice.getValue().key());
                    pendingImport = apply -> organisations.importRoster(people, apply);
                    show(pendingImport.apply(false));
                } catch (InvalidInputException problem) {
                    Notification.show(problem.getMessage(), 8000, Notification.Position.MIDDLE);
                }
            });
            row.add(choice, preview);
        });
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.organisation.page-title");
    }

    private String teamName(OrganisationSummary.TeamSummary team) {
        return team == null ? getTranslation("people.organisation.no-team") : team.name();
    }

    /** A cell with a first line in bold and the rest beneath it. */
    private static Div stacked(String title, String... more) {
        Span first = new Span(title == null ? "" : title);
        first.addClassName("cell-title");
        Div cell = new Div(first);
        for (String line : more) {
            if (line != null && !line.isBlank()) {
                cell.add(new Span(line));
            }
        }
        cell.addClassName("stacked-cell");
        return cell;
    }

    private Div person(StaffMember member) {
        return member.active() ? stacked(member.fullName(), member.email())
                : stacked(member.fullName(), member.email(), getTranslation("people.organisation.account-disabled"));
    }

    private Select<OrganisationSummary.TeamSummary> teamChooser(StaffMember member) {
        Select<OrganisationSummary.TeamSummary> choice = new Select<>();
        List<OrganisationSummary.TeamSummary> all = organisations.mine().teams();
        choice.setItems(all);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("people.organisation.no-team"));
        choice.setItemLabelGenerator(this::teamName);
        choice.setAriaLabel(getTranslation("people.organisation.team-of", member.fullName()));
        choice.setWidth("10rem");
        all.stream().filter(t -> member.teamId() != null && t.id() == member.teamId()).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisations.moveToTeam(member.accountId(), e.getValue() == null ? null : e.getValue().id());
                Notification.show(e.getValue() == null
                        ? getTranslation("people.organisation.moved-to-no-team", member.fullName())
                        : getTranslation("people.organisation.moved", member.fullName(), e.getValue().name()));
            }
        });
        return choice;
    }

    private void showTeams() {
        OrganisationSummary mine = organisations.mine();
        teams.setText(mine.teams().isEmpty() ? getTranslation("people.organisation.teams.none")
                : String.join(", ", mine.teams().stream().map(OrganisationSummary.TeamSummary::name).toList()));
        inviteTeam.setItems(mine.teams());
        members.setItems(staff.myStaff());
    }

    private void preview(byte[] csv) {
        pendingImport = apply -> organisations.importStaff(csv, apply);
        show(pendingImport.apply(false));
    }

    private void show(StaffImportReport report) {
        importResult.removeAll();
        Paragraph summary = new Paragraph(summary(report));
        summary.addClassName("import-summary");
        // Outcome and reason share one wrapping cell, as do name and email, so the reason a row was
        // rejected is read whole at any width.
        Grid<StaffImportReport.Row> rows = new Grid<>();
        rows.addColumn(StaffImportReport.Row::line).setHeader(getTranslation("people.organisation.import.column.row")).setKey("row").setWidth("4.5rem").setFlexGrow(0);
        rows.addComponentColumn(r -> stacked(r.name(), r.email())).setHeader(getTranslation("people.organisation.column.person")).setKey("person")
                .setFlexGrow(2);
        rows.addComponentColumn(r -> stacked(getTranslation(switch (r.outcome()) {
            case INVITE -> "people.organisation.import.outcome.invite";
            case REJECTED -> "people.organisation.import.outcome.rejected";
        }), r.message())).setHeader(getTranslation("people.organisation.import.column.outcome")).setKey("outcome").setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-preview");
        rows.setItems(report.rows());
        rows.setAllRowsVisible(report.rows().size() <= 50);
        importResult.add(summary);
        if (!report.applied() && report.accepted() > 0) {
            Button apply = new Button(getTranslation("people.organisation.import.apply", report.accepted()), e -> {
                StaffImportReport done = pendingImport.apply(true);
                pendingImport = null;
                show(done);
                showTeams();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importResult.add(apply);
        }
        importResult.add(rows);
    }

    private String summary(StaffImportReport report) {
        String teams = String.join(", ", report.createdTeams());
        if (report.applied()) {
            return report.createdTeams().isEmpty()
                    ? getTranslation("people.organisation.import.done", report.accepted(), report.rejected())
                    : getTranslation("people.organisation.import.done-new-teams", report.accepted(), report.rejected(), teams);
        }
        return report.createdTeams().isEmpty()
                ? getTranslation("people.organisation.import.preview", report.accepted(), report.rejected())
                : getTranslation("people.organisation.import.preview-new-teams", report.accepted(), report.rejected(), teams);
    }
}
