package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.CaseStatistics;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.shared.Counts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For authors: how learners go through a case. Outcomes, how many reached each stage, how many
 * took each branch (a bar and a number, not colour alone), and each script-concordance panel's size.
 */
@Route("authoring/case-statistics")
@PageTitle("Case statistics · Trigger Point Academy")
@Menu(title = "Case statistics", order = 80, icon = "vaadin:chart")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class CaseStatisticsView extends VerticalLayout {

    private final CaseService cases;
    private final Div report = new Div();

    public CaseStatisticsView(CaseService cases, CatalogService catalog) {
        this.cases = cases;
        ComboBox<CourseCard> course = new ComboBox<>("Course");
        course.setItems(catalog.catalogue());
        course.setItemLabelGenerator(CourseCard::title);
        ComboBox<CaseDefinition> caseBox = new ComboBox<>("Case");
        caseBox.setItemLabelGenerator(CaseDefinition::title);
        caseBox.setWidth("28rem");
        course.addValueChangeListener(e -> {
            caseBox.clear();
            caseBox.setItems(e.getValue() == null ? java.util.List.of()
                    : catalog.currentCourse(e.getValue().courseId()).definition().cases());
        });
        caseBox.addValueChangeListener(e -> {
            if (e.getValue() != null && course.getValue() != null) {
                show(cases.statistics(course.getValue().courseId(), e.getValue().id()));
            }
        });
        report.setWidthFull();
        add(new H1("Case statistics"), new Paragraph("From graded attempts on every version of the course."),
                new HorizontalLayout(course, caseBox), report);
    }

    private void show(CaseStatistics stats) {
        report.removeAll();
        report.add(new H2(stats.title()), new Paragraph(Counts.of(stats.graded(), "graded attempt") + ": " + stats.passed() + " passed, "
                + stats.failed() + " not passed, " + stats.failedCritical() + " failed on a safety-critical mistake."));
        for (CaseStatistics.StageStats stage : stats.stages()) {
            Section box = new Section(new H3(stage.phase() + ": " + stage.title()),
                    new Paragraph("Reached by " + stage.reached() + " of " + Counts.of(stats.graded(), "attempt") + "."));
            box.addClassName("module");
            if (!stage.choices().isEmpty()) {
                int total = stage.choices().stream().mapToInt(CaseStatistics.ChoiceStats::chosen).sum();
                UnorderedList choices = new UnorderedList();
                for (CaseStatistics.ChoiceStats choice : stage.choices()) {
                    int percent = total == 0 ? 0 : Math.round(choice.chosen() * 100f / total);
                    Span bar = new Span();
                    bar.addClassName("branch-bar");
                    bar.setWidth(Math.max(percent, 1) * 2 + "px");
                    choices.add(new ListItem(bar, new Span(choice.chosen() + " (" + percent + "%) · " + choice.text()
                            + (choice.best() ? " · best choice" : "")
                            + (choice.ending().equals("CRITICAL") ? " · ends critically"
                            : choice.ending().equals("COMPLETE") ? " · ends the case" : ""))));
                }
                box.add(choices);
            }
            report.add(box);
        }
        if (!stats.panels().isEmpty()) {
            UnorderedList panels = new UnorderedList();
            stats.panels().forEach(p -> panels.add(new ListItem(p.itemId() + " (" + p.stageTitle() + "): "
                    + Counts.of(p.experts(), "panel answer") + (p.provisional() ? "; provisional, no points until "
                    + ItemDefinition.ScriptConcordance.MINIMUM_PANEL : ""))));
            report.add(new Anchor("authoring/expert-panels?course=" + stats.courseId(), "Expert panel of this course"));
            report.add(new H3("Script-concordance panels"), panels);
        }
    }
}
