package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptItemResult;
import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.domain.AttemptResponse;
import academy.triggerpoint.assessment.domain.AttemptResponseRepository;
import academy.triggerpoint.assessment.grading.CaseGrader;
import academy.triggerpoint.assessment.grading.GradeResult;
import academy.triggerpoint.assessment.grading.ItemResult;
import academy.triggerpoint.assessment.grading.QuizGrader;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.assessment.grading.Responses;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseCompletions;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.panel.PanelKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission and grading, shared by the learner's "submit", the timer job and regrading. Not a
 * public API: its callers have already decided that the caller may do this.
 */
@Component
class AttemptGrading {

    static final String BY_LEARNER = "LEARNER";
    static final String BY_TIMER = "TIMER";

    private final AttemptRepository attempts;
    private final AttemptResponseRepository responses;
    private final AttemptItemResultRepository results;
    private final CatalogService catalog;
    private final CourseCompletions completions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PanelKeys keys;

    AttemptGrading(AttemptRepository attempts, AttemptResponseRepository responses, AttemptItemResultRepository results,
                   CatalogService catalog, CourseCompletions completions, ApplicationEventPublisher events, Clock clock,
                   PanelKeys keys) {
        this.keys = keys;
        this.attempts = attempts;
        this.responses = responses;
        this.results = results;
        this.catalog = catalog;
        this.completions = completions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits and grades an attempt exactly once: the conditional update lets one caller through
     * and every other (a double click, a second tab, the timer) finds it already submitted.
     *
     * @return true when this call did the submission
     */
    @Transactional
    public boolean submitAndGrade(long attemptId, String by) {
        if (attempts.markSubmitted(attemptId, clock.instant(), by) == 0) {
            return false;
        }
        Attempt attempt = attempts.findById(attemptId).orElseThrow();
        store(attempt, grade(attempt, pinned(attempt)));
        return true;
    }

    /**
     * Grades an attempt's saved answers against {@code course}'s keys, script-concordance items
     * keyed by the expert panel as it stands: a quiz by the quiz grader, a case by the case grader.
     */
    GradeResult grade(Attempt attempt, CourseDefinition unkeyed) {
        CourseDefinition course = keys.keyed(unkeyed);
        if (attempt.isCase()) {
            return gradeCase(attempt, caseOf(attempt, course));
        }
        List<ItemDefinition> items = itemsOf(attempt, course);
        return QuizGrader.grade(items, responsesOf(attempt, items), attempt.getPassMark());
    }

    /**
     * Grades a graded attempt again with {@code latest}'s keys: each quiz item by its id (an item
     * the latest version lacks keeps its original key), a case by the latest version of the case.
     */
    GradeResult regrade(Attempt attempt, CourseDefinition unkeyedLatest) {
        CourseDefinition latest = keys.keyed(unkeyedLatest);
        CourseDefinition pinned = keyedPinned(attempt);
        if (attempt.isCase()) {
            CaseDefinition definition = latest.caseDefinition(attempt.getCaseId()).orElseGet(() -> caseOf(attempt, pinned));
            return gradeCase(attempt, definition);
        }
        List<ItemDefinition> corrected = itemsOf(attempt, pinned).stream()
                .map(item -> latest.item(item.id()).orElse(item)).toList();
        return QuizGrader.grade(corrected, responsesOf(attempt, corrected), attempt.getPassMark());
    }

    private GradeResult gradeCase(Attempt attempt, CaseDefinition definition) {
        return CaseGrader.grade(definition, responsesOf(attempt, List.copyOf(definition.answerables().values()))).grade();
    }

    static CaseDefinition caseOf(Attempt attempt, CourseDefinition course) {
        return course.caseDefinition(attempt.getCaseId()).orElseThrow();
    }

    /** The definitions of an attempt's items, in presentation order, taken from {@code course}. */
    static List<ItemDefinition> itemsOf(Attempt attempt, CourseDefinition course) {
        return attempt.getItemIds().stream().map(id -> course.item(id).orElseThrow()).toList();
    }

    CourseDefinition pinned(Attempt attempt) {
        return catalog.version(attempt.getVersionId()).definition();
    }

    /** The attempt's course version with script-concordance items keyed by the expert panel as it stands. */
    CourseDefinition keyedPinned(Attempt attempt) {
        return keys.keyed(pinned(attempt));
    }

    Map<String, Response> responsesOf(Attempt attempt, List<ItemDefinition> items) {
        Map<String, ItemDefinition> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.id(), item));
        Map<String, Response> answers = new LinkedHashMap<>();
        for (AttemptResponse saved : responses.findByAttemptId(attempt.getId())) {
            ItemDefinition item = byId.get(saved.getItemId());
            if (item != null && saved.getResponse() != null) {
                answers.put(saved.getItemId(), Responses.fromJson(item, saved.getResponse()));
            }
        }
        return answers;
    }

    /**
     * Writes (or, on a regrade, rewrites) the result rows and the attempt's score and outcome, then
     * lets the catalog record the course's completion if this result completes it, and announces
     * the result (after commit, listeners such as the competency ledger update what they derive).
     */
    void store(Attempt attempt, GradeResult grade) {
        results.deleteByAttemptId(attempt.getId());
        int position = 0;
        for (ItemResult item : grade.items()) {
            results.save(new AttemptItemResult(attempt.getId(), item.itemId(), position++, item.answered(),
                    BigDecimal.valueOf(item.credit()).setScale(4, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(item.points()).setScale(3, RoundingMode.HALF_UP), item.maxPoints(),
                    truncate(item.criticalMiss()), item.stageId(), item.choiceId()));
        }
        results.flush();
        attempts.markGraded(attempt.getId(), clock.instant(), BigDecimal.valueOf(grade.points()).setScale(3, RoundingMode.HALF_UP),
                grade.maxPoints(), BigDecimal.valueOf(grade.percent()).setScale(1, RoundingMode.HALF_UP), grade.outcome().name());
        completions.recheck(attempt.getAccountId(), attempt.getCourseId());
        events.publishEvent(new AttemptGraded(attempt.getId(), attempt.getAccountId(), attempt.getCourseId(), grade.outcome().name()));
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
