package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.ui.AttemptView;
import academy.triggerpoint.assessment.ui.QuizView;
import academy.triggerpoint.assessment.ui.ResultView;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
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
    @Autowired AttemptService attempts;

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
        assertThat(KaribuViews.dump(_get(Dialog.class))).contains("8 questions are not answered: 1, 2, 3, 4, 5, 6, 7, 8");
        _click(_get(Button.class, spec -> spec.withText("Submit now")));

        assertThat(_find(ResultView.class)).hasSize(1);
        assertThat(_find(H2.class)).extracting(H2::getText)
                .contains("Not passed: safety-critical mistake", "Safety-critical mistakes");
        assertThat(KaribuViews.everythingOnThePage()).contains("a safety-critical question was left unanswered",
                "Revisit the lesson “Contraindications”");
    }

    @Test
    void the_review_of_a_multiple_response_question_says_once_per_option_what_was_chosen_and_what_was_right() {
        long attempt = answerTheQuizAndSubmit(new Response.Choice(Set.of("weight", "stiff")), new Response.Hotspot(50, 20));
        UI.getCurrent().navigate(ResultView.class, ResultView.params(attempt));

        Div question = reviewOf("Which findings are red flags");
        assertThat(_find(question, ListItem.class, spec -> spec.withClasses("review-option")))
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("✓ You chose, rightly: Unexplained weight loss",
                        "✗ You did not choose, but it should be chosen: Constant night pain unrelated to position",
                        "✗ You chose, but it should not be chosen: Stiffness after sitting that eases with movement");
        assertThat(_get(question, Paragraph.class, spec -> spec.withClasses("review-summary")).getText())
                .isEqualTo("You chose 1 of the 2 options that should be chosen, and 1 that should not.");
        assertThat(question.getElement().getTextRecursively()).doesNotContain("Correct answer:", "Correct. Correct.");
    }

    @Test
    void the_review_of_a_hotspot_question_shows_the_picture_with_the_click_and_the_correct_area_not_area_names() {
        long attempt = answerTheQuizAndSubmit(new Response.Choice(Set.of("weight", "night")), new Response.Hotspot(20, 30));
        UI.getCurrent().navigate(ResultView.class, ResultView.params(attempt));

        Div question = reviewOf("Click the trigger point in the taut band");
        Image picture = _get(question, Image.class);
        assertThat(picture.getSrc()).endsWith("modules/basics/images/band.svg");
        String overlay = _get(question, Div.class, spec -> spec.withClasses("hotspot-overlay")).getElement().getProperty("innerHTML");
        assertThat(overlay).contains("viewBox='0 0 100 40'", "points='43.0,13.0 57.0,13.0 57.0,27.0 43.0,27.0'",
                "class='hotspot-mark' cx='20.0' cy='30.0'");
        String text = KaribuViews.dump(question);
        assertThat(text).contains("Clicked outside every marked area", "Green outline: a correct area.",
                "Inside “Red circle in the middle of the band” (outlined in green on the picture)").doesNotContain("“nodule”", "area nodule");
    }

    @Test
    void one_unanswered_question_is_counted_in_the_singular() {
        catalog.completeLesson("intro-course", "contraindications");
        long id = attempts.startOrResume("intro-course", "safety");
        FixtureJourneys.SAFETY_QUIZ_RIGHT.forEach((item, response) -> {
            if (!item.equals("lung-depth")) {
                attempts.saveResponse(id, item, response);
            }
        });
        UI.getCurrent().navigate(AttemptView.class, AttemptView.params(id));

        _click(_get(Button.class, spec -> spec.withText("Submit answers")));
        assertThat(KaribuViews.dump(_get(Dialog.class))).contains("1 question is not answered: ")
                .doesNotContain("question(s)");
    }

    private long answerTheQuizAndSubmit(Response redFlags, Response hotspot) {
        catalog.completeLesson("intro-course", "contraindications");
        long id = attempts.startOrResume("intro-course", "safety");
        FixtureJourneys.SAFETY_QUIZ_RIGHT.forEach((item, response) -> attempts.saveResponse(id, item, response));
        attempts.saveResponse(id, "red-flags", redFlags);
        attempts.saveResponse(id, "band-hotspot", hotspot);
        attempts.submit(id);
        return id;
    }

    private static Div reviewOf(String stemStart) {
        return _find(Div.class, spec -> spec.withClasses("module")).stream()
                .filter(d -> KaribuViews.dump(d).contains(stemStart)).findFirst().orElseThrow();
    }
}
