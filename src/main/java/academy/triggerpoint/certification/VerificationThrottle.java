package academy.triggerpoint.certification;

import academy.triggerpoint.shared.RateEvents;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits public verifications per client address to {@value #LIMIT} a minute, so nobody can walk
 * the code space; a real verifier checks a handful. Counted in the database, so the limit holds
 * across every node.
 */
@Component
class VerificationThrottle {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String KIND = "verification";

    private final RateEvents events;

    VerificationThrottle(RateEvents events) {
        this.events = events;
    }

    /**
     * Counts one verification from {@code address}; false when the address is over its limit. The
     * event is counted before the limit is read, so two nodes answering at once can only be stricter.
     */
    boolean tryAcquire(String address) {
        String subject = address == null ? "unknown" : address;
        events.record(KIND, subject);
        return events.within(KIND, subject, WINDOW).size() <= LIMIT;
    }
}
