package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseReport;
import academy.triggerpoint.assessment.CaseService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A graded case: the outcome, each safety-critical mistake in plain words with its lesson, the
 * path taken beside the best path, and every stage with its answers and decision rationale.
 */
@Route("case-attempts/:attemptId/result")
@PageTitle("Case result · Trigger Point Academy")
@PermitAll
public class CaseResultView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseService cases;

    public CaseResultView(CaseService cases) {
        this.cases = cases;
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(cases.report(event.getRouteParameters().getLong("attemptId").orElse(-1L)));
    }

    private void show(CaseReport report) {
        removeAll();
        add(new Anchor("courses/" + report.courseId(), "← Back to the course"), new H1(report.title()));
        String note = report.submittedByTimer() ? "Time ran out before the case was finished."
                : report.finished() ? null : "The case was not finished.";
        add(ResultParts.banner(report.outcome(), report.percent(), report.points(), report.maxPoints(), report.passMark(),
                note));
        if (!report.criticalMisses().isEmpty()) {
            add(new H2("Safety-critical mistakes"), new Paragraph("These fail the case whatever the score."));
            UnorderedList list = new UnorderedList();
            for (CaseReport.CriticalMiss miss : report.criticalMisses()) {
                list.add(new ListItem(new Paragraph(miss.stageTitle() + ": " + miss.what()),
                        new Paragraph("What should have happened:"), ResultParts.html(miss.explanationHtml()),
                        new Anchor("learn/" + report.courseId() + "/" + miss.lessonId(),
                                "Revisit the lesson “" + miss.lessonTitle() + "”")));
            }
            list.addClassName("critical-misses");
            add(list);
        }
        OrderedList yours = new OrderedList();
        report.path().forEach(stage -> yours.add(new ListItem(stage.phase() + ": " + stage.title()
                + (stage.onBestPath() ? "" : " (a detour from the best path)"))));
        OrderedList best = new OrderedList();
        report.bestPath().forEach(step -> best.add(new ListItem(step.phase() + ": " + step.title()
                + (step.taken() ? " ✓ you were here" : " (you did not reach this stage)"))));
        Div paths = new Div(new Section(new H3("Your path"), yours), new Section(new H3("The best path"), best));
        paths.addClassName("paths");
        add(new H2("Your path and the best path"), paths);
        add(new H2("Stage by stage"));
        for (CaseReport.StageReview stage : report.path()) {
            Section box = new Section(new H3(stage.phase() + ": " + stage.title() + " · " + ResultParts.trim(stage.points())
                    + " of " + stage.maxPoints() + " points"));
            box.addClassName("module");
            stage.items().forEach(item -> box.add(ResultParts.reviewItem(item)));
            CaseReport.DecisionReview decision = stage.decision();
            if (decision != null) {
                box.add(new Paragraph("Decision: " + decision.prompt()), new Paragraph("You chose: " + decision.yourChoice()
                        + (decision.bestChoice() == null ? " · the best choice" : "")));
                if (decision.yourRationaleHtml() != null) {
                    box.add(ResultParts.html(decision.yourRationaleHtml()));
                }
                if (decision.bestChoice() != null) {
                    box.add(new Paragraph("The best choice: " + decision.bestChoice()), ResultParts.html(decision.bestRationaleHtml()));
                }
            }
            add(box);
        }
        add(new Anchor("courses/" + report.courseId() + "/cases/" + report.caseId(), "Case page and attempt history"));
    }
}
