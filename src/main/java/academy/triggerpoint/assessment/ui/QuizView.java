package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.QuizOverview;
import academy.triggerpoint.shared.Counts;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A quiz's start page: the rules, attempts left, the time limit and the learner's attempt history. */
@Route("courses/:courseId/quiz/:moduleId")
@PermitAll
public class QuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final AttemptService attempts;
    private String title = "Quiz";

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
        return title + " · Trigger Point Academy";
    }

    private void show(QuizOverview quiz) {
        removeAll();
        title = quiz.title();
        add(new Anchor("courses/" + quiz.courseId(), "← " + quiz.courseTitle()), new H1(quiz.title()),
                new Paragraph("Module: " + quiz.moduleTitle()));
        UnorderedList rules = new UnorderedList(
                new ListItem(Counts.of(quiz.items(), "question") + "; you pass with " + quiz.passMark() + "% of the points."),
                new ListItem("Some questions are safety-critical: a wrong answer to one of them, or choosing an unsafe action, "
                        + "fails the attempt whatever the score. The result tells you which lesson to revisit."),
                new ListItem("Every answer is saved the moment you give it. You can close the browser and resume later."),
                new ListItem(quiz.timeLimitMinutes() == null ? "There is no time limit."
                        : "Time limit: " + quiz.timeLimitMinutes() + " minutes from the start, kept by the server; "
                        + "when time runs out, the answers you saved are submitted."),
                new ListItem(quiz.attemptsAllowed() == 0 ? "Attempts are not limited."
                        : "Attempts used: " + quiz.attemptsUsed() + " of " + quiz.attemptsAllowed() + "."));
        add(rules);
        if (quiz.openAttemptId() != null) {
            Button resume = new Button("Resume your attempt", e -> open(quiz.courseId(), quiz.moduleId()));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
        } else if (quiz.cannotStartReason() != null) {
            Paragraph why = new Paragraph(quiz.cannotStartReason());
            why.addClassName("notice");
            add(why);
        } else {
            Button start = new Button("Start the quiz", e -> open(quiz.courseId(), quiz.moduleId()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            add(start);
        }
        if (!quiz.history().isEmpty()) {
            add(new H2("Your attempts"), ResultParts.history(quiz.history(), "attempts/"));
        }
    }

    private void open(String courseId, String moduleId) {
        long attemptId = attempts.startOrResume(courseId, moduleId);
        getUI().ifPresent(ui -> ui.navigate(AttemptView.class, AttemptView.params(attemptId)));
    }
}
