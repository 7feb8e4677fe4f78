package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class CourseCompletionIT {

    static final String COURSE = "intro-course";

    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CaseService cases;
    @Autowired AccountRepository accounts;
    @Autowired ApplicationEvents events;

    LoginAccount learner;

    @BeforeEach
    void enrolledLearner() {
        learner = TestAccounts.create(accounts, "Completing Learner");
        SignIn.as(learner);
        catalog.enrol(COURSE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void readUpToTheQuiz() {
        FixtureJourneys.readUpToTheQuiz(catalog);
    }

    private void passTheQuiz() {
        assertThat(attempts.report(FixtureJourneys.passTheQuiz(attempts)).outcome()).isEqualTo("PASSED");
    }

    private long completions() {
        return events.stream(CourseCompleted.class).filter(e -> e.accountId() == learner.id()).count();
    }

    /** Works through the fixture's warfarin case to its decision and takes {@code choice}. */
    private void takeTheWarfarinCase(String choice) {
        long id = cases.startOrResume(COURSE, "anticoagulated-neck");
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr", "bruising")));
        cases.saveResponse(id, "an-sct", new Response.Scale(1));
        cases.proceed(id);
        cases.saveResponse(id, "decide", new Response.Choice(Set.of(choice)));
        if (!cases.proceed(id).finished()) {
            cases.saveResponse(id, "an-advice", new Response.TrueFalse(true));
            cases.proceed(id);
        }
    }

    @Test
    void completing_the_last_lesson_records_the_completion_once_and_announces_it_once() {
        readUpToTheQuiz();
        passTheQuiz();
        assertThat(catalog.outline(COURSE).completedAt()).isNull();
        assertThat(completions()).isZero();

        catalog.completeLesson(COURSE, "first-session");

        CourseOutline outline = catalog.outline(COURSE);
        assertThat(outline.completion().complete()).isTrue();
        assertThat(outline.completedAt()).isNotNull();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.accountId() == learner.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.courseId()).isEqualTo(COURSE);
                    assertThat(e.completedAt()).isEqualTo(outline.completedAt());
                });

        catalog.completeLesson(COURSE, "first-session");
        assertThat(catalog.outline(COURSE).completedAt()).isEqualTo(outline.completedAt());
        assertThat(completions()).isOne();
    }

    @Test
    void an_unresolved_safety_critical_failure_blocks_completion_until_a_graded_pass_completes_the_course() {
        readUpToTheQuiz();
        takeTheWarfarinCase("needle-deep");
        passTheQuiz();
        catalog.completeLesson(COURSE, "first-session");

        LearnerProgress.Completion blocked = catalog.outline(COURSE).completion();
        assertThat(blocked.complete()).isFalse();
        assertThat(blocked.missing()).containsExactly(
                "pass the case “Neck pain in a patient on warfarin” after its safety-critical mistake");
        assertThat(completions()).isZero();

        takeTheWarfarinCase("defer");

        assertThat(catalog.outline(COURSE).completedAt()).isNotNull();
        assertThat(completions()).isOne();
    }
}
