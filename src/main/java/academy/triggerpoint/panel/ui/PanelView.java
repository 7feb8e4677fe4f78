package academy.triggerpoint.panel.ui;

import academy.triggerpoint.panel.ExpertPanels;
import academy.triggerpoint.panel.PanelCourse;
import academy.triggerpoint.panel.PanelQuestionnaire;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Where a panellist answers a course's script-concordance items: each in its case, as learners meet
 * it, with an optional comment. No key and no score is shown, before or after.
 */
@Route("expert-panel")
@PageTitle("Expert panel · Trigger Point Academy")
@Menu(title = "Expert panel", order = 20, icon = "vaadin:user-star")
@RolesAllowed("PANELLIST")
public class PanelView extends VerticalLayout implements BeforeEnterObserver {

    private final ExpertPanels panels;
    private final Div questionnaire = new Div();
    private final Paragraph progress = new Paragraph();
    private long answered;

    public PanelView(ExpertPanels panels) {
        this.panels = panels;
        questionnaire.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Expert panel"), new Paragraph("Judge each question as you would in your own practice, without "
                + "looking anything up. Once at least 10 panellists have answered a question, the spread of your answers "
                + "becomes the key learners are scored against. Nobody scores you, an answer cannot be changed once "
                + "given, and learners see only the combined counts, never who answered."));
        List<PanelCourse> mine = panels.myPanels();
        if (mine.isEmpty()) {
            add(new Paragraph("You are not on any course's panel at the moment."));
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("course").orElse(null);
        PanelCourse chosen = mine.stream().filter(c -> c.courseId().equals(wanted)).findFirst().orElse(mine.getFirst());
        if (mine.size() > 1) {
            Select<PanelCourse> course = new Select<>();
            course.setLabel("Course");
            course.setItems(mine);
            course.setItemLabelGenerator(c -> c.title() + " (" + c.answered() + " of " + c.questions() + " answered)");
            course.setValue(chosen);
            course.addValueChangeListener(e -> show(e.getValue().courseId()));
            add(course);
        }
        add(questionnaire);
        show(chosen.courseId());
    }

    private void show(String courseId) {
        PanelQuestionnaire sheet = panels.questionnaire(courseId);
        questionnaire.removeAll();
        questionnaire.add(new H2(sheet.courseTitle() + " · version " + sheet.versionLabel()), progress);
        answered = sheet.answered();
        updateProgress(sheet.questions().size());
        int number = 0;
        for (PanelQuestionnaire.Question question : sheet.questions()) {
            Section box = new Section();
            box.addClassName("module");
            box.addClassName("panel-question");
            questionnaire.add(box);
            render(box, courseId, ++number, question, sheet);
        }
    }

    private void render(Section box, String courseId, int number, PanelQuestionnaire.Question question,
                        PanelQuestionnaire sheet) {
        box.removeAll();
        box.add(new H3("Question " + number + (question.caseTitle() == null ? "" : ": " + question.caseTitle())));
        if (question.vignetteHtml() != null) {
            Details vignette = new Details("The patient", html(question.vignetteHtml()));
            box.add(vignette);
        }
        if (question.stageHtml() != null) {
            box.add(new Paragraph(question.stageTitle()), html(question.stageHtml()));
        }
        box.add(html(question.questionHtml()));
        if (question.myAnswer() != null) {
            String label = question.scale().stream().filter(p -> p.value() == question.myAnswer()).findFirst()
                    .map(PanelQuestionnaire.ScalePoint::label).orElse(String.valueOf(question.myAnswer()));
            Paragraph given = new Paragraph("Your answer: " + label
                    + (question.myComment() == null ? "" : ". Your comment: " + question.myComment()));
            given.addClassName("panel-answer");
            box.add(given);
            return;
        }
        RadioButtonGroup<PanelQuestionnaire.ScalePoint> scale = new RadioButtonGroup<>("Your judgement");
        scale.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        scale.setItems(question.scale());
        scale.setItemLabelGenerator(PanelQuestionnaire.ScalePoint::label);
        TextArea comment = new TextArea("Comment for the author (optional)");
        comment.setMaxLength(ExpertPanels.MAX_COMMENT);
        comment.setHelperText("For example why, or what would change your judgement. Shown to authors under a pseudonym.");
        comment.setWidthFull();
        Button submit = new Button("Submit answer to question " + number, e -> {
            if (scale.getValue() == null) {
                scale.setInvalid(true);
                scale.setErrorMessage("Choose one point of the scale.");
                return;
            }
            panels.answer(courseId, question.itemId(), scale.getValue().value(), comment.getValue());
            PanelQuestionnaire.Question answered = new PanelQuestionnaire.Question(question.itemId(), question.caseTitle(),
                    question.vignetteHtml(), question.stageTitle(), question.stageHtml(), question.questionHtml(),
                    question.scale(), scale.getValue().value(), comment.getValue().isBlank() ? null : comment.getValue().strip());
            render(box, courseId, number, answered, sheet);
            this.answered++;
            updateProgress(sheet.questions().size());
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(scale, comment, submit);
    }

    private void updateProgress(int questions) {
        progress.setText("You have answered " + answered + " of " + questions + " questions.");
    }

    private static Div html(String safeHtml) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", safeHtml);
        return div;
    }
}
