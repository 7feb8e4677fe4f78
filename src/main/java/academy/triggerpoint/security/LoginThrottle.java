package academy.triggerpoint.security;

import academy.triggerpoint.shared.RateEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. Per account: from the 5th failure within 15 minutes, sign-in is
 * refused for 1, 2, 4 ... minutes, never more than 15, so an attacker can delay a real user but
 * never lock them out for good. Per address: 30 failures within 15 minutes block that address for
 * 15 minutes. Unknown accounts are throttled exactly like real ones, so the answers reveal nothing.
 *
 * <p>Failures are counted in the database ({@link RateEvents}), so the limits hold across every
 * node: a guesser gains nothing by being sent to another node.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_FREE_FAILURES = 4;
    static final int ADDRESS_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    private static final String ACCOUNT = "sign-in-account";
    private static final String ADDRESS = "sign-in-address";

    private final RateEvents events;
    private final Clock clock;

    LoginThrottle(RateEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** How long the caller must still wait before the next attempt for this account from this address. */
    Duration waitBeforeAttempt(String email, String address) {
        Instant now = clock.instant();
        Duration account = accountBlock(events.within(ACCOUNT, accountKey(email), WINDOW), now);
        List<Instant> byAddress = events.within(ADDRESS, String.valueOf(address), WINDOW);
        Duration addressBlock = byAddress.size() >= ADDRESS_LIMIT
                ? positive(Duration.between(now, byAddress.getLast().plus(MAX_BLOCK)))
                : Duration.ZERO;
        return account.compareTo(addressBlock) >= 0 ? account : addressBlock;
    }

    void recordFailure(String email, String address) {
        events.record(ACCOUNT, accountKey(email));
        events.record(ADDRESS, String.valueOf(address));
    }

    void recordSuccess(String email) {
        events.forget(ACCOUNT, accountKey(email));
    }

    private static Duration accountBlock(List<Instant> times, Instant now) {
        int extra = times.size() - ACCOUNT_FREE_FAILURES;
        if (extra <= 0) {
            return Duration.ZERO;
        }
        Duration block = Duration.ofMinutes(1L << Math.min(extra - 1, 4));
        if (block.compareTo(MAX_BLOCK) > 0) {
            block = MAX_BLOCK;
        }
        return positive(Duration.between(now, times.getLast().plus(block)));
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
