package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.QuizOverview;
import academy.triggerpoint.shared.ui.HotspotOverlay;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
                        : item.credit() > 0 ? " · partly correct" : " · not correct")), html(item.stemHtml()));
        if (item.hotspot() != null) {
            box.add(hotspot(item.number(), item.hotspot()));
        }
        if (!item.options().isEmpty()) {
            box.add(options(item.options()), summary(item.yourAnswer()));
        } else {
            box.add(new Paragraph("Your answer: " + item.yourAnswer()));
        }
        if (item.feedback() != null) {
            box.add(new Paragraph("Feedback: " + item.feedback()));
        }
        // Each option already says whether it should be chosen.
        if (item.correctAnswer() != null && item.options().isEmpty()) {
            box.add(new Paragraph("Correct answer: " + item.correctAnswer()));
        }
        if (item.rationaleHtml() != null) {
            box.add(html(item.rationaleHtml()));
        }
        return box;
    }

    private static Paragraph summary(String text) {
        Paragraph summary = new Paragraph(text);
        summary.addClassName("review-summary");
        return summary;
    }

    /** Every option once: what the learner did with it and, when keys are shown, whether that was right. */
    private static UnorderedList options(List<AttemptReport.OptionReview> options) {
        UnorderedList list = new UnorderedList();
        list.addClassName("review-options");
        for (AttemptReport.OptionReview option : options) {
            Span verdict = new Span();
            verdict.addClassName("verdict");
            if (option.shouldChoose() == null) {
                verdict.setText(option.chosen() ? "You chose: " : "Not chosen: ");
            } else {
                boolean right = option.chosen() == option.shouldChoose();
                verdict.addClassName(right ? "right" : "wrong");
                verdict.setText((right ? "✓ " : "✗ ") + (option.chosen()
                        ? option.shouldChoose() ? "You chose, rightly: " : "You chose, but it should not be chosen: "
                        : option.shouldChoose() ? "You did not choose, but it should be chosen: " : "You left out, rightly: "));
            }
            ListItem row = new ListItem(verdict, new Span(option.text()));
            row.addClassName("review-option");
            if (option.feedback() != null) {
                Span feedback = new Span(option.feedback());
                feedback.addClassName("option-feedback");
                row.add(feedback);
            }
            list.add(row);
        }
        return list;
    }

    /** The picture with the learner's click and the outlined areas the report carries, and a legend in words. */
    private static Div hotspot(int number, AttemptReport.HotspotReview review) {
        Image image = new Image(review.imageUrl(), "Picture for question " + number + " with your click marked");
        image.setWidthFull();
        image.getStyle().set("display", "block");
        HotspotOverlay overlay = HotspotOverlay.over(image);
        overlay.draw(review.width(), review.height(), review.areas().stream()
                        .map(a -> new HotspotOverlay.Area(a.points().stream().map(p -> new double[] {p.x(), p.y()}).toList(),
                                a.correct() ? HotspotOverlay.Look.CORRECT : HotspotOverlay.Look.WRONG))
                        .toList(),
                review.click() == null ? null : new double[] {review.click().x(), review.click().y()});
        Div frame = (Div) image.getParent().orElseThrow();
        List<String> legend = new java.util.ArrayList<>();
        legend.add(review.click() == null ? "You did not click the picture." : "The dot is where you clicked.");
        if (review.areas().stream().anyMatch(AttemptReport.Area::correct)) {
            legend.add("Green outline: a correct area.");
        }
        if (review.areas().stream().anyMatch(a -> !a.correct())) {
            legend.add("Red outline: the area you clicked, which is not correct.");
        }
        Paragraph words = new Paragraph(String.join(" ", legend));
        words.addClassName("hotspot-legend");
        Div box = new Div(frame, words);
        box.addClassName("hotspot-review");
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
