package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.QuizOverview;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** The pieces quiz and case results share: the outcome banner, a reviewed question, sanitised HTML. */
final class ResultParts {

    private ResultParts() {
    }

    /** The outcome with an icon and words, never colour alone, and the score against the pass mark. */
    static Div banner(String outcome, double percent, double points, int maxPoints, int passMark, String note) {
        Div banner = new Div();
        banner.addClassNames("outcome", outcome.toLowerCase().replace('_', '-'));
        banner.add(outcome.equals("PASSED") ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new H2(Outcomes.label(outcome)));
        banner.add(new Paragraph("Score " + percent + "% (" + trim(points) + " of " + maxPoints
                + " points); the pass mark is " + passMark + "%." + (note == null ? "" : " " + note)));
        return banner;
    }

    /** One reviewed question with whatever the review policy lets the report carry. */
    static Div reviewItem(AttemptReport.ReviewItem item) {
        Div box = new Div();
        box.addClassName("module");
        box.add(new H3("Question " + item.number() + (item.credit() >= 1 ? " · correct"
                        : item.credit() > 0 ? " · partly correct" : " · not correct")), html(item.stemHtml()),
                new Paragraph("Your answer: " + item.yourAnswer()));
        if (item.feedback() != null) {
            box.add(new Paragraph("Feedback: " + item.feedback()));
        }
        if (item.correctAnswer() != null) {
            box.add(new Paragraph("Correct answer: " + item.correctAnswer()));
        }
        if (item.rationaleHtml() != null) {
            box.add(html(item.rationaleHtml()));
        }
        return box;
    }

    /** HTML the server has already sanitised (course Markdown rendered through the lesson renderer). */
    static Component html(String safeHtml) {
        Article article = new Article();
        article.addClassName("lesson-content");
        article.getElement().setProperty("innerHTML", safeHtml);
        return article;
    }

    /** A learner's attempts at a quiz or case; {@code reviewPath} plus the attempt id plus "/result" opens one. */
    static Grid<QuizOverview.AttemptSummary> history(List<QuizOverview.AttemptSummary> attempts, String reviewPath) {
        Grid<QuizOverview.AttemptSummary> history = new Grid<>();
        history.addColumn(a -> QuizView.WHEN.format(a.startedAt())).setHeader("Started");
        history.addColumn(a -> a.percent() == null ? "In progress" : a.percent() + "%").setHeader("Score");
        history.addColumn(a -> a.outcome() == null ? "" : Outcomes.label(a.outcome())).setHeader("Result");
        history.addComponentColumn(a -> a.outcome() == null ? new Paragraph()
                : new Anchor(reviewPath + a.attemptId() + "/result", "Review")).setHeader("");
        history.setItems(attempts);
        history.setAllRowsVisible(true);
        return history;
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
