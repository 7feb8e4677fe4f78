package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.catalog.AssessmentProgress;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the catalog how a learner stands on each quiz and case (best score, passed or not), so
 * passing a quiz unlocks the next module and results count towards completion. Called only by the
 * catalog for an enrolment it has already checked.
 */
@Component
class AssessmentStandings implements AssessmentProgress {

    private final AttemptRepository attempts;

    AssessmentStandings(AttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public Standings standings(long accountId, String courseId) {
        Map<String, Standing> quizzes = new HashMap<>();
        Map<String, Standing> cases = new HashMap<>();
        for (Attempt attempt : attempts.findByAccountIdAndCourseIdAndState(accountId, courseId, Attempt.State.GRADED)) {
            // A safety-critical failure earns nothing towards the course grade, whatever its score.
            double percent = attempt.getScorePercent() == null || "FAILED_CRITICAL".equals(attempt.getOutcome()) ? 0
                    : attempt.getScorePercent().doubleValue();
            boolean passed = "PASSED".equals(attempt.getOutcome());
            Standing standing = new Standing(percent, passed, "FAILED_CRITICAL".equals(attempt.getOutcome()));
            // A pass resolves a critical failure: passing ends a quiz or case, so it is always the later attempt.
            (attempt.isCase() ? cases : quizzes).merge(attempt.isCase() ? attempt.getCaseId() : attempt.getModuleId(), standing,
                    (a, b) -> new Standing(Math.max(a.bestPercent(), b.bestPercent()), a.passed() || b.passed(),
                            (a.unresolvedCritical() || b.unresolvedCritical()) && !(a.passed() || b.passed())));
        }
        return new Standings(quizzes, cases);
    }
}
