package academy.triggerpoint;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the work that follows a commit (certificates, standings, assignments, mail) to finish:
 * it runs after commit in its own thread, as in production, so a test that wants its outcome waits
 * until the event publication registry holds nothing that is still running or waiting.
 */
@TestComponent
public class BackgroundWork {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final JdbcTemplate jdbc;

    BackgroundWork(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns once no after-commit work is outstanding; fails if some is still outstanding after 20 s. */
    public void awaitDone() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> outstanding = outstanding();
        while (!outstanding.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("After-commit work still outstanding after " + PATIENCE.toSeconds() + " s: " + outstanding);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            outstanding = outstanding();
        }
    }

    /** Listener and status of every publication that is neither done nor given up (FAILED). */
    public List<String> outstanding() {
        return jdbc.queryForList("select listener_id || ' ' || coalesce(status, '?') from event_publication"
                + " where completion_date is null and (status is null or status <> 'FAILED')", String.class);
    }

    /** Listener of every publication whose listener failed. */
    public List<String> failed() {
        return jdbc.queryForList("select listener_id from event_publication where status = 'FAILED'", String.class);
    }
}
