package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.assessment.domain.AttemptResponse;
import academy.triggerpoint.assessment.domain.AttemptResponseRepository;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules quizzes and cases share: a learner reaches only their own attempts, answers change
 * only while an attempt is open and in time, and a new attempt waits for attempt limits and
 * cooldowns. Not a public API: its callers are the guarded services of this module.
 */
@Component
class OwnAttempts {

    private final AttemptRepository attempts;
    private final AttemptResponseRepository responses;
    private final CurrentAccount current;
    private final Clock clock;

    OwnAttempts(AttemptRepository attempts, AttemptResponseRepository responses, CurrentAccount current, Clock clock) {
        this.attempts = attempts;
        this.responses = responses;
        this.current = current;
        this.clock = clock;
    }

    /** The caller's own attempt; another learner's id finds nothing, exactly as a wrong id does. */
    Attempt mine(long attemptId) {
        return attempts.findById(attemptId).filter(a -> a.getAccountId() == current.id())
                .orElseThrow(() -> new NotFoundException("There is no such attempt."));
    }

    /** The caller's attempt, row-locked, refused when it is submitted or out of time. */
    Attempt lockedOpen(long attemptId) {
        Attempt attempt = attempts.lockById(attemptId).filter(a -> a.getAccountId() == current.id())
                .orElseThrow(() -> new NotFoundException("There is no such attempt."));
        if (attempt.getState() != Attempt.State.IN_PROGRESS) {
            throw new InvalidInputException(null, "This attempt has been submitted; answers can no longer change.");
        }
        if (overdue(attempt)) {
            throw new InvalidInputException(null, "Time is up for this attempt; answers can no longer change.");
        }
        return attempt;
    }

    boolean overdue(Attempt attempt) {
        return attempt.getDeadlineAt() != null && clock.instant().isAfter(attempt.getDeadlineAt().plus(OverdueAttempts.GRACE));
    }

    AttemptResponse responseRow(long attemptId, String itemId) {
        return responses.findById(new AttemptResponse.Key(attemptId, itemId))
                .orElseGet(() -> new AttemptResponse(attemptId, itemId));
    }

    /**
     * Why the caller may not start another attempt: the module is locked, they have passed, the
     * attempts are used up or the cooldown still runs. Empty when they may.
     */
    Optional<String> cannotStartReason(Optional<String> lockedReason, String what, int allowed, int cooldownMinutes,
                                       List<Attempt> mine) {
        if (lockedReason.isPresent()) {
            return lockedReason;
        }
        if (mine.stream().anyMatch(a -> "PASSED".equals(a.getOutcome()))) {
            return Optional.of("You have passed this " + what + ".");
        }
        if (allowed > 0 && mine.size() >= allowed) {
            return Optional.of("You have used all " + allowed + " attempts. Ask your course administrator for help.");
        }
        Optional<Instant> last = mine.stream().map(Attempt::getSubmittedAt).filter(t -> t != null).max(Instant::compareTo);
        if (cooldownMinutes > 0 && last.isPresent()) {
            Instant ready = last.get().plus(Duration.ofMinutes(cooldownMinutes));
            if (clock.instant().isBefore(ready)) {
                long minutes = Math.max(1, (Duration.between(clock.instant(), ready).toSeconds() + 59) / 60);
                return Optional.of("You can try again in " + minutes + " minute" + (minutes == 1 ? "" : "s")
                        + ". Use the time to re-read the lessons your review points to.");
            }
        }
        return Optional.empty();
    }
}
