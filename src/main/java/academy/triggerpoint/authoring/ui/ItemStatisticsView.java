package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.ItemStatistics;
import academy.triggerpoint.authoring.review.ItemAnalysis;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.panel.PanelReport;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** Item statistics of a course's quizzes from real attempts, with the items to review flagged. */
@Route("authoring/item-statistics")
@Menu(title = "authoring.menu.item-statistics", order = 72, icon = "vaadin:bar-chart")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class ItemStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final ItemStatistics statistics;
    private final ExpertPanels panels;
    private final Div report = new Div();

    public ItemStatisticsView(ItemStatistics statistics, ExpertPanels panels, CourseArchives archives) {
        this.statistics = statistics;
        this.panels = panels;
        Map<String, String> courses = archives.courses();
        ComboBox<String> course = new ComboBox<>(getTranslation("authoring.item-statistics.course"));
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(id -> courses.get(id) + " (" + id + ")");
        course.setWidthFull();
        course.setMaxWidth("28em");
        course.addValueChangeListener(e -> show(e.getValue()));
        report.setWidthFull();
        add(new H1(getTranslation("authoring.item-statistics.title")),
                new Paragraph(getTranslation("authoring.item-statistics.intro", ItemAnalysis.MIN_RESPONSES)),
                course, report);
        if (!courses.isEmpty()) {
            course.setValue(courses.keySet().iterator().next());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.item-statistics.page-title");
    }

    private void show(String courseId) {
        report.removeAll();
        if (courseId == null) {
            return;
        }
        ItemStatistics.Report data = statistics.of(courseId);
        report.add(new Paragraph(getTranslation("authoring.item-statistics.summary", data.attempts(), data.items().size(),
                data.flagged().size())));
        if (!data.flagged().isEmpty()) {
            report.add(new H2(getTranslation("authoring.item-statistics.to-review")), grid(data.flagged()));
        }
        report.add(new H2(getTranslation("authoring.item-statistics.all-items")), grid(data.items()));
        PanelReport panel = panels.report(courseId);
        if (!panel.items().isEmpty()) {
            report.add(new H2(getTranslation("authoring.item-statistics.script-concordance")),
                    new Paragraph(getTranslation("authoring.item-statistics.script-concordance.intro", panel.minimumPanel())),
                    panelGrid(panel), new Anchor("authoring/expert-panels?course=" + courseId,
                            getTranslation("authoring.item-statistics.script-concordance.panel-page")));
        }
    }

    private Grid<PanelReport.ItemPanel> panelGrid(PanelReport panel) {
        Grid<PanelReport.ItemPanel> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(PanelReport.ItemPanel::itemId).setHeader(getTranslation("authoring.item-statistics.column.item"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(i -> i.caseTitle() == null ? "" : i.caseTitle())
                .setHeader(getTranslation("authoring.item-statistics.column.case"))
                .setWidth("10em").setFlexGrow(2);
        grid.addColumn(PanelReport.ItemPanel::size).setHeader(getTranslation("authoring.item-statistics.column.panel-answers"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(i -> getTranslation(i.demonstration() ? "authoring.item-statistics.key.demonstration"
                        : i.provisional() ? "authoring.item-statistics.key.provisional" : "authoring.item-statistics.key.scored"))
                .setHeader(getTranslation("authoring.item-statistics.column.key")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(i -> i.agreement().description()).setHeader(getTranslation("authoring.item-statistics.column.agreement"))
                .setWidth("12em").setFlexGrow(2);
        grid.setItems(panel.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<ItemStatistics.Row> grid(java.util.List<ItemStatistics.Row> rows) {
        Grid<ItemStatistics.Row> grid = new Grid<>();
        // The choices column is what the page is for: cells wrap instead of cutting it off, and it takes
        // most of the width; short numeric columns keep their own size.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(ItemStatistics.Row::itemId).setHeader(getTranslation("authoring.item-statistics.column.item"))
                .setWidth("10em").setFlexGrow(1).setSortable(true);
        grid.addColumn(ItemStatistics.Row::type).setHeader(getTranslation("authoring.item-statistics.column.type"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(r -> r.stats().responses()).setHeader(getTranslation("authoring.item-statistics.column.responses"))
                .setWidth("7.5em").setFlexGrow(0).setSortable(true);
        grid.addColumn(r -> getTranslation("authoring.item-statistics.facility", Math.round(r.stats().facility() * 100)))
                .setHeader(getTranslation("authoring.item-statistics.column.facility"))
                .setWidth("6.5em").setFlexGrow(0).setComparator(r -> r.stats().facility());
        grid.addColumn(r -> r.stats().discrimination().isPresent()
                ? String.format(getLocale(), "%.2f", r.stats().discrimination().getAsDouble()) : "–")
                .setHeader(getTranslation("authoring.item-statistics.column.discrimination")).setWidth("9em").setFlexGrow(0)
                .setComparator(r -> r.stats().discrimination().orElse(Double.NaN));
        grid.addComponentColumn(r -> flags(r.stats())).setHeader(getTranslation("authoring.item-statistics.column.flags"))
                .setWidth("7em").setFlexGrow(1);
        grid.addColumn(r -> options(r)).setHeader(getTranslation("authoring.item-statistics.column.choices"))
                .setWidth("12em").setFlexGrow(4);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Span flags(ItemAnalysis.ItemStats stats) {
        Span span = new Span(stats.flags().stream().map(f -> getTranslation(switch (f) {
            case NOBODY_CORRECT -> "authoring.item-statistics.flag.nobody-correct";
            case NEGATIVE_DISCRIMINATION -> "authoring.item-statistics.flag.negative-discrimination";
            case EVERYBODY_CORRECT -> "authoring.item-statistics.flag.everybody-correct";
            case FEW_RESPONSES -> "authoring.item-statistics.flag.few-responses";
        })).collect(Collectors.joining(", ")));
        if (stats.flags().contains(ItemAnalysis.Flag.NOBODY_CORRECT) || stats.flags().contains(ItemAnalysis.Flag.NEGATIVE_DISCRIMINATION)) {
            span.addClassName("status-needs-remediation");
        }
        return span;
    }

    private static String options(ItemStatistics.Row row) {
        return row.stats().choiceCounts().entrySet().stream()
                .map(e -> row.optionLabels().getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
