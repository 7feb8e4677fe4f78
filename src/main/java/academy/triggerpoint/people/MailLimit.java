package academy.triggerpoint.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How many mails anyone can make the platform send without signing in (password resets, repeated
 * verification links, "someone tried to register with your address"): a few per address and a few
 * more per client address each hour. Beyond that nothing is sent and the page answers as before,
 * so the limit reveals no account either. In memory and per node, like the sign-in throttle.
 */
@Component
class MailLimit {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    MailLimit(Clock clock) {
        this.clock = clock;
    }

    /** Whether one more mail to {@code address}, asked for from {@code client} (may be null), may go; counts it if so. */
    synchronized boolean allow(String address, String client) {
        Instant now = clock.instant();
        if (sent.size() > MAX_TRACKED) {
            sent.values().forEach(times -> prune(times, now));
            sent.values().removeIf(Deque::isEmpty);
        }
        Deque<Instant> toAddress = recent("to:" + address, now);
        Deque<Instant> fromClient = client == null ? null : recent("from:" + client, now);
        if (toAddress.size() >= PER_ADDRESS || fromClient != null && fromClient.size() >= PER_CLIENT) {
            return false;
        }
        toAddress.addLast(now);
        if (fromClient != null) {
            fromClient.addLast(now);
        }
        return true;
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = sent.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        return times;
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
    }
}
