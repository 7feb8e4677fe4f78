package academy.triggerpoint.people;

import academy.triggerpoint.shared.RateEvents;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How many mails anyone can make the platform send without signing in (password resets, repeated
 * verification links, "someone tried to register with your address"): a few per address and a few
 * more per client address each hour. Beyond that nothing is sent and the page answers as before,
 * so the limit reveals no account either. Counted in the database, like the sign-in throttle, so
 * the limit holds across every node.
 */
@Component
class MailLimit {

    static final int PER_ADDRESS = 3;
    static final int PER_CLIENT = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final String TO = "mail-to";
    private static final String FROM = "mail-asked-from";

    private final RateEvents events;

    MailLimit(RateEvents events) {
        this.events = events;
    }

    /** Whether one more mail to {@code address}, asked for from {@code client} (may be null), may go; counts it if so. */
    boolean allow(String address, String client) {
        if (events.within(TO, address, WINDOW).size() >= PER_ADDRESS
                || client != null && events.within(FROM, client, WINDOW).size() >= PER_CLIENT) {
            return false;
        }
        events.record(TO, address);
        if (client != null) {
            events.record(FROM, client);
        }
        return true;
    }
}
