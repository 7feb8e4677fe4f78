package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptItemResult;
import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.domain.AttemptResponse;
import academy.triggerpoint.assessment.domain.AttemptResponseRepository;
import academy.triggerpoint.assessment.grading.CaseGrader;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.assessment.grading.Responses;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.LoadedCourse;
import academy.triggerpoint.catalog.ModuleAccess;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import academy.triggerpoint.panel.PanelKeys;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's clinical case scenarios. A case is an attempt like a quiz (same persistence, autosave,
 * version pinning, exactly-once grading and regrading), met one stage at a time: answers can change
 * only in the stage the learner is at, and going on locks them, like a real encounter. Every method
 * works only on the caller's own attempts; branches, keys and endings stay on the server until the
 * case is graded.
 */
@Service
@Transactional
public class CaseService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AttemptResponseRepository responses;
    private final AttemptItemResultRepository results;
    private final AttemptGrading grading;
    private final OwnAttempts own;
    private final CatalogService catalog;
    private final CurrentAccount current;
    private final Clock clock;
    private final TimeAccommodations timeAccommodations;
    private final PanelKeys keys;

    CaseService(AttemptRepository attempts, AttemptResponseRepository responses, AttemptItemResultRepository results,
                AttemptGrading grading, OwnAttempts own, CatalogService catalog, CurrentAccount current, Clock clock,
                PanelKeys keys, TimeAccommodations timeAccommodations) {
        this.timeAccommodations = timeAccommodations;
        this.keys = keys;
        this.attempts = attempts;
        this.responses = responses;
        this.results = results;
        this.grading = grading;
        this.own = own;
        this.catalog = catalog;
        this.current = current;
        this.clock = clock;
    }

    /** The case's rules, the caller's attempts and whether they may start one now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseOverview overview(String courseId, String caseId) {
        Opened opened = open(courseId, caseId);
        CaseDefinition definition = opened.definition();
        List<Attempt> mine = attempts.findByAccountIdAndCourseIdAndCaseIdOrderByStartedAtDesc(current.id(), courseId, caseId);
        Long open = mine.stream().filter(a -> a.getState() == Attempt.State.IN_PROGRESS).map(Attempt::getId).findFirst().orElse(null);
        String cannot = open != null ? null : cannotStart(opened, mine).orElse(null);
        CourseDefinition course = opened.access().course().definition();
        return new CaseOverview(courseId, course.title(), caseId, definition.title(), definition.summary(),
                course.module(definition.moduleId()).orElseThrow().title(), definition.passMark(), definition.attempts(),
                mine.size(), timeAccommodations.limitFor(current.id(), definition.timeLimitMinutes()), open, cannot, mine.stream().map(a -> new QuizOverview.AttemptSummary(
                a.getId(), a.getStartedAt(), a.getState().name(),
                a.getScorePercent() == null ? null : a.getScorePercent().doubleValue(), a.getOutcome())).toList(),
                panelNote(keys.keyed(course).caseDefinition(caseId).orElseThrow()));
    }

    /** How a case's script-concordance items are keyed, in words for its start page; null when it has none. */
    static String panelNote(CaseDefinition keyed) {
        List<ItemDefinition.ScriptConcordance> sct = keyed.stages().stream().flatMap(s -> s.items().stream())
                .filter(i -> i instanceof ItemDefinition.ScriptConcordance).map(i -> (ItemDefinition.ScriptConcordance) i)
                .toList();
        if (sct.isEmpty()) {
            return null;
        }
        long provisional = sct.stream().filter(ItemDefinition.ScriptConcordance::provisional).count();
        String all = sct.size() == 1 ? "This case's script-concordance question is" : "This case's " + sct.size()
                + " script-concordance questions are";
        return all + " scored against the answers of an expert panel of practising clinicians. "
                + (sct.stream().anyMatch(ItemDefinition.ScriptConcordance::demonstration) ? "In this demonstration, "
                + "answer counts written by the course author stand in for the panel until panellists answer. " : "")
                + (provisional == 0 ? ""
                : (provisional == sct.size() ? (sct.size() == 1 ? "It is" : "All are")
                : provisional + " of them " + (provisional == 1 ? "is" : "are"))
                + " provisional: fewer than " + ItemDefinition.ScriptConcordance.MINIMUM_PANEL + " experts have answered "
                + (provisional == 1 ? "it" : "them") + " so far, so " + (provisional == 1 ? "it gives" : "they give")
                + " feedback but no points and cannot fail the case.");
    }

    /**
     * Resumes the caller's case in progress, or starts it at its first stage, pinned to their
     * enrolled course version.
     *
     * @throws InvalidInputException when the case's module is locked, no attempts are left or the cooldown runs
     */
    @PreAuthorize("isAuthenticated()")
    public long startOrResume(String courseId, String caseId) {
        Opened opened = open(courseId, caseId);
        List<Attempt> mine = attempts.findByAccountIdAndCourseIdAndCaseIdOrderByStartedAtDesc(current.id(), courseId, caseId);
        Optional<Attempt> inProgress = mine.stream().filter(a -> a.getState() == Attempt.State.IN_PROGRESS).findFirst();
        if (inProgress.isPresent()) {
            return inProgress.get().getId();
        }
        cannotStart(opened, mine).ifPresent(reason -> {
            throw new InvalidInputException(null, reason);
        });
        CaseDefinition definition = opened.definition();
        Instant now = clock.instant();
        TimeLimit limit = timeAccommodations.limitFor(current.id(), definition.timeLimitMinutes());
        return attempts.save(Attempt.ofCase(current.id(), courseId, opened.access().course().versionId(),
                definition.moduleId(), caseId, SEEDS.nextLong(), definition.start(), definition.passMark(), now,
                limit.deadline(now)).withTimeAllowance(limit.baseMinutes(), limit.extraPercent(), limit.waived()))
                .getId();
    }

    /** The caller's case in progress: the vignette, locked earlier stages and the stage they are at. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseSheet sheet(long attemptId) {
        Attempt attempt = ownCase(own.mine(attemptId));
        if (attempt.getState() != Attempt.State.IN_PROGRESS) {
            throw new InvalidInputException(null, "This case is finished.");
        }
        LoadedCourse loaded = catalog.version(attempt.getVersionId());
        CaseDefinition definition = AttemptGrading.caseOf(attempt, grading.keyedPinned(attempt));
        String path = sourcePath(definition);
        String assetBase = CourseLibrary.ASSET_PATH + loaded.versionId() + "/";
        Map<String, Response> answers = grading.responsesOf(attempt, List.copyOf(definition.answerables().values()));
        List<String> stagePath = attempt.getStagePath();
        List<CaseSheet.StageView> stages = new ArrayList<>();
        int number = 0;
        for (int s = 0; s < stagePath.size(); s++) {
            CaseDefinition.Stage stage = definition.stage(stagePath.get(s)).orElseThrow();
            boolean locked = s < stagePath.size() - 1;
            List<PresentedItem> items = new ArrayList<>();
            Map<String, Response> stageAnswers = new HashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            List<ItemDefinition> answerables = new ArrayList<>(stage.items());
            if (stage.decision() != null) {
                answerables.add(stage.decision().item());
            }
            for (ItemDefinition item : answerables) {
                Response answer = answers.get(item.id());
                if (locked) {
                    texts.put(item.id(), AnswerText.response(item, answer));
                } else if (answer != null) {
                    stageAnswers.put(item.id(), answer);
                }
            }
            for (ItemDefinition item : stage.items()) {
                items.add(ItemPresentation.present(item, ++number, attempt.getSeed(), loaded.versionId(), path));
            }
            PresentedItem decision = stage.decision() == null ? null
                    : ItemPresentation.present(stage.decision().item(), ++number, attempt.getSeed(), loaded.versionId(), path);
            stages.add(new CaseSheet.StageView(stage.id(), stage.phase().label(), stage.title(),
                    stage.text() == null ? "" : LessonRenderer.toSafeHtml(stage.text(), path, assetBase), List.copyOf(items),
                    decision, locked, Map.copyOf(stageAnswers), texts));
        }
        return new CaseSheet(attemptId, loaded.definition().id(), loaded.definition().title(), definition.id(),
                definition.title(), LessonRenderer.toSafeHtml(definition.vignette(), path, assetBase), attempt.getDeadlineAt(),
                List.copyOf(stages));
    }

    /**
     * Saves one answer in the stage the learner is at. An answer to a locked stage (however the
     * request was made), to a stage not yet revealed, or one the item cannot take is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public Instant saveResponse(long attemptId, String itemId, Response response) {
        Attempt attempt = ownCase(own.lockedOpen(attemptId));
        CaseDefinition definition = AttemptGrading.caseOf(attempt, grading.pinned(attempt));
        ItemDefinition item = definition.answerables().get(itemId);
        CaseDefinition.Stage stage = item == null ? null : definition.stageOf(itemId).orElseThrow();
        List<String> path = attempt.getStagePath();
        if (stage == null || !path.contains(stage.id())) {
            throw new InvalidInputException(null, "That question is not part of this case's revealed stages.");
        }
        if (!path.getLast().equals(stage.id())) {
            throw new InvalidInputException(itemId, "The stage “" + stage.title() + "” is locked: answers and decisions "
                    + "cannot change once the next stage is revealed.");
        }
        Responses.problem(item, response).ifPresent(problem -> {
            throw new InvalidInputException(itemId, problem);
        });
        Instant now = clock.instant();
        AttemptResponse row = own.responseRow(attemptId, itemId);
        row.save(Responses.toJson(response), now);
        responses.save(row);
        return now;
    }

    /** What happened when the learner went on: the next stage was revealed, or the case ended and was graded. */
    public record Step(boolean finished, String stageId) {
    }

    /**
     * Locks the current stage and reveals the next one, or ends and grades the case when the stage
     * (or the choice taken) ends it. Every question of the stage must be answered first. A replayed
     * request reveals nothing twice.
     */
    @PreAuthorize("isAuthenticated()")
    public Step proceed(long attemptId) {
        Attempt attempt = ownCase(own.lockedOpen(attemptId));
        CaseDefinition definition = AttemptGrading.caseOf(attempt, grading.pinned(attempt));
        List<String> path = attempt.getStagePath();
        CaseDefinition.Stage stage = definition.stage(path.getLast()).orElseThrow();
        Map<String, Response> answers = grading.responsesOf(attempt, List.copyOf(definition.answerables().values()));
        for (int i = 0; i < stage.items().size(); i++) {
            if (!answers.containsKey(stage.items().get(i).id())) {
                throw new InvalidInputException(stage.items().get(i).id(), "Answer question " + (i + 1)
                        + " of this stage before you go on.");
            }
        }
        String next = stage.next();
        boolean ends = stage.end();
        if (stage.decision() != null) {
            CaseDefinition.Choice choice = CaseGrader.chosen(stage.decision(), answers.get(stage.id()))
                    .orElseThrow(() -> new InvalidInputException(stage.id(), "Make your decision before you go on."));
            next = choice.next();
            ends = choice.ending() != CaseDefinition.Ending.NONE;
        }
        if (ends) {
            grading.submitAndGrade(attemptId, AttemptGrading.BY_LEARNER);
            return new Step(true, null);
        }
        String expected = String.join(",", path);
        attempts.revealStage(attemptId, expected, expected + "," + next);
        return new Step(false, next);
    }

    /** The caller's graded case: outcome, path beside the best path, decisions with rationales, critical misses. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseReport report(long attemptId) {
        Attempt attempt = ownCase(own.mine(attemptId));
        if (attempt.getState() != Attempt.State.GRADED) {
            throw new InvalidInputException(null, "This case has not been graded yet.");
        }
        CourseDefinition course = grading.keyedPinned(attempt);
        CaseDefinition definition = AttemptGrading.caseOf(attempt, course);
        String path = sourcePath(definition);
        String assetBase = CourseLibrary.ASSET_PATH + attempt.getVersionId() + "/";
        Map<String, Response> answers = grading.responsesOf(attempt, List.copyOf(definition.answerables().values()));
        Map<String, List<AttemptItemResult>> byStage = new LinkedHashMap<>();
        results.findByAttemptIdOrderByPosition(attemptId)
                .forEach(r -> byStage.computeIfAbsent(r.getStageId(), k -> new ArrayList<>()).add(r));
        List<String> best = definition.bestPath();
        List<CaseReport.StageReview> stages = new ArrayList<>();
        List<CaseReport.CriticalMiss> misses = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<AttemptItemResult>> entry : byStage.entrySet()) {
            CaseDefinition.Stage stage = definition.stage(entry.getKey()).orElseThrow();
            Map<String, AttemptItemResult> rows = new HashMap<>();
            entry.getValue().forEach(r -> rows.put(r.getItemId(), r));
            List<AttemptReport.ReviewItem> items = new ArrayList<>();
            for (ItemDefinition item : stage.items()) {
                Response answer = answers.get(item.id());
                AttemptItemResult row = rows.get(item.id());
                items.add(new AttemptReport.ReviewItem(++number, ItemPresentation.stemHtml(item, path, assetBase),
                        row == null ? 0 : row.getCredit().doubleValue(), AnswerText.response(item, answer, true),
                        AnswerText.feedback(item, answer), AnswerText.key(item),
                        LessonRenderer.toSafeHtml(item.common().rationale(), path, assetBase),
                        AnswerText.options(item, answer, true), AnswerText.hotspot(item, answer, true, assetBase)));
                if (row != null && row.getCriticalMiss() != null) {
                    misses.add(miss(course, stage, row.getCriticalMiss(), item.common().rationale(), item.common().lessonId(),
                            path, assetBase));
                }
            }
            CaseReport.DecisionReview decision = null;
            if (stage.decision() != null) {
                Optional<CaseDefinition.Choice> chosen = CaseGrader.chosen(stage.decision(), answers.get(stage.id()));
                CaseDefinition.Choice bestChoice = stage.decision().best();
                boolean tookBest = chosen.filter(CaseDefinition.Choice::best).isPresent();
                decision = new CaseReport.DecisionReview(stage.decision().item().common().stem(),
                        chosen.map(CaseDefinition.Choice::text).orElse("No decision made"),
                        chosen.map(c -> LessonRenderer.toSafeHtml(c.rationale(), path, assetBase)).orElse(null),
                        chosen.map(CaseDefinition.Choice::credit).orElse(0.0),
                        tookBest ? null : bestChoice.text(),
                        tookBest ? null : LessonRenderer.toSafeHtml(bestChoice.rationale(), path, assetBase));
                chosen.filter(c -> c.ending() == CaseDefinition.Ending.CRITICAL).ifPresent(c -> misses.add(miss(course, stage,
                        "Unsafe decision: " + c.text(), c.explanation(), Optional.ofNullable(c.lessonId())
                                .orElse(definition.lessonId()), path, assetBase)));
            }
            double points = entry.getValue().stream().mapToDouble(r -> r.getPoints().doubleValue()).sum();
            stages.add(new CaseReport.StageReview(stage.id(), stage.phase().label(), stage.title(), points, stage.maxPoints(),
                    best.contains(stage.id()), List.copyOf(items), decision));
        }
        List<CaseReport.PathStep> bestPath = best.stream().map(id -> definition.stage(id).orElseThrow())
                .map(s -> new CaseReport.PathStep(s.id(), s.phase().label(), s.title(), byStage.containsKey(s.id()))).toList();
        return new CaseReport(attemptId, course.id(), definition.id(), definition.title(), attempt.getOutcome(),
                attempt.getScorePercent().doubleValue(), attempt.getPassMark(), attempt.getPoints().doubleValue(),
                attempt.getMaxPoints(), CaseGrader.grade(definition, answers).finished(),
                AttemptGrading.BY_TIMER.equals(attempt.getSubmittedBy()), List.copyOf(stages), bestPath, List.copyOf(misses));
    }

    /**
     * For authors: outcomes of the graded attempts of a case, how many reached each stage and took
     * each branch, and the panel size of each script-concordance item.
     */
    @PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public CaseStatistics statistics(String courseId, String caseId) {
        CaseDefinition definition = keys.keyed(catalog.currentCourse(courseId).definition()).caseDefinition(caseId)
                .orElseThrow(() -> new NotFoundException("This course has no such case."));
        List<Attempt> graded = attempts.findByCourseIdAndCaseIdAndState(courseId, caseId, Attempt.State.GRADED);
        Map<String, Long> reached = new HashMap<>();
        results.countReached(courseId, caseId).forEach(c -> reached.put(c.getStageId(), c.getCount()));
        Map<String, Long> chosen = new HashMap<>();
        results.countChoices(courseId, caseId).forEach(c -> chosen.put(c.getStageId() + "/" + c.getChoiceId(), c.getCount()));
        List<CaseStatistics.StageStats> stages = new ArrayList<>();
        List<CaseStatistics.Panel> panels = new ArrayList<>();
        for (CaseDefinition.Stage stage : definition.stages()) {
            List<CaseStatistics.ChoiceStats> choices = stage.decision() == null ? List.of()
                    : stage.decision().choices().stream().map(c -> new CaseStatistics.ChoiceStats(c.id(), c.text(), c.best(),
                    c.ending().name(), chosen.getOrDefault(stage.id() + "/" + c.id(), 0L).intValue())).toList();
            stages.add(new CaseStatistics.StageStats(stage.id(), stage.phase().label(), stage.title(),
                    reached.getOrDefault(stage.id(), 0L).intValue(), choices));
            stage.items().stream().filter(i -> i instanceof ItemDefinition.ScriptConcordance)
                    .map(i -> (ItemDefinition.ScriptConcordance) i)
                    .forEach(i -> panels.add(new CaseStatistics.Panel(i.id(), stage.title(), i.panelSize(), i.provisional())));
        }
        return new CaseStatistics(courseId, caseId, definition.title(), graded.size(), count(graded, "PASSED"),
                count(graded, "FAILED"), count(graded, "FAILED_CRITICAL"), List.copyOf(stages), List.copyOf(panels));
    }

    private static int count(List<Attempt> graded, String outcome) {
        return (int) graded.stream().filter(a -> outcome.equals(a.getOutcome())).count();
    }

    private static CaseReport.CriticalMiss miss(CourseDefinition course, CaseDefinition.Stage stage, String what,
                                                String explanation, String lessonId, String path, String assetBase) {
        String lessonTitle = course.lesson(lessonId).map(LessonDefinition::title).orElse(lessonId);
        return new CaseReport.CriticalMiss(stage.title(), what, LessonRenderer.toSafeHtml(explanation, path, assetBase),
                lessonId, lessonTitle);
    }

    /** The case and the caller's access to its module, in their enrolled version. */
    private record Opened(ModuleAccess access, CaseDefinition definition) {
    }

    private Opened open(String courseId, String caseId) {
        CourseDefinition enrolled = catalog.enrolledCourse(courseId).definition();
        CaseDefinition definition = enrolled.caseDefinition(caseId)
                .orElseThrow(() -> new NotFoundException("This course has no such case."));
        return new Opened(catalog.moduleAccess(courseId, definition.moduleId()), definition);
    }

    private Optional<String> cannotStart(Opened opened, List<Attempt> mine) {
        CaseDefinition definition = opened.definition();
        return own.cannotStartReason(opened.access().lockedReason(), "case", definition.attempts(),
                definition.cooldownMinutes(), mine);
    }

    private static Attempt ownCase(Attempt attempt) {
        if (!attempt.isCase()) {
            throw new NotFoundException("There is no such case attempt.");
        }
        return attempt;
    }

    /** Relative image paths in a case resolve against its file. */
    private static String sourcePath(CaseDefinition definition) {
        return "cases/" + definition.id() + ".yaml";
    }
}
