package academy.triggerpoint.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits public verifications per client address to {@value #LIMIT} a minute, so nobody can walk
 * the code space; a real verifier checks a handful. Counters are per node and in memory.
 */
@Component
class VerificationThrottle {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    VerificationThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one verification from {@code address}; false when the address is over its limit. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
        }
        Window window = windows.compute(address == null ? "unknown" : address, (key, w) ->
                w == null || !now.isBefore(w.start().plus(WINDOW)) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= LIMIT;
    }
}
