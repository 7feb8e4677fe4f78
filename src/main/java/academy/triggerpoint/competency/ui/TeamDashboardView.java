package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.AssignmentResult;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.ChartData;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.CompetencyExports;
import academy.triggerpoint.competency.CompetencyFramework;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.competency.DashboardOverview;
import academy.triggerpoint.competency.MatrixQuery;
import academy.triggerpoint.competency.StaffRow;
import academy.triggerpoint.people.OrganisationSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The training manager's dashboard: counts at the top (each one a filter), the competency matrix
 * (lazy, so 10,000 staff stay fast) with filters, search and sorting, assigning a course, exports
 * and charts. Everything shown comes from {@link CompetencyDashboard}, scoped to the manager's organisation.
 */
@Route("manager")
@PageTitle("Team competency · Trigger Point Academy")
@Menu(title = "Team competency", order = 80, icon = "vaadin:group")
@RolesAllowed("MANAGER")
public class TeamDashboardView extends VerticalLayout {

    private final CompetencyDashboard dashboard;
    private final Assignments assignments;
    private final Grid<StaffRow> grid = new Grid<>();
    private final Select<OrganisationSummary.TeamSummary> team = new Select<>();
    private final Select<MatrixQuery.Focus> focus = new Select<>();
    private final Select<CompetencyFramework.Competency> competency = new Select<>();
    private final Select<CompetencyStatus> status = new Select<>();
    private final TextField search = new TextField("Search");
    private final FlexLayout counts = new FlexLayout();
    private final Span shown = new Span();
    private final Clock clock;

    public TeamDashboardView(CompetencyDashboard dashboard, Assignments assignments, Clock clock) {
        this.dashboard = dashboard;
        this.assignments = assignments;
        this.clock = clock;
        setWidthFull();
        DashboardOverview overview = dashboard.overview();
        Paragraph asOf = new Paragraph(overview.counts().staff() + " staff · statuses as of "
                + StatusBadge.DATE.format(overview.asOf()) + " · cleared to needle means every safety-critical competency ("
                + String.join(", ", overview.competencies().stream().filter(CompetencyFramework.Competency::safetyCritical)
                .map(CompetencyFramework.Competency::title).toList()) + ") is achieved and in date.");
        asOf.addClassName("muted");
        counts.addClassName("count-cards");
        showCounts(overview.counts());

        configureFilters(overview);
        configureGrid(overview.competencies());

        Button assign = new Button("Assign a course…", e -> openAssignDialog(overview));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(assign, export(CompetencyExports.Kind.MATRIX, "Matrix (CSV)"),
                export(CompetencyExports.Kind.COMPLETIONS, "Completions (CSV)"),
                export(CompetencyExports.Kind.CERTIFICATES, "Certificates (CSV)"), new Anchor("manager/organisation", "Staff and teams"),
                new Anchor("manager/practice", "Practical training and jurisdictions"));
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassNames("dashboard-actions", "wrap-row");
        HorizontalLayout filters = new HorizontalLayout(team, focus, competency, status, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("wrap-row");
        add(new H1(overview.organisationName()), asOf, counts, actions, filters, shown, grid, charts());
    }

    private void showCounts(DashboardOverview.Counts c) {
        counts.removeAll();
        counts.add(countCard("Cleared to needle", c.cleared() + " of " + c.staff(), MatrixQuery.Focus.CLEARED),
                countCard("Overdue assignments", String.valueOf(c.overdue()), MatrixQuery.Focus.OVERDUE),
                countCard("Expiring within 90 days", String.valueOf(c.expiring()), MatrixQuery.Focus.EXPIRING),
                countCard("Needs remediation", String.valueOf(c.needsRemediation()), MatrixQuery.Focus.NEEDS_REMEDIATION));
    }

    private Component countCard(String label, String value, MatrixQuery.Focus target) {
        Button card = new Button();
        Span number = new Span(value);
        number.addClassName("count-value");
        Span text = new Span(label);
        text.addClassName("count-label");
        card.getElement().appendChild(number.getElement(), text.getElement());
        card.addClassNames("count-card", "count-" + target.name().toLowerCase().replace('_', '-'));
        card.getElement().setAttribute("aria-label", label + ": " + value + ". Show these people.");
        card.addClickListener(e -> focus.setValue(target));
        return card;
    }

    private void configureFilters(DashboardOverview overview) {
        team.setLabel("Team");
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption("All teams");
        team.setItems(overview.teams());
        team.setItemLabelGenerator(t -> t == null ? "All teams" : t.name());
        focus.setLabel("Show");
        focus.setItems(MatrixQuery.Focus.values());
        focus.setItemLabelGenerator(MatrixQuery.Focus::label);
        focus.setValue(MatrixQuery.Focus.EVERYONE);
        competency.setLabel("Competency");
        competency.setEmptySelectionAllowed(true);
        competency.setEmptySelectionCaption("Any competency");
        competency.setItems(overview.competencies());
        competency.setItemLabelGenerator(c -> c == null ? "Any competency" : c.title());
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(CompetencyStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        search.setPlaceholder("Name, email or licence");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(team, focus, competency, status).forEach(f -> f.addValueChangeListener(e -> grid.getDataProvider().refreshAll()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private MatrixQuery query(List<QuerySortOrder> sortOrders) {
        MatrixQuery.Sort sort = MatrixQuery.Sort.NAME;
        boolean descending = false;
        if (!sortOrders.isEmpty()) {
            sort = MatrixQuery.Sort.valueOf(sortOrders.get(0).getSorted());
            descending = sortOrders.get(0).getDirection() == SortDirection.DESCENDING;
        }
        return new MatrixQuery(team.getValue() == null ? null : team.getValue().id(), focus.getValue(),
                competency.getValue() == null ? null : competency.getValue().id(), status.getValue(), search.getValue(),
                sort, descending);
    }

    private void configureGrid(List<CompetencyFramework.Competency> competencies) {
        grid.addColumn(StaffRow::fullName).setHeader("Name").setKey("name").setSortProperty(MatrixQuery.Sort.NAME.name())
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(StaffRow::teamName).setHeader("Team").setSortProperty(MatrixQuery.Sort.TEAM.name()).setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.cleared(r.cleared())).setHeader("Cleared to needle")
                // Wide enough for the header and its sort arrows, which an automatic width cuts.
                .setSortProperty(MatrixQuery.Sort.CLEARED.name()).setWidth("11.5rem").setFlexGrow(0);
        for (CompetencyFramework.Competency c : competencies) {
            Span header = new Span(c.title() + (c.safetyCritical() ? " ⚑" : ""));
            header.addClassName("competency-header");
            header.setTitle(c.safetyCritical() ? c.title() + " (safety-critical)" : c.title());
            grid.addComponentColumn(r -> StatusBadge.of(r.status(c.id()))).setHeader(header).setWidth("12rem")
                    .setFlexGrow(0).setKey("competency-" + c.id());
        }
        grid.addColumn(r -> StatusBadge.date(r.nextExpiry())).setHeader("Next expiry")
                .setSortProperty(MatrixQuery.Sort.NEXT_EXPIRY.name()).setAutoWidth(true);
        grid.addColumn(r -> r.overdueAssignments() == 0 ? (r.openAssignments() == 0 ? "" : r.openAssignments() + " open")
                        : r.overdueAssignments() + " overdue").setHeader("Assignments")
                .setSortProperty(MatrixQuery.Sort.OVERDUE.name()).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(false);
        grid.setItems(q -> dashboard.rows(query(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    int size = dashboard.count(query(q.getSortOrders()));
                    shown.setText(size + (size == 1 ? " person" : " people") + " shown. Open a person for their details.");
                    return size;
                });
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                getUI().ifPresent(ui -> ui.navigate("manager/people/" + e.getItem().accountId()));
            }
        });
        grid.setHeight("32rem");
        grid.addClassName("matrix");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());
    }

    private Anchor export(CompetencyExports.Kind kind, String label) {
        Anchor anchor = new Anchor("manager-exports/" + kind.fileName(), label);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }

    private void openAssignDialog(DashboardOverview overview) {
        Set<StaffRow> selected = grid.getSelectedItems();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Assign a course");
        ComboBox<Map.Entry<String, String>> course = new ComboBox<>("Course");
        course.setItems(List.copyOf(assignments.assignableCourses().entrySet()));
        course.setItemLabelGenerator(Map.Entry::getValue);
        course.setWidthFull();
        DatePicker due = new DatePicker("Due on");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        due.setMin(today);
        due.setValue(today.plusDays(30));
        RadioButtonGroup<String> to = new RadioButtonGroup<>("Assign to");
        String people = "The " + selected.size() + " selected " + (selected.size() == 1 ? "person" : "people");
        Select<OrganisationSummary.TeamSummary> whichTeam = new Select<>();
        whichTeam.setItems(overview.teams());
        whichTeam.setItemLabelGenerator(OrganisationSummary.TeamSummary::name);
        whichTeam.setLabel("Team");
        to.setItems(people, "Everyone in a team");
        to.setValue(selected.isEmpty() ? "Everyone in a team" : people);
        whichTeam.setVisible(selected.isEmpty());
        to.addValueChangeListener(e -> whichTeam.setVisible(e.getValue().equals("Everyone in a team")));
        dialog.add(new VerticalLayout(course, due, to, whichTeam));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button confirm = new Button("Assign", e -> {
            boolean byTeam = to.getValue().equals("Everyone in a team");
            AssignmentResult result = assignments.assign(course.getValue() == null ? null : course.getValue().getKey(),
                    byTeam ? List.of() : selected.stream().map(StaffRow::accountId).toList(),
                    byTeam && whichTeam.getValue() != null ? whichTeam.getValue().id() : null, due.getValue());
            dialog.close();
            Notification.show("Assigned to " + result.created() + (result.created() == 1 ? " person" : " people")
                    + (result.skipped().isEmpty() ? "." : ". Not assigned: " + String.join("; ", result.skipped())), 8000,
                    Notification.Position.BOTTOM_START);
            showCounts(dashboard.overview().counts());
            grid.getDataProvider().refreshAll();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Component charts() {
        ChartData.Charts data = dashboard.charts();
        boolean completed = ChartSvg.hasCompletions(data.completions());
        boolean statuses = ChartSvg.hasTeamStatuses(data.teams());
        Div charts = new Div(new H2("Trends"),
                chart("completions.svg", () -> ChartSvg.completions(data.completions()),
                        completed ? "Bar chart of course completions per month over the last twelve months"
                                : "No data yet: no course completed in the last twelve months",
                        completed ? completionsTable(data) : null),
                chart("team-statuses.svg", () -> ChartSvg.teamStatuses(data.teams()),
                        statuses ? "Stacked bar chart of competency statuses per team"
                                : "No data yet: nobody has a competency status",
                        statuses ? teamsTable(data) : null));
        charts.addClassName("charts");
        return charts;
    }

    /** A chart as an image; the numbers as a table beside it, unless there are none. */
    private Component chart(String name, Supplier<String> svg, String alt, Component table) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = svg.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "image/svg+xml", bytes.length);
        }), alt);
        image.addClassName("chart");
        return table == null ? new Div(image) : new Div(image, new Details("The numbers as a table", table));
    }

    private static Component completionsTable(ChartData.Charts data) {
        return table(List.of("Month", "Completions"), data.completions().stream()
                .map(m -> List.of(m.month().toString(), String.valueOf(m.completions()))).toList());
    }

    private static Component teamsTable(ChartData.Charts data) {
        List<String> headers = new java.util.ArrayList<>(List.of("Team"));
        for (CompetencyStatus s : CompetencyStatus.values()) {
            headers.add(s.label());
        }
        return table(headers, data.teams().stream().map(t -> {
            List<String> row = new java.util.ArrayList<>(List.of(t.team()));
            for (CompetencyStatus s : CompetencyStatus.values()) {
                row.add(String.valueOf(t.counts().getOrDefault(s, 0)));
            }
            return row;
        }).toList());
    }

    private static NativeTable table(List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        NativeTableRow header = table.getHead().addRow();
        headers.forEach(h -> header.addHeaderCell().setText(h));
        NativeTableBody body = table.addBody();
        rows.forEach(cells -> {
            NativeTableRow row = body.addRow();
            cells.forEach(c -> row.addDataCell().setText(c));
        });
        return table;
    }
}
