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
import academy.triggerpoint.shared.i18n.LocalFormats;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The training manager's dashboard: counts at the top (each one a filter), the competency matrix
 * (lazy, so 10,000 staff stay fast) with filters, search and sorting, assigning a course, exports
 * and charts. Everything shown comes from {@link CompetencyDashboard}, scoped to the manager's organisation.
 */
@Route("manager")
@Menu(title = "competency.menu.team-dashboard", order = 80, icon = "vaadin:group")
@RolesAllowed("MANAGER")
public class TeamDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final CompetencyDashboard dashboard;
    private final Assignments assignments;
    private final Grid<StaffRow> grid = new Grid<>();
    private final Select<OrganisationSummary.TeamSummary> team = new Select<>();
    private final Select<MatrixQuery.Focus> focus = new Select<>();
    private final Select<CompetencyFramework.Competency> competency = new Select<>();
    private final Select<CompetencyStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final FlexLayout counts = new FlexLayout();
    private final Span shown = new Span();
    private final Clock clock;

    public TeamDashboardView(CompetencyDashboard dashboard, Assignments assignments, Clock clock) {
        this.dashboard = dashboard;
        this.assignments = assignments;
        this.clock = clock;
        setWidthFull();
        DashboardOverview overview = dashboard.overview();
        Paragraph asOf = new Paragraph(getTranslation("competency.team-dashboard.as-of", overview.counts().staff(),
                LocalFormats.date(LocalDate.ofInstant(overview.asOf(), ZoneOffset.UTC), getLocale()),
                String.join(", ", overview.competencies().stream().filter(CompetencyFramework.Competency::safetyCritical)
                        .map(CompetencyFramework.Competency::title).toList())));
        asOf.addClassName("muted");
        counts.addClassName("count-cards");
        showCounts(overview.counts());

        configureFilters(overview);
        configureGrid(overview.competencies());

        Button assign = new Button(getTranslation("competency.team-dashboard.assign"), e -> openAssignDialog(overview));
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(assign,
                export(CompetencyExports.Kind.MATRIX, getTranslation("competency.team-dashboard.export.matrix")),
                export(CompetencyExports.Kind.COMPLETIONS, getTranslation("competency.team-dashboard.export.completions")),
                export(CompetencyExports.Kind.CERTIFICATES, getTranslation("competency.team-dashboard.export.certificates")),
                new Anchor("manager/organisation", getTranslation("competency.team-dashboard.staff-and-teams")),
                new Anchor("manager/practice", getTranslation("competency.team-dashboard.practical-training")));
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassNames("dashboard-actions", "wrap-row");
        HorizontalLayout filters = new HorizontalLayout(team, focus, competency, status, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("wrap-row");
        add(new H1(overview.organisationName()), asOf, counts, actions, filters, shown, grid, charts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.team-dashboard.page-title");
    }

    private void showCounts(DashboardOverview.Counts c) {
        counts.removeAll();
        Locale locale = getLocale();
        counts.add(countCard(getTranslation("competency.team-dashboard.cleared"),
                        getTranslation("competency.team-dashboard.count.cleared-of", c.cleared(), c.staff()), MatrixQuery.Focus.CLEARED),
                countCard(getTranslation("competency.team-dashboard.count.overdue"), LocalFormats.number(c.overdue(), locale),
                        MatrixQuery.Focus.OVERDUE),
                countCard(getTranslation("competency.team-dashboard.count.expiring"), LocalFormats.number(c.expiring(), locale),
                        MatrixQuery.Focus.EXPIRING),
                countCard(getTranslation("competency.team-dashboard.count.needs-remediation"),
                        LocalFormats.number(c.needsRemediation(), locale), MatrixQuery.Focus.NEEDS_REMEDIATION));
    }

    private Component countCard(String label, String value, MatrixQuery.Focus target) {
        Button card = new Button();
        Span number = new Span(value);
        number.addClassName("count-value");
        Span text = new Span(label);
        text.addClassName("count-label");
        card.getElement().appendChild(number.getElement(), text.getElement());
        card.addClassNames("count-card", "count-" + target.name().toLowerCase().replace('_', '-'));
        card.getElement().setAttribute("aria-label", getTranslation("competency.team-dashboard.count.aria-label", label, value));
        card.addClickListener(e -> focus.setValue(target));
        return card;
    }

    private void configureFilters(DashboardOverview overview) {
        String allTeams = getTranslation("competency.team-dashboard.filter.all-teams");
        team.setLabel(getTranslation("competency.team-dashboard.team"));
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(allTeams);
        team.setItems(overview.teams());
        team.setItemLabelGenerator(t -> t == null ? allTeams : t.name());
        focus.setLabel(getTranslation("competency.team-dashboard.filter.show"));
        focus.setItems(MatrixQuery.Focus.values());
        focus.setItemLabelGenerator(MatrixQuery.Focus::label);
        focus.setValue(MatrixQuery.Focus.EVERYONE);
        String anyCompetency = getTranslation("competency.team-dashboard.filter.any-competency");
        competency.setLabel(getTranslation("competency.team-dashboard.filter.competency"));
        competency.setEmptySelectionAllowed(true);
        competency.setEmptySelectionCaption(anyCompetency);
        competency.setItems(overview.competencies());
        competency.setItemLabelGenerator(c -> c == null ? anyCompetency : c.title());
        String anyStatus = getTranslation("competency.team-dashboard.filter.any-status");
        status.setLabel(getTranslation("competency.team-dashboard.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(anyStatus);
        status.setItems(CompetencyStatus.values());
        status.setItemLabelGenerator(s -> s == null ? anyStatus : getTranslation(StatusTexts.label(s)));
        search.setLabel(getTranslation("competency.team-dashboard.search"));
        search.setPlaceholder(getTranslation("competency.team-dashboard.search.placeholder"));
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
        grid.addColumn(StaffRow::fullName).setHeader(getTranslation("competency.team-dashboard.column.name")).setKey("name")
                .setSortProperty(MatrixQuery.Sort.NAME.name()).setAutoWidth(true).setFrozen(true);
        grid.addColumn(StaffRow::teamName).setHeader(getTranslation("competency.team-dashboard.team"))
                .setSortProperty(MatrixQuery.Sort.TEAM.name()).setAutoWidth(true);
        grid.addComponentColumn(r -> StatusBadge.cleared(r.cleared())).setHeader(getTranslation("competency.team-dashboard.cleared"))
                // Wide enough for the header and its sort arrows, which an automatic width cuts.
                .setSortProperty(MatrixQuery.Sort.CLEARED.name()).setWidth("11.5rem").setFlexGrow(0);
        for (CompetencyFramework.Competency c : competencies) {
            Span header = new Span(c.title() + (c.safetyCritical() ? " ⚑" : ""));
            header.addClassName("competency-header");
            header.setTitle(c.safetyCritical() ? getTranslation("competency.safety-critical", c.title()) : c.title());
            grid.addComponentColumn(r -> StatusBadge.of(r.status(c.id()))).setHeader(header).setWidth("12rem")
                    .setFlexGrow(0).setKey("competency-" + c.id());
        }
        grid.addColumn(r -> StatusBadge.date(r.nextExpiry(), getLocale()))
                .setHeader(getTranslation("competency.team-dashboard.column.next-expiry"))
                .setSortProperty(MatrixQuery.Sort.NEXT_EXPIRY.name()).setAutoWidth(true);
        grid.addColumn(r -> r.overdueAssignments() == 0 ? (r.openAssignments() == 0 ? ""
                        : getTranslation("competency.team-dashboard.assignments.open", r.openAssignments()))
                        : getTranslation("competency.team-dashboard.assignments.overdue", r.overdueAssignments()))
                .setHeader(getTranslation("competency.team-dashboard.column.assignments"))
                .setSortProperty(MatrixQuery.Sort.OVERDUE.name()).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(false);
        grid.setItems(q -> dashboard.rows(query(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    int size = dashboard.count(query(q.getSortOrders()));
                    shown.setText(getTranslation("competency.team-dashboard.shown", size));
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
        dialog.setHeaderTitle(getTranslation("competency.team-dashboard.assign.title"));
        ComboBox<Map.Entry<String, String>> course = new ComboBox<>(getTranslation("competency.team-dashboard.assign.course"));
        course.setItems(List.copyOf(assignments.assignableCourses().entrySet()));
        course.setItemLabelGenerator(Map.Entry::getValue);
        course.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("competency.team-dashboard.assign.due"));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        due.setMin(today);
        due.setValue(today.plusDays(30));
        RadioButtonGroup<String> to = new RadioButtonGroup<>(getTranslation("competency.team-dashboard.assign.to"));
        String people = getTranslation("competency.team-dashboard.assign.selected", selected.size());
        String everyone = getTranslation("competency.team-dashboard.assign.everyone-in-team");
        Select<OrganisationSummary.TeamSummary> whichTeam = new Select<>();
        whichTeam.setItems(overview.teams());
        whichTeam.setItemLabelGenerator(OrganisationSummary.TeamSummary::name);
        whichTeam.setLabel(getTranslation("competency.team-dashboard.team"));
        to.setItems(people, everyone);
        to.setValue(selected.isEmpty() ? everyone : people);
        whichTeam.setVisible(selected.isEmpty());
        to.addValueChangeListener(e -> whichTeam.setVisible(e.getValue().equals(everyone)));
        dialog.add(new VerticalLayout(course, due, to, whichTeam));
        Button cancel = new Button(getTranslation("competency.team-dashboard.assign.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("competency.team-dashboard.assign.confirm"), e -> {
            boolean byTeam = to.getValue().equals(everyone);
            AssignmentResult result = assignments.assign(course.getValue() == null ? null : course.getValue().getKey(),
                    byTeam ? List.of() : selected.stream().map(StaffRow::accountId).toList(),
                    byTeam && whichTeam.getValue() != null ? whichTeam.getValue().id() : null, due.getValue());
            dialog.close();
            Notification.show(result.skipped().isEmpty()
                    ? getTranslation("competency.team-dashboard.assign.done", result.created())
                    : getTranslation("competency.team-dashboard.assign.done-with-skipped", result.created(),
                            String.join("; ", result.skipped())), 8000, Notification.Position.BOTTOM_START);
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
        // The pictures are drawn when the browser asks for them, in the language of the page they are on.
        Locale locale = getLocale();
        academy.triggerpoint.shared.i18n.Texts texts = (key, args) -> getTranslation(locale, key, args);
        Div charts = new Div(new H2(getTranslation("competency.team-dashboard.trends")),
                chart("completions.svg", () -> ChartSvg.completions(data.completions(), locale, texts),
                        completed ? getTranslation("competency.team-dashboard.chart.completions.alt")
                                : getTranslation("competency.team-dashboard.chart.completions.empty-alt"),
                        completed ? completionsTable(data) : null),
                chart("team-statuses.svg", () -> ChartSvg.teamStatuses(data.teams(), texts),
                        statuses ? getTranslation("competency.team-dashboard.chart.teams.alt")
                                : getTranslation("competency.team-dashboard.chart.teams.empty-alt"),
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
        return table == null ? new Div(image) : new Div(image, new Details(getTranslation("competency.team-dashboard.chart.table"), table));
    }

    private Component completionsTable(ChartData.Charts data) {
        Locale locale = getLocale();
        return table(List.of(getTranslation("competency.chart.month"), getTranslation("competency.chart.completions")),
                data.completions().stream().map(m -> List.of(m.month().toString(), LocalFormats.number(m.completions(), locale))).toList());
    }

    private Component teamsTable(ChartData.Charts data) {
        List<String> headers = new java.util.ArrayList<>(List.of(getTranslation("competency.team-dashboard.team")));
        for (CompetencyStatus s : CompetencyStatus.values()) {
            headers.add(getTranslation(StatusTexts.label(s)));
        }
        Locale locale = getLocale();
        return table(headers, data.teams().stream().map(t -> {
            List<String> row = new java.util.ArrayList<>(List.of(t.team()));
            for (CompetencyStatus s : CompetencyStatus.values()) {
                row.add(LocalFormats.number(t.counts().getOrDefault(s, 0), locale));
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
