package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.AttemptSheet;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attempt in progress: one question at a time, a navigator that shows answered, unanswered and
 * flagged questions, a "saved" mark after every answer, and a confirmation before submitting.
 */
@Route("attempts/:attemptId")
@PermitAll
public class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AttemptService attempts;
    private AttemptSheet sheet;
    private final Map<String, Response> answers = new HashMap<>();
    private final Set<String> flagged = new HashSet<>();
    private int current;
    private final Nav navigator = new Nav();
    private final VerticalLayout question = new VerticalLayout();
    private final Span savedMark = new Span();
    private final Countdown timer;

    public AttemptView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.timer = new Countdown(clock);
        addClassName("lesson-page");
        navigator.addClassName("question-nav");
        navigator.getElement().setAttribute("aria-label", getTranslation("assessment.attempt.questions"));
        savedMark.addClassName("saved-mark");
        savedMark.getElement().setAttribute("aria-live", "polite");
        question.setPadding(false);
    }

    public static RouteParameters params(long attemptId) {
        return new RouteParameters(new RouteParam("attemptId", String.valueOf(attemptId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            sheet = attempts.sheet(id);
        } catch (InvalidInputException submitted) {
            event.forwardTo(ResultView.class, ResultView.params(id));
            return;
        }
        answers.clear();
        answers.putAll(sheet.saved());
        flagged.clear();
        flagged.addAll(sheet.flagged());
        current = firstUnanswered();
        removeAll();
        Button submit = new Button(getTranslation("assessment.attempt.submit"), VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        timer.countTo(sheet.deadline());
        HorizontalLayout header = new HorizontalLayout(timer, savedMark);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(sheet.quizTitle()), header, navigator, question, submit);
        render();
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("assessment.page-title.quiz") : getTranslation("assessment.page-title", sheet.quizTitle());
    }

    private int firstUnanswered() {
        List<PresentedItem> items = sheet.items();
        for (int i = 0; i < items.size(); i++) {
            if (!answers.containsKey(items.get(i).itemId())) {
                return i;
            }
        }
        return 0;
    }

    /** Draws the navigator and the current question. */
    private void render() {
        renderNavigator();
        renderQuestion();
    }

    /** Moves to another question and puts keyboard focus on its heading (the button pressed is gone). */
    private void show(int index) {
        current = index;
        render();
        question.getChildren().findFirst().ifPresent(heading -> heading.getElement().executeJs("this.focus()"));
    }

    /**
     * Draws the navigator alone: after an answer or a flag the question's inputs stay as they are, so
     * focus stays where the learner is and nothing typed meanwhile is lost.
     */
    private void renderNavigator() {
        timer.update();
        navigator.removeAll();
        for (int i = 0; i < sheet.items().size(); i++) {
            int index = i;
            PresentedItem item = sheet.items().get(i);
            boolean answered = answers.containsKey(item.itemId());
            boolean isFlagged = flagged.contains(item.itemId());
            Button jump = new Button(String.valueOf(item.number()), e -> {
                // The question on screen is not drawn again: that would replace its input, and an
                // answer typed while the click was on its way would be lost.
                if (index != current) {
                    show(index);
                }
            });
            jump.addClassName(answered ? "answered" : "unanswered");
            if (isFlagged) {
                jump.setIcon(VaadinIcon.FLAG.create());
            }
            if (i == current) {
                jump.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                jump.getElement().setAttribute("aria-current", "step");
            }
            jump.setAriaLabel(getTranslation(answered
                    ? isFlagged ? "assessment.attempt.jump.answered-flagged" : "assessment.attempt.jump.answered"
                    : isFlagged ? "assessment.attempt.jump.unanswered-flagged" : "assessment.attempt.jump.unanswered",
                    item.number()));
            jump.setTooltipText(getTranslation(answered ? "assessment.attempt.jump.tooltip.answered"
                    : "assessment.attempt.jump.tooltip.unanswered"));
            navigator.add(jump);
        }
    }

    private void renderQuestion() {
        PresentedItem item = sheet.items().get(current);
        question.removeAll();
        Article stem = new Article();
        stem.addClassName("lesson-content");
        stem.getElement().setProperty("innerHTML", item.stemHtml());
        Checkbox flag = new Checkbox(getTranslation("assessment.attempt.flag"), flagged.contains(item.itemId()));
        flag.addValueChangeListener(e -> {
            attempts.flag(sheet.attemptId(), item.itemId(), e.getValue());
            if (e.getValue()) {
                flagged.add(item.itemId());
            } else {
                flagged.remove(item.itemId());
            }
            renderNavigator();
        });
        Button previous = new Button(getTranslation("assessment.attempt.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> show(current - 1));
        previous.setEnabled(current > 0);
        Button next = new Button(getTranslation("assessment.attempt.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> show(current + 1));
        next.setIconAfterText(true);
        next.setEnabled(current < sheet.items().size() - 1);
        H2 heading = new H2(item.points() > 1
                ? getTranslation("assessment.attempt.heading-with-points", item.number(), sheet.items().size(), item.points())
                : getTranslation("assessment.attempt.heading", item.number(), sheet.items().size()));
        heading.getElement().setAttribute("tabindex", "-1");
        question.add(heading, stem,
                ItemInputs.of(item, answers.get(item.itemId()), response -> save(item, response), getLocale()), flag,
                new HorizontalLayout(previous, next));
    }

    private void save(PresentedItem item, Response response) {
        try {
            Instant at = attempts.saveResponse(sheet.attemptId(), item.itemId(), response);
            boolean first = !answers.containsKey(item.itemId());
            answers.put(item.itemId(), response);
            savedMark.setText(getTranslation("assessment.attempt.saved", item.number(), TIME.format(at)));
            savedMark.removeClassName("error");
            if (first) {
                renderNavigator();
            }
        } catch (InvalidInputException refused) {
            savedMark.setText(getTranslation("assessment.attempt.not-saved", refused.getMessage()));
            savedMark.addClassName("error");
        }
    }

    private void confirmSubmit() {
        List<PresentedItem> unanswered = sheet.items().stream().filter(i -> !answers.containsKey(i.itemId())).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("assessment.attempt.confirm.title"));
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (unanswered.isEmpty()) {
            body.add(new Paragraph(getTranslation("assessment.attempt.confirm.all-answered")));
        } else {
            body.add(new Paragraph(getTranslation("assessment.attempt.confirm.unanswered", unanswered.size(),
                    String.join(", ", unanswered.stream().map(i -> String.valueOf(i.number())).toList()))));
        }
        if (!flagged.isEmpty()) {
            body.add(new Paragraph(getTranslation("assessment.attempt.confirm.flagged", flagged.size())));
        }
        dialog.add(body);
        Button cancel = new Button(getTranslation("assessment.attempt.confirm.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("assessment.attempt.confirm.submit"), e -> {
            dialog.close();
            attempts.submit(sheet.attemptId());
            getUI().ifPresent(ui -> ui.navigate(ResultView.class, ResultView.params(sheet.attemptId())));
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
