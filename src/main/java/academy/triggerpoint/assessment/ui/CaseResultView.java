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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A graded case: the outcome, each safety-critical mistake in plain words with its lesson, the
 * path taken beside the best path, and every stage with its answers and decision rationale.
 */
@Route("case-attempts/:attemptId/result")
@PermitAll
public class CaseResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;

    public CaseResultView(CaseService cases) {
        this.cases = cases;
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(cases.report(event.getRouteParameters().getLong("attemptId").orElse(-1L)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.case-result.page-title");
    }

    private void show(CaseReport report) {
        removeAll();
        add(new Anchor("courses/" + report.courseId(), getTranslation("assessment.result.back")), new H1(report.title()));
        String note = report.submittedByTimer() ? getTranslation("assessment.case-result.timed-out")
                : report.finished() ? null : getTranslation("assessment.case-result.unfinished");
        add(ResultParts.banner(report.outcome(), report.percent(), report.points(), report.maxPoints(), report.passMark(),
                note, getLocale()));
        if (!report.criticalMisses().isEmpty()) {
            add(new H2(getTranslation("assessment.result.critical-misses")),
                    new Paragraph(getTranslation("assessment.case-result.critical-misses.note")));
            UnorderedList list = new UnorderedList();
            for (CaseReport.CriticalMiss miss : report.criticalMisses()) {
                list.add(new ListItem(new Paragraph(miss.stageTitle() + ": " + miss.what()),
                        new Paragraph(getTranslation("assessment.case-result.should-have-happened")),
                        ResultParts.html(miss.explanationHtml()),
                        new Anchor("learn/" + report.courseId() + "/" + miss.lessonId(),
                                getTranslation("assessment.result.revisit-lesson", miss.lessonTitle()))));
            }
            list.addClassName("critical-misses");
            add(list);
        }
        OrderedList yours = new OrderedList();
        report.path().forEach(stage -> yours.add(new ListItem(stage.onBestPath() ? stage.phase() + ": " + stage.title()
                : getTranslation("assessment.case-result.path.detour", stage.phase(), stage.title()))));
        OrderedList best = new OrderedList();
        report.bestPath().forEach(step -> best.add(new ListItem(getTranslation(step.taken()
                ? "assessment.case-result.best-path.taken" : "assessment.case-result.best-path.not-reached",
                step.phase(), step.title()))));
        Div paths = new Div(new Section(new H3(getTranslation("assessment.case-result.your-path")), yours),
                new Section(new H3(getTranslation("assessment.case-result.best-path")), best));
        paths.addClassName("paths");
        add(new H2(getTranslation("assessment.case-result.paths")), paths);
        add(new H2(getTranslation("assessment.case-result.stages")));
        for (CaseReport.StageReview stage : report.path()) {
            Section box = new Section(new H3(getTranslation("assessment.case-result.stage", stage.phase(), stage.title(),
                    ResultParts.trim(stage.points(), getLocale()), stage.maxPoints())));
            box.addClassName("module");
            stage.items().forEach(item -> box.add(ResultParts.reviewItem(item, getLocale())));
            CaseReport.DecisionReview decision = stage.decision();
            if (decision != null) {
                box.add(new Paragraph(getTranslation("assessment.case-result.decision", decision.prompt())),
                        new Paragraph(getTranslation(decision.bestChoice() == null ? "assessment.case-result.chose-best"
                                : "assessment.case-result.chose", decision.yourChoice())));
                if (decision.yourRationaleHtml() != null) {
                    box.add(ResultParts.html(decision.yourRationaleHtml()));
                }
                if (decision.bestChoice() != null) {
                    box.add(new Paragraph(getTranslation("assessment.case-result.best-choice", decision.bestChoice())),
                            ResultParts.html(decision.bestRationaleHtml()));
                }
            }
            add(box);
        }
        add(new Anchor("courses/" + report.courseId() + "/cases/" + report.caseId(),
                getTranslation("assessment.case-result.case-page")));
    }
}
