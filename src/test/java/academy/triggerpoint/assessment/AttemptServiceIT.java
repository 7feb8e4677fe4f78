package academy.triggerpoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class AttemptServiceIT {

    static final String COURSE = "intro-course";
    static final String MODULE = "safety";

    static final Map<String, Response> RIGHT = FixtureJourneys.SAFETY_QUIZ_RIGHT;

    @Autowired AttemptService attempts;
    @Autowired OverdueAttempts overdue;
    @Autowired CatalogService catalog;
    @Autowired AccountRepository accounts;
    @Autowired AttemptRepository attemptRows;
    @Autowired AttemptItemResultRepository resultRows;
    @Autowired MutableClock clock;

    LoginAccount learner;

    @BeforeEach
    void learnerWhoReadTheBasics() {
        learner = TestAccounts.create(accounts, "Quiz Taker");
        SignIn.as(learner);
        catalog.enrol(COURSE);
        catalog.completeLesson(COURSE, "taut-bands");
        catalog.completeLesson(COURSE, "referred-pain");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void answerAll(long attemptId, Map<String, Response> answers) {
        answers.forEach((item, response) -> attempts.saveResponse(attemptId, item, response));
    }

    @Test
    void an_attempt_resumes_with_the_same_items_in_the_same_order_and_the_saved_answers() {
        long id = attempts.startOrResume(COURSE, MODULE);
        AttemptSheet first = attempts.sheet(id);
        attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(false));
        attempts.flag(id, "lung-depth", true);

        assertThat(attempts.startOrResume(COURSE, MODULE)).isEqualTo(id);
        AttemptSheet again = attempts.sheet(id);

        assertThat(again.items()).isEqualTo(first.items());
        assertThat(again.items()).hasSize(8);
        assertThat(again.saved()).containsEntry("infected-skin", new Response.TrueFalse(false));
        assertThat(again.flagged()).containsExactly("lung-depth");
    }

    @Test
    void nothing_the_attempt_page_receives_reveals_a_key_feedback_or_rationale() {
        AttemptSheet sheet = attempts.sheet(attempts.startOrResume(COURSE, MODULE));

        String everything = sheet.toString();
        assertThat(everything).doesNotContain("Rationale", "Right, screen before you decide", "Dangerous",
                "correct=", "harmful", "This can reach the pleura", "Usually one to two days", "nodule");
    }

    @Test
    void a_full_marks_attempt_passes_and_unlocks_the_next_module() {
        long id = attempts.startOrResume(COURSE, MODULE);
        catalog.completeLesson(COURSE, "contraindications");
        assertThat(catalog.outline(COURSE).modules().get(2).locked()).isTrue();
        answerAll(id, RIGHT);

        AttemptReport report = attempts.submit(id);

        assertThat(report.outcome()).isEqualTo("PASSED");
        assertThat(report.percent()).isEqualTo(100.0);
        assertThat(report.items()).hasSize(8).allSatisfy(i -> assertThat(i.correctAnswer()).isNotNull());
        assertThat(catalog.outline(COURSE).modules().get(2).locked()).isFalse();
        assertThat(catalog.outline(COURSE).modules().get(1).quiz().passed()).isTrue();
    }

    @Test
    void a_harmful_choice_fails_the_attempt_as_critical_and_points_to_the_lesson() {
        long id = attempts.startOrResume(COURSE, MODULE);
        answerAll(id, RIGHT);
        attempts.saveResponse(id, "lung-depth", new Response.Choice(Set.of("down")));

        AttemptReport report = attempts.submit(id);

        assertThat(report.percent()).isEqualTo(77.8);
        assertThat(report.outcome()).isEqualTo("FAILED_CRITICAL");
        assertThat(report.criticalMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.reason()).isEqualTo("chose a harmful option: Straight down between two ribs");
            assertThat(miss.lessonId()).isEqualTo("contraindications");
            assertThat(miss.lessonTitle()).isEqualTo("Contraindications");
        });
        assertThat(catalog.outline(COURSE).modules().get(2).locked()).isTrue();
    }

    @Test
    void responses_the_item_cannot_take_or_items_outside_the_attempt_are_refused_and_change_nothing() {
        long id = attempts.startOrResume(COURSE, MODULE);
        attempts.saveResponse(id, "anticoagulant-screen", new Response.Choice(Set.of("a")));

        assertThatThrownBy(() -> attempts.saveResponse(id, "anticoagulant-screen", new Response.Choice(Set.of("z"))))
                .isInstanceOf(InvalidInputException.class).hasMessage("That option does not belong to this question.");
        assertThatThrownBy(() -> attempts.saveResponse(id, "not-in-attempt", new Response.TrueFalse(true)))
                .isInstanceOf(InvalidInputException.class).hasMessage("That question is not part of this attempt.");
        assertThatThrownBy(() -> attempts.saveResponse(id, "band-hotspot", new Response.Hotspot(500, 20)))
                .isInstanceOf(InvalidInputException.class).hasMessage("That point lies outside the image.");

        assertThat(attempts.sheet(id).saved()).containsOnlyKeys("anticoagulant-screen")
                .containsEntry("anticoagulant-screen", new Response.Choice(Set.of("a")));
    }

    @Test
    void a_numeric_answer_with_a_huge_or_tiny_exponent_is_refused_and_nothing_is_stored() {
        long id = attempts.startOrResume(COURSE, MODULE);

        for (String hostile : new String[] {"1E-999999999", "1E+999999999", "1E-300", "0.000000000001", "12345678901"}) {
            assertThatThrownBy(() -> attempts.saveResponse(id, "soreness-hours", new Response.Numeric(new java.math.BigDecimal(hostile))))
                    .as(hostile).isInstanceOf(InvalidInputException.class);
        }
        assertThat(attempts.sheet(id).saved()).doesNotContainKey("soreness-hours");

        attempts.saveResponse(id, "soreness-hours", new Response.Numeric(new java.math.BigDecimal("3.60E+1")));
        assertThat(((Response.Numeric) attempts.sheet(id).saved().get("soreness-hours")).value()).isEqualByComparingTo("36");
    }

    @Test
    void another_learner_can_neither_read_nor_answer_nor_submit_my_attempt() {
        long id = attempts.startOrResume(COURSE, MODULE);
        SignIn.as(TestAccounts.create(accounts, "Someone Else"));

        assertThatThrownBy(() -> attempts.sheet(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submit(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.report(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void two_threads_submitting_the_same_attempt_produce_one_result() throws Exception {
        long id = attempts.startOrResume(COURSE, MODULE);
        answerAll(id, RIGHT);
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<AttemptReport>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<AttemptReport> submit = () -> {
                SecurityContextHolder.setContext(context);
                try {
                    return attempts.submit(id);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(submit));
        }
        pool.shutdown();

        assertThat(results.get(0).get().outcome()).isEqualTo("PASSED");
        assertThat(results.get(1).get()).isEqualTo(results.get(0).get());
        assertThat(resultRows.findByAttemptIdOrderByPosition(id)).hasSize(8);
        assertThat(attemptRows.findById(id).orElseThrow().getSubmittedBy()).isEqualTo("LEARNER");
    }

    @Test
    void submitting_twice_returns_the_same_result_and_answers_can_no_longer_change() {
        long id = attempts.startOrResume(COURSE, MODULE);
        answerAll(id, RIGHT);
        AttemptReport first = attempts.submit(id);

        assertThat(attempts.submit(id)).isEqualTo(first);
        assertThatThrownBy(() -> attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("submitted");
    }

    /** The scheduled job as production runs it: on the scheduler's thread, with nobody signed in. */
    private void runTheOverdueJob() {
        SignIn.out();
        try {
            overdue.scheduled();
        } finally {
            SignIn.as(learner);
        }
    }

    @Test
    void the_server_clock_ends_a_timed_attempt_after_the_grace_period_and_submits_what_was_saved() {
        long id = attempts.startOrResume(COURSE, MODULE);
        answerAll(id, RIGHT);

        clock.advance(Duration.ofMinutes(10).plusSeconds(30));
        attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(false));
        runTheOverdueJob();
        attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(false)); // still open: inside the grace period

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Time is up");
        runTheOverdueJob();

        AttemptReport report = attempts.report(id);
        assertThat(report.submittedByTimer()).isTrue();
        assertThat(report.outcome()).isEqualTo("PASSED");
    }

    @Test
    void attempts_are_limited_and_a_cooldown_separates_them() {
        for (int i = 0; i < 3; i++) {
            long id = attempts.startOrResume(COURSE, MODULE);
            attempts.saveResponse(id, "infected-skin", new Response.TrueFalse(true));
            attempts.submit(id);
            if (i < 2) {
                assertThatThrownBy(() -> attempts.startOrResume(COURSE, MODULE))
                        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("You can try again in 10 minutes");
                clock.advance(Duration.ofMinutes(11));
            }
        }
        clock.advance(Duration.ofMinutes(11));

        QuizOverview overview = attempts.overview(COURSE, MODULE);
        assertThat(overview.attemptsUsed()).isEqualTo(3);
        assertThat(overview.cannotStartReason()).startsWith("You have used all 3 attempts");
        assertThat(overview.history()).hasSize(3).allSatisfy(a -> assertThat(a.outcome()).isEqualTo("FAILED_CRITICAL"));
    }

    @Test
    void a_quiz_in_a_locked_module_cannot_be_started() {
        SignIn.as(TestAccounts.create(accounts, "Newcomer"));
        catalog.enrol(COURSE);

        assertThatThrownBy(() -> attempts.startOrResume(COURSE, MODULE))
                .isInstanceOf(InvalidInputException.class).hasMessage("Locked until you complete “Basics”.");
    }

    @Test
    void an_admin_regrade_dry_run_lists_changes_and_only_the_real_run_applies_them() {
        long id = attempts.startOrResume(COURSE, MODULE);
        answerAll(id, RIGHT);
        attempts.saveResponse(id, "soreness-hours", new Response.Numeric(new BigDecimal("100")));
        assertThat(attempts.submit(id).percent()).isEqualTo(88.9);
        long other = learner.id();

        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));
        // The current version has the same keys, so nothing changes: a regrade is idempotent.
        RegradeReport dry = attempts.regrade(COURSE, true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.changes()).filteredOn(c -> c.accountId() == other).isEmpty();

        SignIn.as(learner);
        assertThatThrownBy(() -> attempts.regrade(COURSE, false)).isInstanceOf(AccessDeniedException.class);
    }
}
