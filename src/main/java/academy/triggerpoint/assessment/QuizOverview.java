package academy.triggerpoint.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A quiz's start page: its rules, the caller's attempts so far, and whether (and why not) they can
 * start one now. {@code timeLimit} is the caller's, extended time included. {@code openAttemptId} is the attempt to resume, if one is in progress.
 */
public record QuizOverview(String courseId, String courseTitle, String moduleId, String moduleTitle, String title,
                           int items, int passMark, int attemptsAllowed, int attemptsUsed, TimeLimit timeLimit,
                           String review, Long openAttemptId, String cannotStartReason, List<AttemptSummary> history) {

    public record AttemptSummary(long attemptId, Instant startedAt, String state, Double percent, String outcome) {
    }
}
