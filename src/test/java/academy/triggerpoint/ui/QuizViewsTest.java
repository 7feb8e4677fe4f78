package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.ui.AttemptView;
import academy.triggerpoint.assessment.ui.QuizView;
import academy.triggerpoint.assessment.ui.ResultView;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class QuizViewsTest {

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;

    @BeforeEach
    void setUp() {
        SignIn.as(TestAccounts.create(accounts, "Quiz Learner"));
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

    @Test
    void the_attempt_page_carries_no_key_feedback_or_rationale_for_any_question() {
        UI.getCurrent().navigate(QuizView.class, QuizView.params("intro-course", "safety"));
        _click(_get(Button.class, spec -> spec.withText("Start the quiz")));
        assertThat(_find(AttemptView.class)).hasSize(1);

        StringBuilder seen = new StringBuilder();
        for (int question = 1; question <= 8; question++) {
            int number = question;
            _click(_get(Button.class, spec -> spec.withText(String.valueOf(number))));
            seen.append(KaribuViews.everythingOnThePage());
        }

        assertThat(seen.toString()).contains("Over the thorax of a lean patient", "Straight down between two ribs")
                .doesNotContain("Rationale", "Right, screen before you decide", "Bleeding and haematoma are real risks",
                        "This can reach the pleura", "Usually one to two days", "Correct. Choose another site",
                        "That is the nodule", "nodule", "classic referral zones");
    }

    @Test
    void submitting_asks_for_confirmation_naming_unanswered_questions_then_shows_the_result() {
        UI.getCurrent().navigate(QuizView.class, QuizView.params("intro-course", "safety"));
        _click(_get(Button.class, spec -> spec.withText("Start the quiz")));

        _click(_get(Button.class, spec -> spec.withText("Submit answers")));
        assertThat(KaribuViews.dump(_get(Dialog.class))).contains("8 question(s) are not answered: 1, 2, 3, 4, 5, 6, 7, 8");
        _click(_get(Button.class, spec -> spec.withText("Submit now")));

        assertThat(_find(ResultView.class)).hasSize(1);
        assertThat(_find(H2.class)).extracting(H2::getText)
                .contains("Not passed: safety-critical mistake", "Safety-critical mistakes");
        assertThat(KaribuViews.everythingOnThePage()).contains("a safety-critical question was left unanswered",
                "Revisit the lesson “Contraindications”");
    }
}
