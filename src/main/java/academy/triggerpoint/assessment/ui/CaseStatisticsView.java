package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.CaseStatistics;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCard;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * For authors: how learners go through a case. Outcomes, how many reached each stage, how many
 * took each branch (a bar and a number, not colour alone), and each script-concordance panel's size.
 */
@Route("authoring/case-statistics")
@Menu(title = "assessment.menu.case-statistics", order = 80, icon = "vaadin:chart")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class CaseStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final Div report = new Div();

    public CaseStatisticsView(CaseService cases, CatalogService catalog) {
        this.cases = cases;
        ComboBox<CourseCard> course = new ComboBox<>(getTranslation("assessment.case-statistics.course"));
        course.setItems(catalog.catalogue());
        course.setItemLabelGenerator(CourseCard::title);
        ComboBox<CaseDefinition> caseBox = new ComboBox<>(getTranslation("assessment.case-statistics.case"));
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
        add(new H1(getTranslation("assessment.case-statistics.title")),
                new Paragraph(getTranslation("assessment.case-statistics.intro")),
                new HorizontalLayout(course, caseBox), report);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.case-statistics.page-title");
    }

    private void show(CaseStatistics stats) {
        report.removeAll();
        report.add(new H2(stats.title()), new Paragraph(getTranslation("assessment.case-statistics.outcomes", stats.graded(),
                stats.passed(), stats.failed(), stats.failedCritical())));
        for (CaseStatistics.StageStats stage : stats.stages()) {
            Section box = new Section(new H3(stage.phase() + ": " + stage.title()),
                    new Paragraph(getTranslation("assessment.case-statistics.reached", stage.reached(), stats.graded())));
            box.addClassName("module");
            if (!stage.choices().isEmpty()) {
                int total = stage.choices().stream().mapToInt(CaseStatistics.ChoiceStats::chosen).sum();
                UnorderedList choices = new UnorderedList();
                for (CaseStatistics.ChoiceStats choice : stage.choices()) {
                    int percent = total == 0 ? 0 : Math.round(choice.chosen() * 100f / total);
                    Span bar = new Span();
                    bar.addClassName("branch-bar");
                    bar.setWidth(Math.max(percent, 1) * 2 + "px");
                    choices.add(new ListItem(bar, new Span(choiceLine(choice, percent))));
                }
                box.add(choices);
            }
            report.add(box);
        }
        if (!stats.panels().isEmpty()) {
            UnorderedList panels = new UnorderedList();
            stats.panels().forEach(p -> panels.add(new ListItem(p.provisional()
                    ? getTranslation("assessment.case-statistics.panel.provisional", p.itemId(), p.stageTitle(), p.experts(),
                            ItemDefinition.ScriptConcordance.MINIMUM_PANEL)
                    : getTranslation("assessment.case-statistics.panel", p.itemId(), p.stageTitle(), p.experts()))));
            report.add(new Anchor("authoring/expert-panels?course=" + stats.courseId(),
                    getTranslation("assessment.case-statistics.expert-panel")));
            report.add(new H3(getTranslation("assessment.case-statistics.panels")), panels);
        }
    }

    /** How many took a branch and where it leads, in words beside the bar. */
    private String choiceLine(CaseStatistics.ChoiceStats choice, int percent) {
        String line = getTranslation("assessment.case-statistics.choice", choice.chosen(), percent, choice.text());
        if (choice.best()) {
            line += " · " + getTranslation("assessment.case-statistics.choice.best");
        }
        return switch (choice.ending()) {
            case "CRITICAL" -> line + " · " + getTranslation("assessment.case-statistics.choice.ends-critically");
            case "COMPLETE" -> line + " · " + getTranslation("assessment.case-statistics.choice.ends-case");
            default -> line;
        };
    }
}
