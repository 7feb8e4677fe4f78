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
    private String title;

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
        return title == null ? getTranslation("assessment.page-title.case") : getTranslation("assessment.page-title", title);
    }

    private void show(CaseOverview overview) {
        removeAll();
        title = overview.title();
        add(new Anchor("courses/" + overview.courseId(), "← " + overview.courseTitle()), new H1(overview.title()),
                new Paragraph(overview.summary()), new Paragraph(getTranslation("assessment.module", overview.moduleTitle())));
        add(new UnorderedList(
                new ListItem(getTranslation("assessment.case.rules.stages")),
                new ListItem(getTranslation("assessment.case.rules.locking")),
                new ListItem(getTranslation("assessment.case.rules.unsafe")),
                new ListItem(getTranslation("assessment.case.rules.pass-mark", overview.passMark())),
                new ListItem(TimeLimitText.of(overview.timeLimit(), getLocale())),
                new ListItem(overview.attemptsAllowed() == 0 ? getTranslation("assessment.attempts.unlimited")
                        : getTranslation("assessment.attempts.used", overview.attemptsUsed(), overview.attemptsAllowed()))));
        if (overview.panelNote() != null) {
            add(new Paragraph(overview.panelNote()));
        }
        if (overview.openAttemptId() != null) {
            Button resume = new Button(getTranslation("assessment.case.resume"), e -> open(overview));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(resume);
        } else if (overview.cannotStartReason() != null) {
            Paragraph why = new Paragraph(overview.cannotStartReason());
            why.addClassName("notice");
            add(why);
        } else {
            Button start = new Button(getTranslation("assessment.case.start"), e -> open(overview));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            add(start);
        }
        if (!overview.history().isEmpty()) {
            add(new H2(getTranslation("assessment.history.title")),
                    ResultParts.history(overview.history(), "case-attempts/", getLocale()));
        }
    }

    private void open(CaseOverview overview) {
        long attemptId = cases.startOrResume(overview.courseId(), overview.caseId());
        getUI().ifPresent(ui -> ui.navigate("case-attempts/" + attemptId));
    }
}
