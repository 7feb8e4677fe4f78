package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.RegradeReport;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * After an author corrects an item's key: a dry run lists every attempt whose score or outcome
 * would change, and only then can the administrator apply it (each change is audit-logged).
 */
@Route("admin/regrade")
@PageTitle("Regrade attempts · Trigger Point Academy")
@Menu(title = "Regrade attempts", order = 92, icon = "vaadin:refresh")
@RolesAllowed("ADMIN")
public class RegradeView extends VerticalLayout {

    private final Grid<RegradeReport.Change> changes = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button apply = new Button("Apply these changes");

    public RegradeView(AttemptService attempts, CatalogService catalog) {
        ComboBox<CourseCard> course = new ComboBox<>("Course");
        course.setItems(catalog.catalogue());
        course.setItemLabelGenerator(CourseCard::title);
        Button dryRun = new Button("Dry run", e -> {
            if (course.getValue() != null) {
                show(attempts.regrade(course.getValue().courseId(), true));
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.setEnabled(false);
        apply.addClickListener(e -> {
            show(attempts.regrade(course.getValue().courseId(), false));
            apply.setEnabled(false);
        });
        course.addValueChangeListener(e -> apply.setEnabled(false));
        changes.addColumn(RegradeReport.Change::attemptId).setHeader("Attempt");
        changes.addColumn(RegradeReport.Change::accountId).setHeader("Learner id");
        changes.addColumn(RegradeReport.Change::assessment).setHeader("Quiz or case");
        changes.addColumn(c -> c.oldPercent() + "% → " + c.newPercent() + "%").setHeader("Score");
        changes.addColumn(c -> Outcomes.label(c.oldOutcome()) + " → " + Outcomes.label(c.newOutcome())).setHeader("Outcome");
        changes.setAllRowsVisible(true);
        add(new H1("Regrade attempts"),
                new Paragraph("Grades every graded attempt of a course again with the keys of the course's current version. "
                        + "Start with a dry run; nothing changes until you apply it."),
                new HorizontalLayout(course, dryRun), summary, changes, apply);
        ((HorizontalLayout) getComponentAt(2)).setAlignItems(Alignment.BASELINE);
    }

    private void show(RegradeReport report) {
        summary.setText((report.dryRun() ? "Dry run: " : "Applied: ") + Counts.of(report.attemptsChecked(), "graded attempt") + " checked, "
                + report.changes().size() + " would " + (report.dryRun() ? "" : "now ") + "change.");
        changes.setItems(report.changes());
        apply.setEnabled(report.dryRun() && !report.changes().isEmpty());
    }
}
