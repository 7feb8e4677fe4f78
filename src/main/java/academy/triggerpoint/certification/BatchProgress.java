package academy.triggerpoint.certification;

import java.time.Instant;

/**
 * How far a batch regeneration has come: certificates done and failed out of the total, and when it
 * started and finished (null while running). {@code scope} names the course, or says all courses.
 */
public record BatchProgress(String scope, int total, int done, int failed, Instant startedAt, Instant finishedAt) {

    public boolean running() {
        return finishedAt == null;
    }

    public double fraction() {
        return total == 0 ? 1 : (done + failed) / (double) total;
    }
}
