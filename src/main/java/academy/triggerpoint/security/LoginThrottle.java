package academy.triggerpoint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per account: from the 5th failure within 15 minutes, sign-in is
 * refused for 1, 2, 4 ... minutes, never more than 15, so an attacker can delay a real user but
 * never lock them out for good. Per address: 30 failures within 15 minutes block that address for
 * 15 minutes. Unknown accounts are throttled exactly like real ones, so the answers reveal nothing.
 *
 * <p>The counters are per node and in memory; behind a load balancer each node throttles on its own,
 * which multiplies the allowed rate by the number of nodes but keeps the lock-out bounded.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 4;
    static final int ADDRESS_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before the next attempt for this account from this address. */
    Duration waitBeforeAttempt(String email, String address) {
        Instant now = clock.instant();
        Duration account = accountBlock(recent(accountKey(email), now), now);
        Deque<Instant> byAddress = recent(addressKey(address), now);
        Duration addressBlock = byAddress.size() >= ADDRESS_LIMIT
                ? positive(Duration.between(now, byAddress.peekLast().plus(MAX_BLOCK)))
                : Duration.ZERO;
        return account.compareTo(addressBlock) >= 0 ? account : addressBlock;
    }

    void recordFailure(String email, String address) {
        if (failures.size() > MAX_KEYS) {
            prune();
        }
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private Duration accountBlock(Deque<Instant> times, Instant now) {
        int extra = times.size() - ACCOUNT_FREE_FAILURES;
        if (extra <= 0) {
            return Duration.ZERO;
        }
        Duration block = Duration.ofMinutes(1L << Math.min(extra - 1, 4));
        if (block.compareTo(MAX_BLOCK) > 0) {
            block = MAX_BLOCK;
        }
        return positive(Duration.between(now, times.peekLast().plus(block)));
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return new ArrayDeque<>();
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            return new ArrayDeque<>(times);
        }
    }

    private void prune() {
        Instant now = clock.instant();
        failures.keySet().removeIf(key -> recent(key, now).isEmpty());
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
