package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.ui.BoundedUpload;
import academy.triggerpoint.shared.Counts;
import academy.triggerpoint.people.OrganisationSummary;
import academy.triggerpoint.people.Organisations;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A manager's own organisation: its teams, inviting one person, importing a staff list (checked
 * row by row and previewed before anything is written) and the automatic refresher rule.
 */
@Route("manager/organisation")
@PageTitle("Staff and teams · Trigger Point Academy")
@RolesAllowed("MANAGER")
public class OrganisationView extends VerticalLayout {

    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    private final Organisations organisations;
    private final StaffDirectory staff;
    private final Grid<StaffMember> members = new Grid<>();
    private final Paragraph teams = new Paragraph();
    private final Select<OrganisationSummary.TeamSummary> inviteTeam = new Select<>();
    private final Div importResult = new Div();
    private byte[] pendingImport;

    public OrganisationView(Organisations organisations, StaffDirectory staff) {
        this.organisations = organisations;
        this.staff = staff;
        OrganisationSummary mine = organisations.mine();

        TextField teamName = new TextField("New team");
        Button addTeam = new Button("Add team", e -> {
            organisations.addTeam(teamName.getValue());
            teamName.clear();
            showTeams();
        });
        HorizontalLayout teamForm = new HorizontalLayout(teamName, addTeam);
        teamForm.setAlignItems(Alignment.BASELINE);
        teamForm.addClassName("wrap-row");

        TextField name = new TextField("Full name (as on their licence)");
        name.setWidth("18rem");
        name.setMaxWidth("100%");
        EmailField email = new EmailField("Email");
        inviteTeam.setLabel("Team");
        inviteTeam.setEmptySelectionAllowed(true);
        inviteTeam.setEmptySelectionCaption("No team");
        inviteTeam.setItemLabelGenerator(t -> t == null ? "No team" : t.name());
        Button invite = new Button("Invite", e -> {
            StaffImportReport.Row row = organisations.invite(name.getValue(), email.getValue(),
                    inviteTeam.getValue() == null ? null : inviteTeam.getValue().id());
            Notification.show(row.name() + ": " + row.message(), 6000, Notification.Position.BOTTOM_START);
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
        upload.setUploadButton(new Button("Choose a CSV file…"));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop it here (at most 5 MB)"));

        Checkbox refresher = new Checkbox("Assign the refresher automatically 60 days before a certificate it renews expires",
                mine.refresherRule());
        refresher.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisations.setRefresherRule(e.getValue());
                Notification.show(e.getValue() ? "Refreshers will be assigned automatically." : "Automatic refreshers are off.");
            }
        });

        add(new Anchor("manager", "← Team competency"), new H1(mine.name() + ": staff and teams"),
                new Paragraph(mine.memberCount() + " members."),
                new H2("Teams"), teams, teamForm,
                new H2("Invite a person"),
                new Paragraph("Everyone you invite gets an email: a new person a link to choose a password, someone who "
                        + "already has an account a link to accept, and appears here once they accept."), inviteForm,
                new H2("Import a staff list"),
                new Paragraph("A CSV file with a header row naming the columns name, email, licence number, jurisdiction "
                        + "and team (name and email required; comma or semicolon separated). You see what would happen "
                        + "row by row before anything is imported; teams the file names are created."),
                upload, importResult,
                new H2("Refresher rule"), refresher,
                new H2("Members"), members);
        members.addComponentColumn(OrganisationView::person).setHeader("Person").setKey("person").setFlexGrow(2);
        members.addComponentColumn(this::teamChooser).setHeader("Team").setKey("team").setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        showTeams();
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

    private static Div person(StaffMember member) {
        return member.active() ? stacked(member.fullName(), member.email())
                : stacked(member.fullName(), member.email(), "Account disabled");
    }

    private Select<OrganisationSummary.TeamSummary> teamChooser(StaffMember member) {
        Select<OrganisationSummary.TeamSummary> choice = new Select<>();
        List<OrganisationSummary.TeamSummary> all = organisations.mine().teams();
        choice.setItems(all);
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption("No team");
        choice.setItemLabelGenerator(t -> t == null ? "No team" : t.name());
        choice.setAriaLabel("Team of " + member.fullName());
        choice.setWidth("10rem");
        all.stream().filter(t -> member.teamId() != null && t.id() == member.teamId()).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisations.moveToTeam(member.accountId(), e.getValue() == null ? null : e.getValue().id());
                Notification.show(member.fullName() + " moved to " + (e.getValue() == null ? "no team" : e.getValue().name()) + ".");
            }
        });
        return choice;
    }

    private void showTeams() {
        OrganisationSummary mine = organisations.mine();
        teams.setText(mine.teams().isEmpty() ? "No teams yet."
                : String.join(", ", mine.teams().stream().map(OrganisationSummary.TeamSummary::name).toList()));
        inviteTeam.setItems(mine.teams());
        members.setItems(staff.myStaff());
    }

    private void preview(byte[] csv) {
        pendingImport = csv;
        show(organisations.importStaff(csv, false));
    }

    private void show(StaffImportReport report) {
        importResult.removeAll();
        Paragraph summary = new Paragraph((report.applied() ? "Imported " : "Ready to import ")
                + Counts.of(report.accepted(), "person", "people") + "; " + Counts.of(report.rejected(), "row") + " rejected"
                + (report.createdTeams().isEmpty() ? "." : "; new teams: " + String.join(", ", report.createdTeams()) + "."));
        summary.addClassName("import-summary");
        // Outcome and reason share one wrapping cell, as do name and email, so the reason a row was
        // rejected is read whole at any width.
        Grid<StaffImportReport.Row> rows = new Grid<>();
        rows.addColumn(StaffImportReport.Row::line).setHeader("Row").setKey("row").setWidth("4.5rem").setFlexGrow(0);
        rows.addComponentColumn(r -> stacked(r.name(), r.email())).setHeader("Person").setKey("person").setFlexGrow(2);
        rows.addComponentColumn(r -> stacked(switch (r.outcome()) {
            case INVITE -> "Invitation";
            case REJECTED -> "Rejected";
        }, r.message())).setHeader("Outcome").setKey("outcome").setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addClassName("import-preview");
        rows.setItems(report.rows());
        rows.setAllRowsVisible(report.rows().size() <= 50);
        importResult.add(summary);
        if (!report.applied() && report.accepted() > 0) {
            Button apply = new Button("Import " + Counts.of(report.accepted(), "person", "people"), e -> {
                StaffImportReport done = organisations.importStaff(pendingImport, true);
                pendingImport = null;
                show(done);
                showTeams();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importResult.add(apply);
        }
        importResult.add(rows);
    }
}
