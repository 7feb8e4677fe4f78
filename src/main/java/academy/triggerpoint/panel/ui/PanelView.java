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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Where a panellist answers a course's script-concordance items: each in its case, as learners meet
 * it, with an optional comment. No key and no score is shown, before or after.
 */
@Route("expert-panel")
@Menu(title = "panel.menu.expert-panel", order = 20, icon = "vaadin:user-star")
@RolesAllowed("PANELLIST")
public class PanelView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertPanels panels;
    private final Div questionnaire = new Div();
    private final Paragraph progress = new Paragraph();
    private long answered;

    public PanelView(ExpertPanels panels) {
        this.panels = panels;
        questionnaire.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panel.questionnaire.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("panel.questionnaire.title")), new Paragraph(getTranslation("panel.questionnaire.intro")));
        List<PanelCourse> mine = panels.myPanels();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("panel.questionnaire.no-panel")));
            return;
        }
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("course").orElse(null);
        PanelCourse chosen = mine.stream().filter(c -> c.courseId().equals(wanted)).findFirst().orElse(mine.getFirst());
        if (mine.size() > 1) {
            Select<PanelCourse> course = new Select<>();
            course.setLabel(getTranslation("panel.questionnaire.course"));
            course.setItems(mine);
            course.setItemLabelGenerator(c -> getTranslation("panel.questionnaire.course-option", c.title(), c.answered(),
                    c.questions()));
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
        questionnaire.add(new H2(getTranslation("panel.questionnaire.heading", sheet.courseTitle(), sheet.versionLabel())),
                progress);
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
        box.add(new H3(question.caseTitle() == null ? getTranslation("panel.questionnaire.question", number)
                : getTranslation("panel.questionnaire.question-in-case", number, question.caseTitle())));
        if (question.vignetteHtml() != null) {
            Details vignette = new Details(getTranslation("panel.questionnaire.patient"), html(question.vignetteHtml()));
            box.add(vignette);
        }
        if (question.stageHtml() != null) {
            box.add(new Paragraph(question.stageTitle()), html(question.stageHtml()));
        }
        box.add(html(question.questionHtml()));
        if (question.myAnswer() != null) {
            String label = question.scale().stream().filter(p -> p.value() == question.myAnswer()).findFirst()
                    .map(PanelQuestionnaire.ScalePoint::label).orElse(String.valueOf(question.myAnswer()));
            Paragraph given = new Paragraph(question.myComment() == null
                    ? getTranslation("panel.questionnaire.given", label)
                    : getTranslation("panel.questionnaire.given-with-comment", label, question.myComment()));
            given.addClassName("panel-answer");
            box.add(given);
            return;
        }
        RadioButtonGroup<PanelQuestionnaire.ScalePoint> scale =
                new RadioButtonGroup<>(getTranslation("panel.questionnaire.judgement"));
        scale.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        scale.setItems(question.scale());
        scale.setItemLabelGenerator(PanelQuestionnaire.ScalePoint::label);
        TextArea comment = new TextArea(getTranslation("panel.questionnaire.comment"));
        comment.setMaxLength(ExpertPanels.MAX_COMMENT);
        comment.setHelperText(getTranslation("panel.questionnaire.comment.helper"));
        comment.setWidthFull();
        Button submit = new Button(getTranslation("panel.questionnaire.submit", number), e -> {
            if (scale.getValue() == null) {
                scale.setInvalid(true);
                scale.setErrorMessage(getTranslation("panel.questionnaire.judgement.required"));
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
        progress.setText(getTranslation("panel.questionnaire.progress", answered, questions));
    }

    private static Div html(String safeHtml) {
        Div div = new Div();
        div.getElement().setProperty("innerHTML", safeHtml);
        return div;
    }
}
