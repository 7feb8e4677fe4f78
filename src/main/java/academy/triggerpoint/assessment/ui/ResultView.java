package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.AttemptService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
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
        Div banner = new Div();
        banner.addClassNames("outcome", report.outcome().toLowerCase().replace('_', '-'));
        banner.add(report.outcome().equals("PASSED") ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new H2(Outcomes.label(report.outcome())));
        banner.add(new Paragraph("Score " + report.percent() + "% (" + trim(report.points()) + " of " + report.maxPoints()
                + " points); the pass mark is " + report.passMark() + "%."
                + (report.submittedByTimer() ? " Time ran out, so the answers you had saved were submitted." : "")));
        add(banner);
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
            for (AttemptReport.ReviewItem item : report.items()) {
                Div box = new Div();
                box.addClassName("module");
                Article stem = new Article();
                stem.addClassName("lesson-content");
                stem.getElement().setProperty("innerHTML", item.stemHtml());
                box.add(new H3("Question " + item.number() + (item.credit() >= 1 ? " · correct"
                        : item.credit() > 0 ? " · partly correct" : " · not correct")), stem,
                        new Paragraph("Your answer: " + item.yourAnswer()));
                if (item.feedback() != null) {
                    box.add(new Paragraph("Feedback: " + item.feedback()));
                }
                if (item.correctAnswer() != null) {
                    box.add(new Paragraph("Correct answer: " + item.correctAnswer()));
                }
                if (item.rationaleHtml() != null) {
                    Article why = new Article();
                    why.addClassName("lesson-content");
                    why.getElement().setProperty("innerHTML", item.rationaleHtml());
                    box.add(why);
                }
                add(box);
            }
        }
        add(new Anchor("courses/" + report.courseId() + "/quiz/" + report.moduleId(), "Quiz page and attempt history"));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
