package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.AttemptSheet;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.shared.Counts;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
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
    private final Clock clock;
    private AttemptSheet sheet;
    private final Map<String, Response> answers = new HashMap<>();
    private final Set<String> flagged = new HashSet<>();
    private int current;
    private final Nav navigator = new Nav();
    private final VerticalLayout question = new VerticalLayout();
    private final Span savedMark = new Span();
    private final Span timer = new Span();
    /** Read out by screen readers at 10, 5 and 1 minutes left and at the end, not every minute. */
    private final Span timeAlert = new Span();
    private final TimeWarnings warnings = new TimeWarnings();
    private Registration pollRegistration;

    public AttemptView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        addClassName("lesson-page");
        navigator.addClassName("question-nav");
        navigator.getElement().setAttribute("aria-label", "Questions");
        savedMark.addClassName("saved-mark");
        savedMark.getElement().setAttribute("aria-live", "polite");
        timer.addClassName("facts");
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
        Button submit = new Button("Submit answers", VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        timeAlert.addClassName("visually-hidden");
        timeAlert.getElement().setAttribute("aria-live", "assertive");
        HorizontalLayout header = new HorizontalLayout(timer, savedMark, timeAlert);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H1(sheet.quizTitle()), header, navigator, question, submit);
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (sheet != null && sheet.deadline() != null) {
            event.getUI().setPollInterval(15_000);
            pollRegistration = event.getUI().addPollListener(e -> updateTimer());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            event.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return (sheet == null ? "Quiz" : sheet.quizTitle()) + " · Trigger Point Academy";
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

    private void render() {
        updateTimer();
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
                    current = index;
                    render();
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
            jump.setAriaLabel("Question " + item.number() + ", " + (answered ? "answered" : "not answered")
                    + (isFlagged ? ", flagged for review" : ""));
            jump.setTooltipText(answered ? "Answered" : "Not answered");
            navigator.add(jump);
        }
        PresentedItem item = sheet.items().get(current);
        question.removeAll();
        Article stem = new Article();
        stem.addClassName("lesson-content");
        stem.getElement().setProperty("innerHTML", item.stemHtml());
        Checkbox flag = new Checkbox("Flag this question to come back to it", flagged.contains(item.itemId()));
        flag.addValueChangeListener(e -> {
            attempts.flag(sheet.attemptId(), item.itemId(), e.getValue());
            if (e.getValue()) {
                flagged.add(item.itemId());
            } else {
                flagged.remove(item.itemId());
            }
            render();
        });
        Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> {
            current--;
            render();
        });
        previous.setEnabled(current > 0);
        Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> {
            current++;
            render();
        });
        next.setIconAfterText(true);
        next.setEnabled(current < sheet.items().size() - 1);
        question.add(new H2("Question " + item.number() + " of " + sheet.items().size()
                        + (item.points() > 1 ? " (" + item.points() + " points)" : "")), stem,
                ItemInputs.of(item, answers.get(item.itemId()), response -> save(item, response)), flag,
                new HorizontalLayout(previous, next));
    }

    private void save(PresentedItem item, Response response) {
        try {
            Instant at = attempts.saveResponse(sheet.attemptId(), item.itemId(), response);
            boolean first = !answers.containsKey(item.itemId());
            answers.put(item.itemId(), response);
            savedMark.setText("✓ Answer to question " + item.number() + " saved at " + TIME.format(at));
            savedMark.removeClassName("error");
            if (first) {
                render();
            }
        } catch (InvalidInputException refused) {
            savedMark.setText("Not saved: " + refused.getMessage());
            savedMark.addClassName("error");
        }
    }

    private void updateTimer() {
        if (sheet.deadline() == null) {
            timer.setText("No time limit");
            return;
        }
        long seconds = Math.max(0, Duration.between(clock.instant(), sheet.deadline()).toSeconds());
        timer.setText(seconds == 0 ? "Time is up: your saved answers are being submitted."
                : "Time left: about " + ((seconds + 59) / 60) + " min");
        warnings.reached((seconds + 59) / 60).ifPresent(t -> timeAlert.setText(TimeWarnings.announcement(t)));
    }

    private void confirmSubmit() {
        List<PresentedItem> unanswered = sheet.items().stream().filter(i -> !answers.containsKey(i.itemId())).toList();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Submit your answers?");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (unanswered.isEmpty()) {
            body.add(new Paragraph("You answered every question. After submitting, answers cannot change."));
        } else {
            body.add(new Paragraph((unanswered.size() == 1 ? "1 question is" : Counts.of(unanswered.size(), "question") + " are")
                    + " not answered: "
                    + String.join(", ", unanswered.stream().map(i -> String.valueOf(i.number())).toList())
                    + ". An unanswered safety-critical question fails the attempt."));
        }
        if (!flagged.isEmpty()) {
            body.add(new Paragraph("You flagged " + Counts.of(flagged.size(), "question") + " to come back to."));
        }
        dialog.add(body);
        Button cancel = new Button("Go back", e -> dialog.close());
        Button confirm = new Button("Submit now", e -> {
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
