package academy.triggerpoint.lti;

import academy.triggerpoint.assessment.AssessmentRecords;
import academy.triggerpoint.assessment.AttemptGraded;
import academy.triggerpoint.assessment.AttemptLine;
import academy.triggerpoint.assessment.CriticalMiss;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.lti.domain.LtiStore;
import academy.triggerpoint.lti.domain.LtiStore.LinkRow;
import academy.triggerpoint.lti.domain.LtiStore.PostRow;
import academy.triggerpoint.shared.SystemTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends results to platforms' gradebooks (Assignment and Grade Services 2.0). Each graded or
 * regraded attempt becomes, for every line item the person launched it from, one row in an
 * outbox keyed by what changed (attempt, outcome, score): a redelivered event or a regrade that
 * changes nothing adds no row, so a grade is posted once per change. Rows are delivered at once
 * and, when the platform cannot take them, again with growing pauses, until {@value #MAX_TRIES}
 * tries have failed; administrators see what is waiting or given up under LTI platforms.
 */
@Component
class GradeReturn {

    static final int MAX_TRIES = 8;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(GradeReturn.class);

    private final LtiStore store;
    private final PlatformClient client;
    private final AssessmentRecords records;
    private final CourseLibrary courses;
    private final SystemTask system;
    private final Clock clock;

    GradeReturn(LtiStore store, PlatformClient client, AssessmentRecords records, CourseLibrary courses, SystemTask system,
                Clock clock) {
        this.store = store;
        this.client = client;
        this.records = records;
        this.courses = courses;
        this.system = system;
        this.clock = clock;
    }

    /** After an attempt's grade commits: owe it to each line item it counts for, then try to deliver. */
    @ApplicationModuleListener
    void on(AttemptGraded graded) {
        List<LinkRow> links = store.linksOf(graded.accountId(), graded.courseId());
        if (links.isEmpty()) {
            return;
        }
        List<Long> owed = system.run(() -> owe(graded, links));
        owed.forEach(this::deliver);
    }

    private List<Long> owe(AttemptGraded graded, List<LinkRow> links) {
        List<AttemptLine> attempts = records.attemptsOf(graded.accountId());
        Optional<AttemptLine> attempt = attempts.stream().filter(a -> a.attemptId() == graded.attemptId()).findFirst();
        if (attempt.isEmpty() || attempt.get().scorePercent() == null) {
            return List.of();
        }
        List<CriticalMiss> misses = records.criticalMissesOf(graded.accountId()).stream()
                .filter(m -> m.attemptId() == graded.attemptId()).toList();
        Instant now = clock.instant();
        List<Long> added = new java.util.ArrayList<>();
        for (LinkRow link : links) {
            Optional<PostRow> post = link.moduleId() == null && link.caseId() == null
                    ? courseScore(link, attempts, attempt.get(), misses, now)
                    : attemptScore(link, attempt.get(), misses, now);
            post.flatMap(store::insertPost).ifPresent(added::add);
        }
        return added;
    }

    private static Optional<PostRow> attemptScore(LinkRow link, AttemptLine attempt, List<CriticalMiss> misses, Instant now) {
        boolean matches = link.moduleId() != null ? link.moduleId().equals(attempt.moduleId()) && attempt.caseId() == null
                : link.caseId().equals(attempt.caseId());
        if (!matches) {
            return Optional.empty();
        }
        BigDecimal score = attempt.scorePercent().setScale(1, RoundingMode.HALF_UP);
        String comment = comment(attempt.outcome(), score, misses);
        return Optional.of(new PostRow(0, link.id(), "attempt:" + attempt.attemptId() + ":" + attempt.outcome() + ":" + score.toPlainString(),
                score, BigDecimal.valueOf(100), "Completed", "FullyGraded", comment, now, "PENDING", 0, now, null, null));
    }

    /** A whole course's column: the share of its module quizzes passed, completed when all are. */
    private Optional<PostRow> courseScore(LinkRow link, List<AttemptLine> attempts, AttemptLine latest, List<CriticalMiss> misses,
                                          Instant now) {
        Optional<CourseDefinition> course = courses.currentCourses().stream().filter(c -> c.id().equals(link.courseId())).findFirst();
        if (course.isEmpty()) {
            return Optional.empty();
        }
        List<String> quizzes = course.get().modules().stream().filter(m -> m.quizDefinition().isPresent()).map(m -> m.id()).toList();
        if (quizzes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Boolean> passed = new LinkedHashMap<>();
        quizzes.forEach(q -> passed.put(q, attempts.stream().anyMatch(a -> link.courseId().equals(a.courseId())
                && q.equals(a.moduleId()) && a.caseId() == null && "PASSED".equals(a.outcome()))));
        long done = passed.values().stream().filter(Boolean::booleanValue).count();
        BigDecimal score = BigDecimal.valueOf(done * 100.0 / quizzes.size()).setScale(1, RoundingMode.HALF_UP);
        String comment = done + " of " + quizzes.size() + " module quizzes passed. Latest: "
                + comment(latest.outcome(), latest.scorePercent().setScale(1, RoundingMode.HALF_UP), misses);
        String key = "course:" + passed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.joining(",")) + ":" + latest.attemptId() + ":" + latest.outcome();
        return Optional.of(new PostRow(0, link.id(), key.length() > 200 ? key.substring(0, 200) : key, score, BigDecimal.valueOf(100),
                done == quizzes.size() ? "Completed" : "InProgress", "FullyGraded", comment, now, "PENDING", 0, now, null, null));
    }

    static String comment(String outcome, BigDecimal score, List<CriticalMiss> misses) {
        return switch (outcome) {
            case "PASSED" -> "Passed with " + score.toPlainString() + " %.";
            case "FAILED_CRITICAL" -> "Not passed: a safety-critical mistake fails the attempt whatever the score ("
                    + score.toPlainString() + " %)" + (misses.isEmpty() ? "." : ": " + misses.stream().map(CriticalMiss::miss)
                    .filter(Objects::nonNull).distinct().limit(3).collect(Collectors.joining("; ")) + ".");
            default -> "Not passed: " + score.toPlainString() + " % is below the pass mark.";
        };
    }

    /** Delivers what is due: new rows whose first try failed, and rows whose node died while sending. */
    @Scheduled(fixedDelayString = "${academy.lti.grade-retry-interval:PT1M}", initialDelayString = "${academy.lti.grade-retry-interval:PT1M}")
    @SchedulerLock(name = "lti-grade-return", lockAtMostFor = "PT15M")
    void deliverDue() {
        system.run(() -> store.duePosts(clock.instant(), 200).forEach(p -> deliver(p.id())));
    }

    /** Tries to deliver one row; the database claim makes sure only one node or thread sends it. */
    void deliver(long postId) {
        Instant now = clock.instant();
        if (!store.claimPost(postId, now, now.plus(LEASE))) {
            return;
        }
        PostRow post = store.post(postId).orElseThrow();
        LinkRow link = store.link(post.linkId()).orElseThrow();
        Optional<LtiStore.PlatformRow> platform = store.platform(link.platformId()).filter(p -> p.removedAt() == null);
        int tries = post.tries() + 1;
        if (platform.isEmpty()) {
            store.finishPost(postId, "DROPPED", tries, null, "The platform was removed; the grade has nowhere to go.", null);
            return;
        }
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", link.subject());
        score.put("scoreGiven", post.scoreGiven());
        score.put("scoreMaximum", post.scoreMaximum());
        score.put("comment", post.comment());
        score.put("timestamp", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(post.createdAt().atOffset(java.time.ZoneOffset.UTC)));
        score.put("activityProgress", post.activityProgress());
        score.put("gradingProgress", post.gradingProgress());
        try {
            client.postScore(platform.get(), link.lineItemUrl(), score);
            store.finishPost(postId, "SENT", tries, null, null, clock.instant());
        } catch (PlatformClient.PlatformCallFailed e) {
            boolean again = e.retryable() && tries < MAX_TRIES;
            Instant next = again ? clock.instant().plus(pause(tries)) : null;
            store.finishPost(postId, again ? "PENDING" : "FAILED", tries, next, e.getMessage(), null);
            log.warn("Grade for line item {} not delivered to platform '{}' (try {}{}): {}", link.lineItemUrl(), platform.get().name(),
                    tries, again ? ", will try again at " + next : ", given up", e.getMessage());
        }
    }

    /** 1, 2, 4 … minutes, at most six hours. */
    static Duration pause(int tries) {
        return Duration.ofMinutes(Math.min(360, 1L << Math.min(tries - 1, 10)));
    }
}
