package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptItemResult;
import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.domain.AttemptResponse;
import academy.triggerpoint.assessment.domain.AttemptResponseRepository;
import academy.triggerpoint.assessment.grading.GradeResult;
import academy.triggerpoint.assessment.grading.ItemDraw;
import academy.triggerpoint.assessment.grading.QuizGrader;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.assessment.grading.Responses;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.LoadedCourse;
import academy.triggerpoint.catalog.ModuleAccess;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's quizzes: start or resume an attempt, save each answer as it is given, submit once,
 * read the result. Every method works only on the caller's own attempts; keys, feedback and
 * rationales leave the server only in a result, and only as far as the quiz's review policy allows.
 */
@Service
@Transactional
public class AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AttemptResponseRepository responses;
    private final AttemptItemResultRepository results;
    private final AttemptGrading grading;
    private final OwnAttempts own;
    private final CatalogService catalog;
    private final CurrentAccount current;
    private final AuditTrail audit;
    private final Clock clock;
    private final TimeAccommodations timeAccommodations;

    AttemptService(AttemptRepository attempts, AttemptResponseRepository responses, AttemptItemResultRepository results,
                   AttemptGrading grading, OwnAttempts own, CatalogService catalog, CurrentAccount current,
                   AuditTrail audit, Clock clock, TimeAccommodations timeAccommodations) {
        this.timeAccommodations = timeAccommodations;
        this.attempts = attempts;
        this.responses = responses;
        this.results = results;
        this.grading = grading;
        this.own = own;
        this.catalog = catalog;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** The quiz's rules, the caller's attempts and whether they may start one now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public QuizOverview overview(String courseId, String moduleId) {
        ModuleAccess access = catalog.moduleAccess(courseId, moduleId);
        CourseDefinition course = access.course().definition();
        ModuleDefinition module = course.module(moduleId).orElseThrow();
        QuizDefinition quiz = quizOf(module);
        List<Attempt> mine = attempts.findByAccountIdAndCourseIdAndModuleIdAndCaseIdIsNullOrderByStartedAtDesc(current.id(), courseId, moduleId);
        Long open = mine.stream().filter(a -> a.getState() == Attempt.State.IN_PROGRESS).map(Attempt::getId).findFirst().orElse(null);
        String cannot = open != null ? null : own.cannotStartReason(access.lockedReason(), "quiz", quiz.attempts(), quiz.cooldownMinutes(), mine).orElse(null);
        List<QuizOverview.AttemptSummary> history = mine.stream().map(a -> new QuizOverview.AttemptSummary(a.getId(),
                a.getStartedAt(), a.getState().name(), a.getScorePercent() == null ? null : a.getScorePercent().doubleValue(),
                a.getOutcome())).toList();
        return new QuizOverview(courseId, course.title(), moduleId, module.title(), quiz.title(), quiz.size(), quiz.passMark(),
                quiz.attempts(), mine.size(), timeAccommodations.limitFor(current.id(), quiz.timeLimitMinutes()), quiz.review().name(), open, cannot, history);
    }

    /**
     * Resumes the caller's attempt in progress, or starts a new one pinned to their enrolled course
     * version, with items drawn and shuffled by a fresh seed.
     *
     * @throws InvalidInputException when the module is locked, no attempts are left or the cooldown runs
     */
    @PreAuthorize("isAuthenticated()")
    public long startOrResume(String courseId, String moduleId) {
        ModuleAccess access = catalog.moduleAccess(courseId, moduleId);
        QuizDefinition quiz = quizOf(access.course().definition().module(moduleId).orElseThrow());
        long me = current.id();
        List<Attempt> mine = attempts.findByAccountIdAndCourseIdAndModuleIdAndCaseIdIsNullOrderByStartedAtDesc(me, courseId, moduleId);
        Optional<Attempt> open = mine.stream().filter(a -> a.getState() == Attempt.State.IN_PROGRESS).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        own.cannotStartReason(access.lockedReason(), "quiz", quiz.attempts(), quiz.cooldownMinutes(), mine).ifPresent(reason -> {
            throw new InvalidInputException(null, reason);
        });
        long seed = SEEDS.nextLong();
        CourseDefinition course = access.course().definition();
        Instant now = clock.instant();
        TimeLimit limit = timeAccommodations.limitFor(me, quiz.timeLimitMinutes());
        Attempt attempt = attempts.save(new Attempt(me, courseId, access.course().versionId(), moduleId, seed,
                ItemDraw.draw(quiz, course.items(), seed), quiz.passMark(), now, limit.deadline(now))
                .withTimeAllowance(limit.baseMinutes(), limit.extraPercent(), limit.waived()));
        return attempt.getId();
    }

    /** The caller's attempt in progress, as the attempt page shows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptSheet sheet(long attemptId) {
        Attempt attempt = own.mine(attemptId);
        if (attempt.getState() != Attempt.State.IN_PROGRESS) {
            throw new InvalidInputException(null, "This attempt has been submitted.");
        }
        LoadedCourse loaded = catalog.version(attempt.getVersionId());
        CourseDefinition course = loaded.definition();
        List<ItemDefinition> items = AttemptGrading.itemsOf(attempt, course);
        List<PresentedItem> presented = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            presented.add(ItemPresentation.present(items.get(i), i + 1, attempt.getSeed(), loaded.versionId(),
                    ItemPresentation.bankPath(items.get(i))));
        }
        Set<String> flagged = new HashSet<>();
        responses.findByAttemptId(attemptId).stream().filter(AttemptResponse::isFlagged)
                .forEach(r -> flagged.add(r.getItemId()));
        ModuleDefinition module = course.module(attempt.getModuleId()).orElseThrow();
        return new AttemptSheet(attemptId, course.id(), course.title(), module.id(), quizOf(module).title(),
                attempt.getDeadlineAt(), List.copyOf(presented), grading.responsesOf(attempt, items), Set.copyOf(flagged));
    }

    /**
     * Saves one answer the moment it is given. A response the item cannot take, an item that is not
     * part of the attempt, or an attempt that is submitted or out of time is refused and nothing changes.
     *
     * @return when the answer was saved
     */
    @PreAuthorize("isAuthenticated()")
    public Instant saveResponse(long attemptId, String itemId, Response response) {
        Attempt attempt = own.lockedOpen(attemptId);
        ItemDefinition item = itemOf(attempt, itemId);
        Responses.problem(item, response).ifPresent(problem -> {
            throw new InvalidInputException(itemId, problem);
        });
        Instant now = clock.instant();
        AttemptResponse row = own.responseRow(attemptId, itemId);
        row.save(Responses.toJson(response), now);
        responses.save(row);
        return now;
    }

    /** Marks or unmarks an item "for review" in the caller's attempt. */
    @PreAuthorize("isAuthenticated()")
    public void flag(long attemptId, String itemId, boolean flagged) {
        Attempt attempt = own.lockedOpen(attemptId);
        itemOf(attempt, itemId);
        AttemptResponse row = own.responseRow(attemptId, itemId);
        row.flag(flagged, clock.instant());
        responses.save(row);
    }

    /**
     * Submits and grades the caller's attempt. Submitting again (double click, second tab, replay)
     * changes nothing and returns the same result.
     */
    @PreAuthorize("isAuthenticated()")
    public AttemptReport submit(long attemptId) {
        Attempt attempt = own.mine(attemptId);
        if (attempt.getState() == Attempt.State.IN_PROGRESS && own.overdue(attempt)) {
            grading.submitAndGrade(attemptId, AttemptGrading.BY_TIMER);
        } else {
            grading.submitAndGrade(attemptId, AttemptGrading.BY_LEARNER);
        }
        return report(attemptId);
    }

    /** The caller's graded attempt: outcome, critical misses and the review the quiz allows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AttemptReport report(long attemptId) {
        Attempt attempt = own.mine(attemptId);
        if (attempt.getState() != Attempt.State.GRADED) {
            throw new InvalidInputException(null, "This attempt has not been graded yet.");
        }
        CourseDefinition course = grading.keyedPinned(attempt);
        ModuleDefinition module = course.module(attempt.getModuleId()).orElseThrow();
        QuizDefinition quiz = quizOf(module);
        List<ItemDefinition> items = AttemptGrading.itemsOf(attempt, course);
        Map<String, Response> answers = grading.responsesOf(attempt, items);
        Map<String, AttemptItemResult> byItem = new LinkedHashMap<>();
        results.findByAttemptIdOrderByPosition(attemptId).forEach(r -> byItem.put(r.getItemId(), r));
        List<AttemptReport.CriticalMiss> misses = new ArrayList<>();
        List<AttemptReport.ReviewItem> review = new ArrayList<>();
        String assetBase = CourseLibrary.ASSET_PATH + attempt.getVersionId() + "/";
        for (int i = 0; i < items.size(); i++) {
            ItemDefinition item = items.get(i);
            AttemptItemResult result = byItem.get(item.id());
            if (result != null && result.getCriticalMiss() != null) {
                String lessonTitle = course.lesson(item.common().lessonId()).map(l -> l.title()).orElse(item.common().lessonId());
                misses.add(new AttemptReport.CriticalMiss(i + 1, plain(item.common().stem()), result.getCriticalMiss(),
                        item.common().lessonId(), lessonTitle));
            }
            if (quiz.review() != QuizDefinition.Review.SCORE_ONLY) {
                boolean showKeys = quiz.review() == QuizDefinition.Review.ANSWERS;
                Response answer = answers.get(item.id());
                review.add(new AttemptReport.ReviewItem(i + 1, ItemPresentation.stemHtml(item, ItemPresentation.bankPath(item), assetBase),
                        result == null ? 0 : result.getCredit().doubleValue(), AnswerText.response(item, answer, showKeys),
                        AnswerText.feedback(item, answer), showKeys ? AnswerText.key(item) : null,
                        showKeys ? LessonRenderer.toSafeHtml(item.common().rationale(), ItemPresentation.bankPath(item), assetBase) : null,
                        AnswerText.options(item, answer, showKeys), AnswerText.hotspot(item, answer, showKeys, assetBase)));
            }
        }
        return new AttemptReport(attemptId, course.id(), module.id(), quiz.title(), attempt.getOutcome(),
                attempt.getScorePercent().doubleValue(), attempt.getPassMark(), attempt.getPoints().doubleValue(),
                attempt.getMaxPoints(), AttemptGrading.BY_TIMER.equals(attempt.getSubmittedBy()), quiz.review().name(),
                List.copyOf(misses), List.copyOf(review));
    }

    /**
     * Grades every graded attempt of a course (quizzes and cases) again with the course's current
     * keys (an item the current version no longer has keeps its original key; a case uses the
     * current version of the case). A dry run only lists what would
     * change; the real run rewrites the results and records each change in the audit trail.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public RegradeReport regrade(String courseId, boolean dryRun) {
        CourseDefinition latest = catalog.currentCourse(courseId).definition();
        List<Attempt> graded = attempts.findByCourseIdAndState(courseId, Attempt.State.GRADED);
        List<RegradeReport.Change> changes = new ArrayList<>();
        for (Attempt attempt : graded) {
            GradeResult again = grading.regrade(attempt, latest);
            double before = attempt.getScorePercent().doubleValue();
            if (again.percent() != before || !again.outcome().name().equals(attempt.getOutcome())) {
                changes.add(new RegradeReport.Change(attempt.getId(), attempt.getAccountId(),
                        attempt.isCase() ? "case " + attempt.getCaseId() : "quiz of " + attempt.getModuleId(), before,
                        again.percent(), attempt.getOutcome(), again.outcome().name()));
                if (!dryRun) {
                    grading.store(attempt, again);
                    audit.record(current.id(), "attempt-regraded", "attempt:" + attempt.getId(),
                            before + "% " + attempt.getOutcome() + " -> " + again.percent() + "% " + again.outcome());
                }
            }
        }
        return new RegradeReport(courseId, dryRun, graded.size(), List.copyOf(changes));
    }

    private static String plain(String markdown) {
        String text = markdown.replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }

    private static QuizDefinition quizOf(ModuleDefinition module) {
        return module.quizDefinition().orElseThrow(() -> new NotFoundException("This module has no quiz."));
    }

    private ItemDefinition itemOf(Attempt attempt, String itemId) {
        if (!attempt.getItemIds().contains(itemId)) {
            throw new InvalidInputException(null, "That question is not part of this attempt.");
        }
        return grading.pinned(attempt).item(itemId).orElseThrow();
    }

}
