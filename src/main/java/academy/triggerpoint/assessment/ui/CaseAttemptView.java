package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.CaseSheet;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A case in progress: the patient, the stages met so far (locked, with what was answered) and the
 * current stage's questions and decision. Going on locks the stage and reveals the next one: the
 * reveal is announced in a polite live region and focus moves to the new stage's heading, so neither
 * a screen reader nor a keyboard user is left at a button that is gone. A timed case counts down
 * like a timed quiz ({@link Countdown}).
 */
@Route("case-attempts/:attemptId")
@PermitAll
public class CaseAttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final CaseService cases;
    private CaseSheet sheet;
    private final Span savedMark = new Span();
    private final Paragraph problem = new Paragraph();
    /** Says which stage was just revealed; outside the re-rendered content, so it stays in the page. */
    private final Span announcer = new Span();
    private final Countdown timer;
    private final VerticalLayout content = new VerticalLayout();

    public CaseAttemptView(CaseService cases, Clock clock) {
        this.cases = cases;
        this.timer = new Countdown(clock);
        addClassName("lesson-page");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        content.setPadding(false);
        add(announcer, content);
        savedMark.addClassName("saved-mark");
        savedMark.getElement().setAttribute("aria-live", "polite");
        problem.addClassName("notice");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            sheet = cases.sheet(id);
        } catch (InvalidInputException finished) {
            event.forwardTo("case-attempts/" + id + "/result");
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return sheet == null ? getTranslation("assessment.page-title.case") : getTranslation("assessment.page-title", sheet.title());
    }

    private void render() {
        content.removeAll();
        savedMark.setText("");
        problem.setVisible(false);
        content.add(new H1(sheet.title()));
        if (sheet.deadline() != null) {
            timer.countTo(sheet.deadline());
            content.add(timer, new Paragraph(getTranslation("assessment.case-attempt.finish-by", TIME.format(sheet.deadline()))));
        }
        Section patient = new Section(new H2(getTranslation("assessment.case-attempt.patient")),
                ResultParts.html(sheet.vignetteHtml()));
        patient.addClassName("module");
        content.add(patient);
        int number = 1;
        for (CaseSheet.StageView stage : sheet.stages()) {
            content.add(stage.locked() ? lockedStage(stage, number) : currentStage(stage, number));
            number++;
        }
    }

    private Section lockedStage(CaseSheet.StageView stage, int number) {
        Section box = stageBox(stage, number);
        Span locked = new Span(VaadinIcon.LOCK.create(), new Span(" " + getTranslation("assessment.case-attempt.locked")));
        locked.addClassName("facts");
        box.addComponentAtIndex(1, locked);
        for (PresentedItem item : stage.items()) {
            box.add(ResultParts.html(item.stemHtml()),
                    new Paragraph(getTranslation("assessment.your-answer", stage.answerTexts().get(item.itemId()))));
        }
        if (stage.decision() != null) {
            box.add(ResultParts.html(stage.decision().stemHtml()),
                    new Paragraph(getTranslation("assessment.case-attempt.your-decision-was",
                            stage.answerTexts().get(stage.decision().itemId()))));
        }
        return box;
    }

    private Section currentStage(CaseSheet.StageView stage, int number) {
        Section box = stageBox(stage, number);
        box.addClassName("current-stage");
        for (PresentedItem item : stage.items()) {
            box.add(new H3(item.points() > 1 ? getTranslation("assessment.question-with-points", item.number(), item.points())
                            : getTranslation("assessment.question", item.number())),
                    ResultParts.html(item.stemHtml()),
                    ItemInputs.of(item, stage.answers().get(item.itemId()), response -> save(item, response), getLocale()));
        }
        if (stage.decision() != null) {
            PresentedItem decision = stage.decision();
            box.add(new H3(getTranslation("assessment.case-attempt.your-decision")), ResultParts.html(decision.stemHtml()),
                    ItemInputs.of(decision, stage.answers().get(decision.itemId()), response -> save(decision, response),
                            getLocale()));
        }
        Button proceed = new Button(getTranslation("assessment.case-attempt.proceed"), VaadinIcon.ARROW_RIGHT.create(),
                e -> proceed());
        proceed.setIconAfterText(true);
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph(getTranslation("assessment.case-attempt.proceed.note")), savedMark, problem, proceed);
        return box;
    }

    private Section stageBox(CaseSheet.StageView stage, int number) {
        H2 heading = new H2(stageHeading(stage, number));
        heading.getElement().setAttribute("tabindex", "-1");
        Section box = new Section(heading);
        box.addClassName("module");
        box.getElement().setAttribute("data-stage", stage.stageId());
        if (!stage.textHtml().isEmpty()) {
            box.add(ResultParts.html(stage.textHtml()));
        }
        return box;
    }

    private String stageHeading(CaseSheet.StageView stage, int number) {
        return getTranslation("assessment.case-attempt.stage", number, stage.phase(), stage.title());
    }

    private void save(PresentedItem item, Response response) {
        try {
            Instant at = cases.saveResponse(sheet.attemptId(), item.itemId(), response);
            savedMark.setText(getTranslation("assessment.case-attempt.saved", TIME.format(at)));
            problem.setVisible(false);
        } catch (InvalidInputException refused) {
            show(refused.getMessage());
        }
    }

    private void proceed() {
        try {
            CaseService.Step step = cases.proceed(sheet.attemptId());
            if (step.finished()) {
                getUI().ifPresent(ui -> ui.navigate("case-attempts/" + sheet.attemptId() + "/result"));
                return;
            }
            sheet = cases.sheet(sheet.attemptId());
            render();
            CaseSheet.StageView revealed = sheet.current();
            String heading = stageHeading(revealed, sheet.stages().size());
            announcer.setText(getTranslation("assessment.case-attempt.revealed", heading));
            content.getChildren().reduce((a, b) -> b).flatMap(last -> last.getChildren().findFirst())
                    .ifPresent(h -> h.getElement().executeJs("this.focus()"));
        } catch (InvalidInputException refused) {
            show(refused.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
