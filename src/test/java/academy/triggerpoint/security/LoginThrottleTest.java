package academy.triggerpoint.security;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(academy.triggerpoint.shared.TestRateEvents.create(clock), clock);

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }

    @Test
    void four_wrong_passwords_do_not_slow_anyone_down() {
        fail("anna@clinic.org", "10.0.0.1", 4);

        assertThat(throttle.waitBeforeAttempt("anna@clinic.org", "10.0.0.1")).isZero();
    }

    @Test
    void from_the_fifth_failure_the_account_waits_longer_each_time_up_to_fifteen_minutes() {
        fail("anna@clinic.org", "10.0.0.1", 5);
        assertThat(throttle.waitBeforeAttempt("anna@clinic.org", "10.0.0.2")).isEqualTo(Duration.ofMinutes(1));

        fail("anna@clinic.org", "10.0.0.1", 1);
        assertThat(throttle.waitBeforeAttempt("Anna@Clinic.org", "10.0.0.2")).isEqualTo(Duration.ofMinutes(2));

        fail("anna@clinic.org", "10.0.0.1", 10);
        assertThat(throttle.waitBeforeAttempt("anna@clinic.org", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void an_attacker_cannot_lock_a_real_user_out_for_longer_than_the_window() {
        fail("anna@clinic.org", "10.0.0.66", 29);

        clock.advance(Duration.ofMinutes(16));

        assertThat(throttle.waitBeforeAttempt("anna@clinic.org", "10.0.0.1")).isZero();
    }

    @Test
    void a_successful_sign_in_clears_the_account_counter() {
        fail("anna@clinic.org", "10.0.0.1", 4);
        throttle.recordSuccess("anna@clinic.org");
        fail("anna@clinic.org", "10.0.0.1", 1);

        assertThat(throttle.waitBeforeAttempt("anna@clinic.org", "10.0.0.1")).isZero();
    }

    @Test
    void thirty_failures_from_one_address_across_accounts_block_that_address_only() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("user" + i + "@clinic.org", "10.0.0.66");
        }

        assertThat(throttle.waitBeforeAttempt("new@clinic.org", "10.0.0.66")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeAttempt("new@clinic.org", "10.0.0.1")).isZero();
    }

    @Test
    void unknown_accounts_are_throttled_exactly_like_real_ones() {
        fail("nobody@nowhere.org", "10.0.0.1", 5);

        assertThat(throttle.waitBeforeAttempt("nobody@nowhere.org", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
    }
}
