package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.assessment.ui.CaseAttemptView;
import academy.triggerpoint.assessment.ui.CaseResultView;
import academy.triggerpoint.assessment.ui.CaseStatisticsView;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class CaseViewsTest {

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired CaseService cases;

    @BeforeEach
    void setUp() {
        SignIn.as(TestAccounts.create(accounts, "Case Viewer"));
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        catalog.completeLesson("intro-course", "referred-pain");
        KaribuViews.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    private void continueButton() {
        _click(_get(Button.class, spec -> spec.withText("Lock answers and continue")));
    }

    @Test
    void a_learner_works_through_stages_sees_them_lock_and_reads_the_critical_review() {
        UI.getCurrent().navigate("courses/intro-course/cases/anticoagulated-neck");
        _click(_get(Button.class, spec -> spec.withText("Start the case")));
        assertThat(_find(CaseAttemptView.class)).hasSize(1);
        assertThat(KaribuViews.everythingOnThePage()).contains("takes <strong>warfarin</strong>").doesNotContain("Inform", "INR is back in range");

        continueButton();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("notice")).getText())
                .isEqualTo("Answer question 1 of this stage before you go on.");

        long id = cases.startOrResume("intro-course", "anticoagulated-neck");
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr", "bruising")));
        cases.saveResponse(id, "an-sct", new Response.Scale(2));
        continueButton();
        assertThat(KaribuViews.everythingOnThePage()).contains("Locked: answers in this stage can no longer change", "Your answer: +2 (much more likely)",
                "Her INR yesterday was 3.8");

        cases.saveResponse(id, "decide", new Response.Choice(Set.of("needle-deep")));
        continueButton();

        assertThat(_find(CaseResultView.class)).hasSize(1);
        assertThat(KaribuViews.everythingOnThePage()).contains("Not passed: safety-critical mistake", "What should have happened:",
                "needling should be deferred", "The best choice: Treat without needles today");
        assertThat(_get(Anchor.class, spec -> spec.withText("Revisit the lesson “Contraindications”")).getHref())
                .isEqualTo("learn/intro-course/contraindications");
    }

    @Test
    void a_learner_may_not_open_case_statistics_but_an_author_may() {
        UI.getCurrent().navigate("authoring/case-statistics");
        assertThat(_find(CaseStatisticsView.class)).isEmpty();

        SignIn.as(TestAccounts.create(accounts, "Stats Author", Role.AUTHOR));
        KaribuViews.setUp(context);
        UI.getCurrent().navigate("authoring/case-statistics");
        assertThat(_find(CaseStatisticsView.class)).hasSize(1);
    }
}
