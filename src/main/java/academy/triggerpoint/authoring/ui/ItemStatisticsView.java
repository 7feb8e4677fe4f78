package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.authoring.ItemStatistics;
import academy.triggerpoint.authoring.review.ItemAnalysis;
import academy.triggerpoint.catalog.CourseArchives;
import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.panel.PanelReport;
import academy.triggerpoint.shared.Counts;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Item statistics of a course's quizzes from real attempts, with the items to review flagged. */
@Route("authoring/item-statistics")
@PageTitle("Item statistics · Trigger Point Academy")
@Menu(title = "Item statistics", order = 72, icon = "vaadin:bar-chart")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class ItemStatisticsView extends VerticalLayout {

    private final ItemStatistics statistics;
    private final ExpertPanels panels;
    private final Div report = new Div();

    public ItemStatisticsView(ItemStatistics statistics, ExpertPanels panels, CourseArchives archives) {
        this.statistics = statistics;
        this.panels = panels;
        Map<String, String> courses = archives.courses();
        ComboBox<String> course = new ComboBox<>("Course");
        course.setItems(courses.keySet());
        course.setItemLabelGenerator(id -> courses.get(id) + " (" + id + ")");
        course.setWidthFull();
        course.setMaxWidth("28em");
        course.addValueChangeListener(e -> show(e.getValue()));
        report.setWidthFull();
        add(new H1("Item statistics"),
                new Paragraph("From graded quiz attempts on every published version. Facility is the share of points "
                        + "earned; discrimination is the correlation between the item and the rest of the attempt "
                        + "(below 0: better learners do worse on it). Items need at least " + ItemAnalysis.MIN_RESPONSES
                        + " responses before they are judged. Branch choices in cases are under each case's statistics."),
                course, report);
        if (!courses.isEmpty()) {
            course.setValue(courses.keySet().iterator().next());
        }
    }

    private void show(String courseId) {
        report.removeAll();
        if (courseId == null) {
            return;
        }
        ItemStatistics.Report data = statistics.of(courseId);
        report.add(new Paragraph(Counts.of(data.attempts(), "graded attempt") + "; " + Counts.of(data.items().size(), "item")
                + " answered; " + data.flagged().size() + " flagged for review."));
        if (!data.flagged().isEmpty()) {
            report.add(new H2("To review"), grid(data.flagged()));
        }
        report.add(new H2("All items"), grid(data.items()));
        PanelReport panel = panels.report(courseId);
        if (!panel.items().isEmpty()) {
            report.add(new H2("Script-concordance items"), new Paragraph("Keyed by the course's expert panel; provisional "
                    + "(no points) below " + panel.minimumPanel() + " answers."), panelGrid(panel),
                    new Anchor("authoring/expert-panels?course=" + courseId, "Distributions and comments on the panel page"));
        }
    }

    private static Grid<PanelReport.ItemPanel> panelGrid(PanelReport panel) {
        Grid<PanelReport.ItemPanel> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(PanelReport.ItemPanel::itemId).setHeader("Item").setWidth("10em").setFlexGrow(1);
        grid.addColumn(i -> i.caseTitle() == null ? "" : i.caseTitle()).setHeader("Case").setWidth("10em").setFlexGrow(2);
        grid.addColumn(PanelReport.ItemPanel::size).setHeader("Panel answers").setWidth("8em").setFlexGrow(0);
        grid.addColumn(i -> i.demonstration() ? "demonstration" : i.provisional() ? "provisional" : "scored").setHeader("Key").setWidth("10em").setFlexGrow(0);
        grid.addColumn(i -> i.agreement().description()).setHeader("Agreement").setWidth("12em").setFlexGrow(2);
        grid.setItems(panel.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<ItemStatistics.Row> grid(java.util.List<ItemStatistics.Row> rows) {
        Grid<ItemStatistics.Row> grid = new Grid<>();
        // The choices column is what the page is for: cells wrap instead of cutting it off, and it takes
        // most of the width; short numeric columns keep their own size.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(ItemStatistics.Row::itemId).setHeader("Item").setWidth("10em").setFlexGrow(1).setSortable(true);
        grid.addColumn(ItemStatistics.Row::type).setHeader("Type").setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(r -> r.stats().responses()).setHeader("Responses").setWidth("7.5em").setFlexGrow(0).setSortable(true);
        grid.addColumn(r -> String.format(Locale.ROOT, "%.0f%%", r.stats().facility() * 100)).setHeader("Facility")
                .setWidth("6.5em").setFlexGrow(0).setComparator(r -> r.stats().facility());
        grid.addColumn(r -> r.stats().discrimination().isPresent()
                ? String.format(Locale.ROOT, "%.2f", r.stats().discrimination().getAsDouble()) : "–")
                .setHeader("Discrimination").setWidth("9em").setFlexGrow(0)
                .setComparator(r -> r.stats().discrimination().orElse(Double.NaN));
        grid.addComponentColumn(r -> flags(r.stats())).setHeader("Flags").setWidth("7em").setFlexGrow(1);
        grid.addColumn(r -> options(r)).setHeader("Choices").setWidth("12em").setFlexGrow(4);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Span flags(ItemAnalysis.ItemStats stats) {
        Span span = new Span(stats.flags().stream().map(f -> switch (f) {
            case NOBODY_CORRECT -> "⚠ nobody right";
            case NEGATIVE_DISCRIMINATION -> "⚠ negative discrimination";
            case EVERYBODY_CORRECT -> "everybody right";
            case FEW_RESPONSES -> "few responses";
        }).collect(Collectors.joining(", ")));
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
