package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.shared.SystemTask;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits timed attempts whose time (plus the grace period) has run out, with whatever answers
 * were saved. The timer on screen is only a display; this is the rule.
 */
@Component
class OverdueAttempts {

    static final Duration GRACE = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(OverdueAttempts.class);

    private final AttemptRepository attempts;
    private final AttemptGrading grading;
    private final Clock clock;
    private final SystemTask system;

    OverdueAttempts(AttemptRepository attempts, AttemptGrading grading, Clock clock, SystemTask system) {
        this.attempts = attempts;
        this.grading = grading;
        this.clock = clock;
        this.system = system;
    }

    @Scheduled(fixedDelayString = "${academy.attempts.overdue-check:PT30S}")
    @SchedulerLock(name = "overdue-attempts", lockAtMostFor = "PT10M")
    void scheduled() {
        system.run(this::submitOverdue);
    }

    /** Submits and grades every overdue attempt; how many. Runs as the system (it grades other people's attempts). */
    private int submitOverdue() {
        int submitted = 0;
        for (Long id : attempts.findOverdue(clock.instant().minus(GRACE))) {
            if (grading.submitAndGrade(id, AttemptGrading.BY_TIMER)) {
                submitted++;
            }
        }
        if (submitted > 0) {
            log.info("Submitted {} attempt(s) whose time ran out", submitted);
        }
        return submitted;
    }
}
