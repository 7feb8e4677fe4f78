package academy.triggerpoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.domain.AttemptItemResult;
import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseServiceIT {

    static final String COURSE = "intro-course";
    static final String CASE = "anticoagulated-neck";

    @Autowired CaseService cases;
    @Autowired CatalogService catalog;
    @Autowired AccountRepository accounts;
    @Autowired AttemptRepository attemptRows;
    @Autowired AttemptItemResultRepository resultRows;
    @Autowired PlatformTransactionManager transactions;

    LoginAccount learner;

    @BeforeEach
    void learnerWhoReadTheBasics() {
        learner = TestAccounts.create(accounts, "Case Learner");
        SignIn.as(learner);
        catalog.enrol(COURSE);
        catalog.completeLesson(COURSE, "taut-bands");
        catalog.completeLesson(COURSE, "referred-pain");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Answers the history stage well and goes on to the decision. */
    private long atTheDecision() {
        long id = cases.startOrResume(COURSE, CASE);
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr", "bruising")));
        cases.saveResponse(id, "an-sct", new Response.Scale(1));
        assertThat(cases.proceed(id)).isEqualTo(new CaseService.Step(false, "decide"));
        return id;
    }

    private static Response choose(String choice) {
        return new Response.Choice(Set.of(choice));
    }

    @Test
    void a_learner_who_follows_the_best_path_passes_and_the_course_page_shows_it() {
        long id = atTheDecision();
        cases.saveResponse(id, "decide", choose("defer"));
        assertThat(cases.proceed(id)).isEqualTo(new CaseService.Step(false, "aftercare"));
        cases.saveResponse(id, "an-advice", new Response.TrueFalse(true));

        assertThat(cases.proceed(id).finished()).isTrue();

        CaseReport report = cases.report(id);
        assertThat(report.outcome()).isEqualTo("PASSED");
        assertThat(report.percent()).isEqualTo(100.0);
        assertThat(report.path()).extracting(CaseReport.StageReview::stageId).containsExactly("history", "decide", "aftercare");
        assertThat(report.bestPath()).allMatch(CaseReport.PathStep::taken);
        assertThat(report.path().get(1).decision().bestChoice()).isNull();
        CourseOutline.CaseState state = catalog.outline(COURSE).modules().get(1).cases().getFirst();
        assertThat(state.caseId()).isEqualTo(CASE);
        assertThat(state.passed()).isTrue();
    }

    @Test
    void a_locked_decision_cannot_be_changed_by_a_crafted_request() {
        long id = atTheDecision();
        cases.saveResponse(id, "decide", choose("defer"));
        cases.proceed(id);

        assertThatThrownBy(() -> cases.saveResponse(id, "decide", choose("needle-deep")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is locked");
        assertThatThrownBy(() -> cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("holiday"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is locked");

        cases.saveResponse(id, "an-advice", new Response.TrueFalse(true));
        cases.proceed(id);
        CaseReport report = cases.report(id);
        assertThat(report.outcome()).isEqualTo("PASSED");
        assertThat(report.path().get(1).decision().yourChoice()).startsWith("Treat without needles");
    }

    @Test
    void questions_of_a_stage_not_yet_revealed_cannot_be_answered() {
        long id = cases.startOrResume(COURSE, CASE);

        assertThatThrownBy(() -> cases.saveResponse(id, "an-advice", new Response.TrueFalse(true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not part of this case's revealed stages");
        assertThatThrownBy(() -> cases.saveResponse(id, "decide", choose("defer")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void going_on_needs_every_question_of_the_stage_answered_and_a_decision_made() {
        long id = cases.startOrResume(COURSE, CASE);
        cases.saveResponse(id, "an-screen", new Response.Choice(Set.of("inr")));

        assertThatThrownBy(() -> cases.proceed(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Answer question 2 of this stage before you go on.");

        cases.saveResponse(id, "an-sct", new Response.Scale(0));
        cases.proceed(id);
        assertThatThrownBy(() -> cases.proceed(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Make your decision before you go on.");
    }

    @Test
    void a_resumed_case_opens_at_the_same_stage_with_earlier_stages_locked() {
        long id = atTheDecision();
        cases.saveResponse(id, "decide", choose("refer"));

        assertThat(cases.startOrResume(COURSE, CASE)).isEqualTo(id);
        CaseSheet sheet = cases.sheet(id);
        assertThat(sheet.stages()).extracting(CaseSheet.StageView::stageId).containsExactly("history", "decide");
        assertThat(sheet.stages().getFirst().locked()).isTrue();
        assertThat(sheet.stages().getFirst().answerTexts()).containsEntry("an-sct", "+1 (more likely)");
        assertThat(sheet.current().locked()).isFalse();
        assertThat(sheet.current().answers()).containsEntry("decide", choose("refer"));
    }

    @Test
    void the_sheet_carries_no_key_branch_rationale_or_ending() {
        long id = atTheDecision();

        String sheet = cases.sheet(id).toString();

        assertThat(sheet).contains("Treat without needles today").doesNotContain("An INR above range raises",
                "aftercare", "deferred until the INR", "critical", "best");
    }

    @Test
    void an_unsafe_decision_ends_the_case_failed_critical_and_records_the_stage_and_choice() {
        long id = atTheDecision();
        cases.saveResponse(id, "decide", choose("needle-deep"));

        assertThat(cases.proceed(id).finished()).isTrue();

        CaseReport report = cases.report(id);
        assertThat(report.outcome()).isEqualTo("FAILED_CRITICAL");
        assertThat(report.finished()).isTrue();
        assertThat(report.criticalMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.stageTitle()).isEqualTo("Deciding whether to needle");
            assertThat(miss.explanationHtml()).contains("needling should be deferred");
            assertThat(miss.lessonId()).isEqualTo("contraindications");
        });
        assertThat(report.bestPath()).filteredOn(step -> !step.taken()).extracting(CaseReport.PathStep::stageId)
                .containsExactly("aftercare");
        assertThat(resultRows.findByAttemptIdOrderByPosition(id)).filteredOn(r -> r.getCriticalMiss() != null)
                .singleElement().satisfies(row -> {
                    assertThat(row.getStageId()).isEqualTo("decide");
                    assertThat(row.getChoiceId()).isEqualTo("needle-deep");
                });
        assertThatThrownBy(() -> cases.proceed(id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_case_stays_closed_while_its_module_is_locked() {
        SignIn.as(TestAccounts.create(accounts, "Early Bird"));
        catalog.enrol(COURSE);

        assertThat(cases.overview(COURSE, CASE).cannotStartReason()).startsWith("Locked until you complete");
        assertThatThrownBy(() -> cases.startOrResume(COURSE, CASE)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_replayed_reveal_changes_nothing() {
        long id = atTheDecision();

        Integer revealed = new TransactionTemplate(transactions).execute(tx ->
                attemptRows.revealStage(id, "history", "history,decide"));

        assertThat(revealed).isZero();
        assertThat(attemptRows.findById(id).orElseThrow().getStagePath()).containsExactly("history", "decide");
    }

    @Test
    void another_learner_cannot_reach_a_case_attempt() {
        long id = atTheDecision();
        SignIn.as(TestAccounts.create(accounts, "Someone Else"));

        assertThatThrownBy(() -> cases.sheet(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.saveResponse(id, "decide", choose("defer"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.proceed(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.report(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void authors_see_how_many_took_each_branch_and_learners_may_not() {
        long first = atTheDecision();
        cases.saveResponse(first, "decide", choose("needle-deep"));
        cases.proceed(first);
        long second = atTheDecision();
        cases.saveResponse(second, "decide", choose("refer"));
        cases.proceed(second);

        assertThatThrownBy(() -> cases.statistics(COURSE, CASE)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(TestAccounts.create(accounts, "Case Author", Role.AUTHOR));
        CaseStatistics stats = cases.statistics(COURSE, CASE);
        assertThat(stats.graded()).isGreaterThanOrEqualTo(2);
        assertThat(stats.failedCritical()).isGreaterThanOrEqualTo(1);
        CaseStatistics.StageStats decide = stats.stages().get(1);
        assertThat(decide.reached()).isGreaterThanOrEqualTo(2);
        assertThat(decide.choices()).filteredOn(c -> c.choiceId().equals("needle-deep")).singleElement()
                .satisfies(c -> assertThat(c.chosen()).isGreaterThanOrEqualTo(1));
        // The file's demonstration panel of 15 counts only in the demo profile: no panellist has answered here.
        assertThat(stats.panels()).singleElement().satisfies(p -> {
            assertThat(p.experts()).isZero();
            assertThat(p.provisional()).isTrue();
        });
        assertThat(resultRows.findByAttemptIdOrderByPosition(second)).extracting(AttemptItemResult::getStageId)
                .containsOnly("history", "decide");
    }
}
