package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.QuizOverview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** A quiz's start page: the rules, attempts left, the time limit and the learner's attempt history. */
@Route("courses/:courseId/quiz/:moduleId")
@PermitAll
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AttemptService attempts;
    private String title;

    public QuizView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("course-page");
    }

    public static RouteParameters params(String courseId, String moduleId) {
        return new RouteParameters(new RouteParam("courseId", courseId), new RouteParam("moduleId", moduleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(attempts.overview(event.getRouteParameters().get("courseId").orElse(""),
                event.getRouteParameters().get("moduleId").orElse("")));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("assessment.page-title.quiz") : getTranslation("assessment.page-title", title);
    }

    private void show(QuizOverview quiz) {
        removeAll();
        title = quiz.title();
        add(new Anchor("courses/" + quiz.courseId(), "← " + quiz.courseTitle()), new H1(quiz.title()),
                new Paragraph(getTranslation("assessment.module", quiz.moduleTitle())));
        String timeLimit = TimeLimitText.of(quiz.timeLimit(), getLocale());
        UnorderedList rules = new UnorderedList(
                new ListItem(getTranslation("assessment.quiz.rules.questions", quiz.items(), quiz.passMark())),
                new ListItem(getTranslation("assessment.quiz.rules.safety-critical")),
                new ListItem(getTranslation("assessment.quiz.rules.saving")),
                new ListItem(quiz.timeLimit().limited()
                        ? timeLimit + " " + getTranslation("assessment.quiz.rules.time-runs-out") : timeLimit),
                new ListItem(quiz.attemptsAllowed() == 0 ? getTranslation("assessment.attempts.unlimited")
                        : getTranslation("assessment.attempts.used", quiz.attemptsUsed(), quiz.attemptsAllowed())));
        add(rules);
        if (quiz.openAttemptId() != null) {
            Button resume = new Button(getTranslation("assessment.quiz.resume"), e -> open(quiz.courseId(), quiz.moduleId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
        } else if (quiz.cannotStartReason() != null) {
            Paragraph why = new Paragraph(quiz.cannotStartReason());
            why.addClassName("notice");
            add(why);
        } else {
            Button start = new Button(getTranslation("assessment.quiz.start"), e -> open(quiz.courseId(), quiz.moduleId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            add(start);
        }
        if (!quiz.history().isEmpty()) {
            add(new H2(getTranslation("assessment.history.title")), ResultParts.history(quiz.history(), "attempts/", getLocale()));
        }
    }

    private void open(String courseId, String moduleId) {
        long attemptId = attempts.startOrResume(courseId, moduleId);
        getUI().ifPresent(ui -> ui.navigate(AttemptView.class, AttemptView.params(attemptId)));
    }
}
