package academy.triggerpoint.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counted events that rate limits read (a failed sign-in, a public verification, a mail asked for
 * without signing in), kept in the database so that a limit holds across every node behind the
 * load balancer. Counting and forgetting commit on their own (also inside a read-only
 * transaction): a failure counted stays counted whatever the request does next. Who or where an event concerns is stored as a SHA-256, never in clear.
 */
@Component
public class RateEvents {

    /** Nothing reads further back than this; older rows are deleted. */
    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SystemTask system;

    RateEvents(JdbcTemplate jdbc, Clock clock, SystemTask system) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.system = system;
    }

    /** Counts one event of {@code kind} for {@code subject} now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String kind, String subject) {
        jdbc.update("insert into rate_event (kind, subject, happened_at) values (?, ?, ?)", kind, hash(subject),
                Timestamp.from(clock.instant()));
    }

    /** When the events of {@code kind} for {@code subject} within the last {@code window} happened, oldest first. */
    public List<Instant> within(String kind, String subject, Duration window) {
        return jdbc.query("select happened_at from rate_event where kind = ? and subject = ? and happened_at > ? "
                        + "order by happened_at",
                (rs, row) -> rs.getTimestamp(1).toInstant(), kind, hash(subject),
                Timestamp.from(clock.instant().minus(window)));
    }

    /** Forgets every event of {@code kind} for {@code subject} (a successful sign-in clears its failures). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(String kind, String subject) {
        jdbc.update("delete from rate_event where kind = ? and subject = ?", kind, hash(subject));
    }

    @Scheduled(fixedDelayString = "${academy.rate-events.prune-interval:PT1H}")
    @SchedulerLock(name = "rate-events-prune")
    public void prune() {
        system.run(() -> jdbc.update("delete from rate_event where happened_at < ?",
                Timestamp.from(clock.instant().minus(KEPT))));
    }

    private static String hash(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((subject == null ? "" : subject).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
