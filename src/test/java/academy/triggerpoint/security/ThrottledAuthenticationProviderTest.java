package academy.triggerpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class ThrottledAuthenticationProviderTest {

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            passwordChecks.incrementAndGet();
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, new LoginThrottle(academy.triggerpoint.shared.TestRateEvents.create(clock), clock));

    private Authentication attempt(String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("anna@clinic.org", password));
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_must_wait_and_is_not_checked() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        int checksBefore = passwordChecks.get();

        assertThatThrownBy(() -> attempt("right")).isInstanceOf(LockedException.class)
                .hasMessage("Too many sign-in attempts. Wait a minute and try again.");
        assertThat(passwordChecks.get()).isEqualTo(checksBefore);

        clock.advance(Duration.ofSeconds(61));
        assertThat(attempt("right").isAuthenticated()).isTrue();
    }
}
