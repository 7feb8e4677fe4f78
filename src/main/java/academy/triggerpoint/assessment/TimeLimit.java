package academy.triggerpoint.assessment;

import java.time.Duration;
import java.time.Instant;

/**
 * The time an attempt is given: the quiz's or case's limit in minutes (null when it has none), the
 * extra time a learner's accommodation adds (percent; 0 for none), or no limit at all when the
 * accommodation waives it (WCAG 2.2.1 Timing Adjustable). Recorded on each attempt.
 */
public record TimeLimit(Integer baseMinutes, int extraPercent, boolean waived) {

    public static TimeLimit of(Integer baseMinutes) {
        return new TimeLimit(baseMinutes, 0, false);
    }

    /** Whether the attempt runs against a clock. */
    public boolean limited() {
        return baseMinutes != null && !waived;
    }

    /** The time allowed, extra time included; null when unlimited. */
    public Duration allowed() {
        if (!limited()) {
            return null;
        }
        return Duration.ofSeconds(Math.round(baseMinutes * 60 * (100 + extraPercent) / 100.0));
    }

    /** When the attempt must be submitted, if it started at {@code start}; null when unlimited. */
    public Instant deadline(Instant start) {
        return limited() ? start.plus(allowed()) : null;
    }

    /** Whether an accommodation changed the course's limit. */
    public boolean accommodated() {
        return baseMinutes != null && (waived || extraPercent > 0);
    }
}
