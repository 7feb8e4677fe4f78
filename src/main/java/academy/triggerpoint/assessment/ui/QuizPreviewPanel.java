package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.QuizPreview;
import academy.triggerpoint.assessment.grading.GradeResult;
import academy.triggerpoint.assessment.grading.ItemResult;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.CourseDefinition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A module's quiz in preview: every drawn question with the same inputs learners use, and "Check
 * answers" grading them with the real grader. Nothing is saved; drawing again gives another sample.
 * Authoring shows it for drafts, which is why it is part of this module's published interface.
 */
@org.springframework.modulith.NamedInterface("quiz-preview")
public class QuizPreviewPanel extends VerticalLayout {

    private final QuizPreview preview;
    private final CourseDefinition course;
    private final String moduleId;
    private final String assetBase;
    private final Map<String, Response> answers = new HashMap<>();
    private final Div result = new Div();
    private QuizPreview.Drawn drawn;

    public QuizPreviewPanel(QuizPreview preview, CourseDefinition course, String moduleId, String assetBase) {
        this.preview = preview;
        this.course = course;
        this.moduleId = moduleId;
        this.assetBase = assetBase;
        setPadding(false);
        draw();
    }

    private void draw() {
        removeAll();
        answers.clear();
        result.removeAll();
        drawn = preview.draw(course, moduleId, ThreadLocalRandom.current().nextLong(), assetBase);
        add(new H3(getTranslation("assessment.preview.title", drawn.title())),
                new Paragraph(getTranslation("assessment.preview.facts", drawn.items().size(), drawn.passMark())));
        for (PresentedItem item : drawn.items()) {
            Article stem = new Article();
            stem.addClassName("lesson-content");
            stem.getElement().setProperty("innerHTML", item.stemHtml());
            VerticalLayout question = new VerticalLayout(new H3(getTranslation("assessment.question", item.number())), stem,
                    ItemInputs.of(item, null, response -> answers.put(item.itemId(), response), getLocale()));
            question.addClassName("preview-question");
            add(question);
        }
        Button check = new Button(getTranslation("assessment.preview.check"), e -> check());
        check.addThemeVariants(ButtonVariant.PRIMARY);
        add(new HorizontalLayout(check, new Button(getTranslation("assessment.preview.draw-again"), e -> draw())), result);
    }

    private void check() {
        GradeResult graded = preview.check(course, drawn, answers);
        result.removeAll();
        result.add(new Paragraph(getTranslation("assessment.preview.result", Outcomes.label(graded.outcome().name(), getLocale()),
                graded.percent(), graded.points(), graded.maxPoints())));
        UnorderedList items = new UnorderedList();
        for (int i = 0; i < graded.items().size(); i++) {
            ItemResult r = graded.items().get(i);
            String credit = r.answered() ? getTranslation("assessment.preview.credit", Math.round(r.credit() * 100))
                    : getTranslation("assessment.preview.not-answered");
            items.add(new ListItem(r.criticalMiss() == null
                    ? getTranslation("assessment.preview.item", i + 1, r.itemId(), credit)
                    : getTranslation("assessment.preview.item.critical", i + 1, r.itemId(), credit, r.criticalMiss())));
        }
        result.add(items);
    }
}
