package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.CaseSheet;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A case in progress: the patient, the stages met so far (locked, with what was answered) and the
 * current stage's questions and decision. Going on locks the stage and reveals the next one.
 */
@Route("case-attempts/:attemptId")
@PermitAll
public class CaseAttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final CaseService cases;
    private CaseSheet sheet;
    private final Span savedMark = new Span();
    private final Paragraph problem = new Paragraph();

    public CaseAttemptView(CaseService cases) {
        this.cases = cases;
        addClassName("lesson-page");
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
        return (sheet == null ? "Case" : sheet.title()) + " · Trigger Point Academy";
    }

    private void render() {
        removeAll();
        savedMark.setText("");
        problem.setVisible(false);
        add(new H1(sheet.title()));
        if (sheet.deadline() != null) {
            add(new Paragraph("Finish by " + TIME.format(sheet.deadline()) + "; after that the server ends the case."));
        }
        Section patient = new Section(new H2("The patient"), ResultParts.html(sheet.vignetteHtml()));
        patient.addClassName("module");
        add(patient);
        int number = 1;
        for (CaseSheet.StageView stage : sheet.stages()) {
            add(stage.locked() ? lockedStage(stage, number) : currentStage(stage, number));
            number++;
        }
    }

    private Section lockedStage(CaseSheet.StageView stage, int number) {
        Section box = stageBox(stage, number);
        Span locked = new Span(VaadinIcon.LOCK.create(), new Span(" Locked: answers in this stage can no longer change"));
        locked.addClassName("facts");
        box.addComponentAtIndex(1, locked);
        for (PresentedItem item : stage.items()) {
            box.add(ResultParts.html(item.stemHtml()), new Paragraph("Your answer: " + stage.answerTexts().get(item.itemId())));
        }
        if (stage.decision() != null) {
            box.add(ResultParts.html(stage.decision().stemHtml()),
                    new Paragraph("Your decision: " + stage.answerTexts().get(stage.decision().itemId())));
        }
        return box;
    }

    private Section currentStage(CaseSheet.StageView stage, int number) {
        Section box = stageBox(stage, number);
        box.addClassName("current-stage");
        for (PresentedItem item : stage.items()) {
            box.add(new H3("Question " + item.number() + (item.points() > 1 ? " (" + item.points() + " points)" : "")),
                    ResultParts.html(item.stemHtml()),
                    ItemInputs.of(item, stage.answers().get(item.itemId()), response -> save(item, response)));
        }
        if (stage.decision() != null) {
            PresentedItem decision = stage.decision();
            box.add(new H3("Your decision"), ResultParts.html(decision.stemHtml()),
                    ItemInputs.of(decision, stage.answers().get(decision.itemId()), response -> save(decision, response)));
        }
        Button proceed = new Button("Lock answers and continue", VaadinIcon.ARROW_RIGHT.create(), e -> proceed());
        proceed.setIconAfterText(true);
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph("When you go on, your answers and decision in this stage are locked."), savedMark, problem,
                proceed);
        return box;
    }

    private Section stageBox(CaseSheet.StageView stage, int number) {
        Section box = new Section(new H2("Stage " + number + " · " + stage.phase() + ": " + stage.title()));
        box.addClassName("module");
        box.getElement().setAttribute("data-stage", stage.stageId());
        if (!stage.textHtml().isEmpty()) {
            box.add(ResultParts.html(stage.textHtml()));
        }
        return box;
    }

    private void save(PresentedItem item, Response response) {
        try {
            Instant at = cases.saveResponse(sheet.attemptId(), item.itemId(), response);
            savedMark.setText("✓ Saved at " + TIME.format(at));
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
            getChildren().reduce((a, b) -> b).ifPresent(last -> last.scrollIntoView());
        } catch (InvalidInputException refused) {
            show(refused.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
