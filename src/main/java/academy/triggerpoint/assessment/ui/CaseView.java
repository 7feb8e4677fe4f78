package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.CaseOverview;
import academy.triggerpoint.assessment.CaseService;
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
import jakarta.annotation.security.PermitAll;

/** A case scenario's start page: what it is about, how it works, and the learner's attempts. */
@Route("courses/:courseId/cases/:caseId")
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private String title = "Case";

    public CaseView(CaseService cases) {
        this.cases = cases;
        addClassName("course-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(cases.overview(event.getRouteParameters().get("courseId").orElse(""),
                event.getRouteParameters().get("caseId").orElse("")));
    }

    @Override
    public String getPageTitle() {
        return title + " · Trigger Point Academy";
    }

    private void show(CaseOverview overview) {
        removeAll();
        title = overview.title();
        add(new Anchor("courses/" + overview.courseId(), "← " + overview.courseTitle()), new H1(overview.title()),
                new Paragraph(overview.summary()), new Paragraph("Module: " + overview.moduleTitle()));
        add(new UnorderedList(
                new ListItem("You meet the patient one stage at a time: history, examination, movement, palpation, "
                        + "the decision to needle and aftercare."),
                new ListItem("Each answer is saved as you give it. When you go on to the next stage, your answers and "
                        + "decisions in the stage before are locked, as in a real encounter."),
                new ListItem("An unsafe decision ends the case at once as a safety-critical failure, whatever the score."),
                new ListItem("You pass with " + overview.passMark() + "% of the points. The review shows your path beside "
                        + "the best path, with the reasoning for each decision."),
                new ListItem(overview.timeLimitMinutes() == null ? "There is no time limit."
                        : "Time limit: " + overview.timeLimitMinutes() + " minutes from the start, kept by the server."),
                new ListItem(overview.attemptsAllowed() == 0 ? "Attempts are not limited."
                        : "Attempts used: " + overview.attemptsUsed() + " of " + overview.attemptsAllowed() + ".")));
        if (overview.panelNote() != null) {
            add(new Paragraph(overview.panelNote()));
        }
        if (overview.openAttemptId() != null) {
            Button resume = new Button("Resume the case", e -> open(overview));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
        } else if (overview.cannotStartReason() != null) {
            Paragraph why = new Paragraph(overview.cannotStartReason());
            why.addClassName("notice");
            add(why);
        } else {
            Button start = new Button("Start the case", e -> open(overview));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            add(start);
        }
        if (!overview.history().isEmpty()) {
            add(new H2("Your attempts"), ResultParts.history(overview.history(), "case-attempts/"));
        }
    }

    private void open(CaseOverview overview) {
        long attemptId = cases.startOrResume(overview.courseId(), overview.caseId());
        getUI().ifPresent(ui -> ui.navigate("case-attempts/" + attemptId));
    }
}
