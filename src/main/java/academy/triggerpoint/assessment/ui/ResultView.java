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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** A graded attempt: outcome, score, each critical miss with its lesson, and the review. */
@Route("attempts/:attemptId/result")
@PageTitle("Quiz result · Trigger Point Academy")
@PermitAll
public class ResultView extends VerticalLayout implements BeforeEnterObserver {

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

    private void show(AttemptReport report) {
        removeAll();
        add(new Anchor("courses/" + report.courseId(), "← Back to the course"), new H1(report.quizTitle()));
        add(ResultParts.banner(report.outcome(), report.percent(), report.points(), report.maxPoints(), report.passMark(),
                report.submittedByTimer() ? "Time ran out, so the answers you had saved were submitted." : null));
        if (!report.criticalMisses().isEmpty()) {
            add(new H2("Safety-critical mistakes"), new Paragraph("These fail the attempt whatever the score. "
                    + "Re-read the lesson for each before you try again."));
            UnorderedList list = new UnorderedList();
            for (AttemptReport.CriticalMiss miss : report.criticalMisses()) {
                list.add(new ListItem(new Paragraph("Question " + miss.number() + ": " + miss.question()),
                        new Paragraph("Why: " + miss.reason() + "."),
                        new Anchor("learn/" + report.courseId() + "/" + miss.lessonId(), "Revisit the lesson “" + miss.lessonTitle() + "”")));
            }
            list.addClassName("critical-misses");
            add(list);
        }
        if (!report.items().isEmpty()) {
            add(new H2("Review"));
            report.items().forEach(item -> add(ResultParts.reviewItem(item)));
        }
        add(new Anchor("courses/" + report.courseId() + "/quiz/" + report.moduleId(), "Quiz page and attempt history"));
    }
}
