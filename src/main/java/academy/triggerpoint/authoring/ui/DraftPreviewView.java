package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.assessment.QuizPreview;
import academy.triggerpoint.assessment.ui.QuizPreviewPanel;
import academy.triggerpoint.authoring.Drafts;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.shared.NotFoundException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * A draft as a learner will meet it: modules in order, lessons rendered as in the course player, and
 * each module's quiz to take in preview. Nothing is recorded and no module is locked.
 */
@Route("authoring/drafts/:draftId/preview")
@RolesAllowed({"AUTHOR", "ADMIN"})
public class DraftPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Drafts drafts;
    private final QuizPreview quizzes;
    private final VerticalLayout content = new VerticalLayout();
    private long draftId;
    private CourseDefinition course;

    public DraftPreviewView(Drafts drafts, QuizPreview quizzes) {
        this.drafts = drafts;
        this.quizzes = quizzes;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.preview.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().getLong("draftId").orElseThrow(() -> new NotFoundException("There is no such draft."));
        removeAll();
        RouterLink back = new RouterLink(getTranslation("authoring.preview.back"), DraftView.class, DraftView.parameters(draftId));
        CourseParser.Result parsed = drafts.asCourse(draftId);
        if (parsed.course().isEmpty()) {
            add(back, new H1(getTranslation("authoring.preview.title")),
                    new Paragraph(getTranslation("authoring.preview.does-not-load", parsed.problems().size())));
            return;
        }
        course = parsed.course().get();
        VerticalLayout outline = new VerticalLayout();
        outline.setPadding(false);
        outline.setWidth("20em");
        for (ModuleDefinition module : course.modules()) {
            outline.add(new H3(module.title()));
            for (LessonDefinition lesson : module.lessons()) {
                Button open = new Button(lesson.title(), e -> showLesson(lesson));
                open.addThemeVariants(ButtonVariant.TERTIARY);
                outline.add(open);
            }
            module.quizDefinition().ifPresent(quiz -> {
                Button take = new Button(getTranslation("authoring.preview.quiz", quiz.title()), e -> showQuiz(module));
                take.addThemeVariants(ButtonVariant.TERTIARY);
                outline.add(take);
            });
        }
        content.setPadding(false);
        content.add(new Paragraph(getTranslation("authoring.preview.choose")));
        HorizontalLayout body = new HorizontalLayout(outline, content);
        body.setWidthFull();
        body.setFlexGrow(1, content);
        add(back, new H1(getTranslation("authoring.preview.heading", course.title(), draftId, course.version())), body);
    }

    private void showLesson(LessonDefinition lesson) {
        content.removeAll();
        Article article = new Article();
        article.addClassName("lesson-content");
        article.getElement().setProperty("innerHTML",
                LessonRenderer.toSafeHtml(lesson.markdown(), lesson.sourcePath(), Drafts.ASSET_PATH + draftId + "/"));
        content.add(new H2(lesson.title()), new Paragraph(getTranslation("authoring.preview.minutes", lesson.minutes())), article);
    }

    private void showQuiz(ModuleDefinition module) {
        content.removeAll();
        content.add(new QuizPreviewPanel(quizzes, course, module.id(), Drafts.ASSET_PATH + draftId + "/"));
    }
}
