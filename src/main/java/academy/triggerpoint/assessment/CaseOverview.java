package academy.triggerpoint.assessment;

import java.util.List;

/**
 * A case's start page: what it is about, its rules, the caller's attempts so far, and whether (and
 * why not) they can start one now. {@code openAttemptId} is the attempt to resume, if any;
 * {@code panelNote} says how the case's script-concordance items are keyed (null when it has none).
 */
public record CaseOverview(String courseId, String courseTitle, String caseId, String title, String summary,
                           String moduleTitle, int passMark, int attemptsAllowed, int attemptsUsed,
                           TimeLimit timeLimit, Long openAttemptId, String cannotStartReason,
                           List<QuizOverview.AttemptSummary> history, String panelNote) {
}
