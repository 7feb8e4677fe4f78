package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.RegradeReport;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * After an author corrects an item's key: a dry run lists every attempt whose score or outcome
 * would change, and only then can the administrator apply it (each change is audit-logged).
 */
@Route("admin/regrade")
@Menu(title = "assessment.menu.regrade", order = 92, icon = "vaadin:refresh")
@RolesAllowed("ADMIN")
public class RegradeView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<RegradeReport.Change> changes = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button apply = new Button(getTranslation("assessment.regrade.apply"));

    public RegradeView(AttemptService attempts, CatalogService catalog) {
        ComboBox<CourseCard> course = new ComboBox<>(getTranslation("assessment.regrade.course"));
        course.setItems(catalog.catalogue());
        course.setItemLabelGenerator(CourseCard::title);
        Button dryRun = new Button(getTranslation("assessment.regrade.dry-run"), e -> {
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
        changes.addColumn(RegradeReport.Change::attemptId).setHeader(getTranslation("assessment.regrade.attempt"));
        changes.addColumn(RegradeReport.Change::accountId).setHeader(getTranslation("assessment.regrade.learner"));
        changes.addColumn(RegradeReport.Change::assessment).setHeader(getTranslation("assessment.regrade.assessment"));
        changes.addColumn(c -> getTranslation("assessment.percent", c.oldPercent()) + " → "
                + getTranslation("assessment.percent", c.newPercent())).setHeader(getTranslation("assessment.regrade.score"));
        changes.addColumn(c -> Outcomes.label(c.oldOutcome(), getLocale()) + " → " + Outcomes.label(c.newOutcome(), getLocale()))
                .setHeader(getTranslation("assessment.regrade.outcome"));
        changes.setAllRowsVisible(true);
        add(new H1(getTranslation("assessment.regrade.title")), new Paragraph(getTranslation("assessment.regrade.intro")),
                new HorizontalLayout(course, dryRun), summary, changes, apply);
        ((HorizontalLayout) getComponentAt(2)).setAlignItems(Alignment.BASELINE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.regrade.page-title");
    }

    private void show(RegradeReport report) {
        summary.setText(getTranslation(report.dryRun() ? "assessment.regrade.summary.dry-run" : "assessment.regrade.summary.applied",
                report.attemptsChecked(), report.changes().size()));
        changes.setItems(report.changes());
        apply.setEnabled(report.dryRun() && !report.changes().isEmpty());
    }
}
