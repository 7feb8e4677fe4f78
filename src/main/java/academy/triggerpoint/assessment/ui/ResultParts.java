package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.QuizOverview;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.LocalFormats;
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
import com.vaadin.flow.i18n.I18NProvider;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The pieces quiz and case results share: the outcome banner, a reviewed question, sanitised HTML.
 * Texts are in {@code locale}, the language of the view that shows them.
 */
final class ResultParts {

    private ResultParts() {
    }

    /** The outcome with an icon and words, never colour alone, and the score against the pass mark. */
    static Div banner(String outcome, double percent, double points, int maxPoints, int passMark, String note,
                      Locale locale) {
        Div banner = new Div();
        banner.addClassNames("outcome", outcome.toLowerCase().replace('_', '-'));
        banner.add(outcome.equals("PASSED") ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create(),
                new H2(Outcomes.label(outcome, locale)));
        String score = I18NProvider.translate(locale, "assessment.result.score", percent, trim(points, locale), maxPoints,
                passMark);
        banner.add(new Paragraph(note == null ? score : score + " " + note));
        return banner;
    }

    /** One reviewed question with whatever the review policy lets the report carry. */
    static Div reviewItem(AttemptReport.ReviewItem item, Locale locale) {
        Div box = new Div();
        box.addClassName("module");
        String heading = item.credit() >= 1 ? I18NProvider.translate(locale, "assessment.review.correct", item.number())
                : item.credit() > 0 ? I18NProvider.translate(locale, "assessment.review.partly-correct", item.number())
                : I18NProvider.translate(locale, "assessment.review.not-correct", item.number());
        box.add(new H3(heading), html(item.stemHtml()));
        if (item.hotspot() != null) {
            box.add(hotspot(item.number(), item.hotspot(), locale));
        }
        if (!item.options().isEmpty()) {
            box.add(options(item.options(), locale), summary(item.yourAnswer()));
        } else {
            box.add(new Paragraph(I18NProvider.translate(locale, "assessment.your-answer", item.yourAnswer())));
        }
        if (item.feedback() != null) {
            box.add(new Paragraph(I18NProvider.translate(locale, "assessment.review.feedback", item.feedback())));
        }
        // Each option already says whether it should be chosen.
        if (item.correctAnswer() != null && item.options().isEmpty()) {
            box.add(new Paragraph(I18NProvider.translate(locale, "assessment.review.correct-answer", item.correctAnswer())));
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
    private static UnorderedList options(List<AttemptReport.OptionReview> options, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("review-options");
        for (AttemptReport.OptionReview option : options) {
            Span verdict = new Span();
            verdict.addClassName("verdict");
            if (option.shouldChoose() == null) {
                verdict.setText(I18NProvider.translate(locale, option.chosen() ? "assessment.review.option.chosen"
                        : "assessment.review.option.not-chosen") + " ");
            } else {
                boolean right = option.chosen() == option.shouldChoose();
                verdict.addClassName(right ? "right" : "wrong");
                String key = option.chosen()
                        ? option.shouldChoose() ? "assessment.review.option.chosen-rightly" : "assessment.review.option.chosen-wrongly"
                        : option.shouldChoose() ? "assessment.review.option.left-out-wrongly" : "assessment.review.option.left-out-rightly";
                verdict.setText((right ? "✓ " : "✗ ") + I18NProvider.translate(locale, key) + " ");
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
    private static Div hotspot(int number, AttemptReport.HotspotReview review, Locale locale) {
        Image image = new Image(review.imageUrl(), I18NProvider.translate(locale, "assessment.review.hotspot.image", number));
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
        legend.add(I18NProvider.translate(locale, review.click() == null ? "assessment.review.hotspot.no-click"
                : "assessment.review.hotspot.click"));
        if (review.areas().stream().anyMatch(AttemptReport.Area::correct)) {
            legend.add(I18NProvider.translate(locale, "assessment.review.hotspot.correct-area"));
        }
        if (review.areas().stream().anyMatch(a -> !a.correct())) {
            legend.add(I18NProvider.translate(locale, "assessment.review.hotspot.wrong-area"));
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
    static Grid<QuizOverview.AttemptSummary> history(List<QuizOverview.AttemptSummary> attempts, String reviewPath,
                                                     Locale locale) {
        Grid<QuizOverview.AttemptSummary> history = new Grid<>();
        history.addColumn(a -> LocalFormats.dateTime(a.startedAt().atZone(ZoneId.systemDefault()), locale))
                .setHeader(I18NProvider.translate(locale, "assessment.history.started"));
        history.addColumn(a -> a.percent() == null ? I18NProvider.translate(locale, "assessment.history.in-progress")
                : I18NProvider.translate(locale, "assessment.percent", a.percent()))
                .setHeader(I18NProvider.translate(locale, "assessment.history.score"));
        history.addColumn(a -> a.outcome() == null ? "" : Outcomes.label(a.outcome(), locale))
                .setHeader(I18NProvider.translate(locale, "assessment.history.result"));
        String review = I18NProvider.translate(locale, "assessment.history.review");
        history.addComponentColumn(a -> a.outcome() == null ? new Paragraph()
                : new Anchor(reviewPath + a.attemptId() + "/result", review)).setHeader("");
        history.setItems(attempts);
        history.setAllRowsVisible(true);
        return history;
    }

    /** Points as a whole number when they are one, else with two decimals in the language's style ("2.50", "2,50"). */
    static String trim(double value, Locale locale) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Languages.closest(locale), "%.2f", value);
    }
}
