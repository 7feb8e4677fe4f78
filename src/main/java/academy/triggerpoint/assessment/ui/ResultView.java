package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.AttemptService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** A graded attempt: outcome, score, each critical miss with its lesson, and the review. */
@Route("attempts/:attemptId/result")
@PermitAll
public class ResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService attempts;

    public ResultView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("lesson-page");
    }

    public static RouteParameters params(long attemptId) {
        return new RouteParameters(new RouteParam("attemptId", String.valueOf(attemptId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(attempts.report(event.getRouteParameters().getLong("attemptId").orElse(-1L)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.result.page-title");
    }

    private void show(AttemptReport report) {
        removeAll();
        add(new Anchor("courses/" + report.courseId(), getTranslation("assessment.result.back")), new H1(report.quizTitle()));
        add(ResultParts.banner(report.outcome(), report.percent(), report.points(), report.maxPoints(), report.passMark(),
                report.submittedByTimer() ? getTranslation("assessment.result.timed-out") : null, getLocale()));
        if (!report.criticalMisses().isEmpty()) {
            add(new H2(getTranslation("assessment.result.critical-misses")),
                    new Paragraph(getTranslation("assessment.result.critical-misses.note")));
            UnorderedList list = new UnorderedList();
            for (AttemptReport.CriticalMiss miss : report.criticalMisses()) {
                list.add(new ListItem(new Paragraph(getTranslation("assessment.result.critical-miss.question", miss.number(),
                                miss.question())),
                        new Paragraph(getTranslation("assessment.result.critical-miss.why", miss.reason())),
                        new Anchor("learn/" + report.courseId() + "/" + miss.lessonId(),
                                getTranslation("assessment.result.revisit-lesson", miss.lessonTitle()))));
            }
            list.addClassName("critical-misses");
            add(list);
        }
        if (!report.items().isEmpty()) {
            add(new H2(getTranslation("assessment.result.review")));
            report.items().forEach(item -> add(ResultParts.reviewItem(item, getLocale())));
        }
        add(new Anchor("courses/" + report.courseId() + "/quiz/" + report.moduleId(), getTranslation("assessment.result.quiz-page")));
    }
}
