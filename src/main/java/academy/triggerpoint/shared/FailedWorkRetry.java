package academy.triggerpoint.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the after-commit work whose listener failed (a database hiccup, a mail server down),
 * a few times with a pause, as the system. Work that fails {@value #ATTEMPTS} times stays in the
 * event publication registry for an operator, with the ERROR its listener logged; it is never
 * retried forever.
 */
@Component
class FailedWorkRetry {

    static final int ATTEMPTS = 5;
    static final Duration PAUSE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(FailedWorkRetry.class);

    private final IncompleteEventPublications incomplete;
    private final SystemTask system;
    private final Clock clock;

    FailedWorkRetry(IncompleteEventPublications incomplete, SystemTask system, Clock clock) {
        this.incomplete = incomplete;
        this.system = system;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${academy.events.retry-interval:PT5M}", initialDelayString = "${academy.events.retry-interval:PT5M}")
    @SchedulerLock(name = "failed-work-retry", lockAtMostFor = "PT30M")
    void scheduled() {
        system.run(this::retryFailed);
    }

    void retryFailed() {
        Instant before = clock.instant().minus(PAUSE);
        incomplete.resubmitIncompletePublications(publication -> due(publication, before));
    }

    private static boolean due(EventPublication publication, Instant before) {
        if (publication.getStatus() != EventPublication.Status.FAILED || publication.getCompletionAttempts() >= ATTEMPTS) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() == null ? publication.getPublicationDate()
                : publication.getLastResubmissionDate();
        boolean due = last.isBefore(before);
        if (due) {
            log.info("Retrying {} (attempt {})", publication.getEvent().getClass().getSimpleName(),
                    publication.getCompletionAttempts() + 1);
        }
        return due;
    }
}
