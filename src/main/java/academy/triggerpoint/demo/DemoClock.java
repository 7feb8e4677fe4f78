package academy.triggerpoint.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's clock: real time (UTC), shifted into the past only while {@link DemoHistory}
 * creates someone's past at start-up. The shift is global, so the work that follows a commit in
 * other threads (certificates, standings) dates itself in the same past; it is back to zero before
 * the application is ready.
 */
@Component
@Primary
@Profile("demo")
class DemoClock extends Clock {

    private final Clock real = Clock.systemUTC();
    private volatile Duration shift = Duration.ZERO;

    /** From now on, the clock reads {@code instant} plus the real time that passes. */
    void travelTo(Instant instant) {
        shift = Duration.between(real.instant(), instant);
    }

    void backToNow() {
        shift = Duration.ZERO;
    }

    boolean travelling() {
        return !shift.isZero();
    }

    @Override
    public Instant instant() {
        return real.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(zone);
    }

    /** The same shifted time, seen in another zone. */
    private final class Zoned extends Clock {
        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return DemoClock.this.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return DemoClock.this.withZone(other);
        }
    }
}
