package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.catalog.AssessmentProgress;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the catalog how a learner stands on each quiz (best score, passed or not), so passing a
 * quiz unlocks the next module. Called only by the catalog for an enrolment it has already checked.
 */
@Component
class QuizStandings implements AssessmentProgress {

    private final AttemptRepository attempts;

    QuizStandings(AttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, QuizStanding> quizStandings(long accountId, String courseId) {
        Map<String, QuizStanding> standings = new HashMap<>();
        for (Attempt attempt : attempts.findByAccountIdAndCourseIdAndState(accountId, courseId, Attempt.State.GRADED)) {
            // A safety-critical failure earns nothing towards the course grade, whatever its score.
            double percent = attempt.getScorePercent() == null || "FAILED_CRITICAL".equals(attempt.getOutcome()) ? 0
                    : attempt.getScorePercent().doubleValue();
            boolean passed = "PASSED".equals(attempt.getOutcome());
            standings.merge(attempt.getModuleId(), new QuizStanding(percent, passed),
                    (a, b) -> new QuizStanding(Math.max(a.bestPercent(), b.bestPercent()), a.passed() || b.passed()));
        }
        return standings;
    }
}
