package academy.triggerpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** Signing in through the manager the login form uses: throttled, and account state only after the right password. */
@IntegrationTest
class SignInIT {

    private static final String PASSWORD = "a long and correct passphrase";

    @Autowired AuthenticationManager signIn;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("securityFilterChain") SecurityFilterChain chain;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    private LoginAccount account(String name, boolean enabled) {
        LoginAccount login = TestAccounts.create(accounts, name);
        var row = accounts.findById(login.id()).orElseThrow();
        row.setPasswordHash(encoder.encode(PASSWORD));
        row.setEnabled(enabled);
        accounts.save(row);
        return login;
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    @Test
    void the_login_form_signs_in_through_this_manager_and_no_other() throws Exception {
        var filter = chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast).findFirst().orElseThrow();
        var getter = org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter.class
                .getDeclaredMethod("getAuthenticationManager");
        getter.setAccessible(true);
        assertThat(getter.invoke(filter)).isSameAs(signIn);
    }

    @Test
    void a_wrong_password_never_reveals_that_an_account_is_disabled() {
        LoginAccount disabled = account("Disabled Person", false);

        assertThatThrownBy(() -> signIn.authenticate(attempt(disabled.email(), "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(disabled.email(), PASSWORD)))
                .as("the right password learns the state").isInstanceOf(DisabledException.class)
                .hasMessageContaining("disabled");
    }

    @Test
    void while_the_throttle_says_wait_even_the_right_password_is_refused() {
        LoginAccount target = account("Guessed Person", true);
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES + 1; i++) {
            try {
                signIn.authenticate(attempt(target.email(), "guess " + i));
            } catch (BadCredentialsException | LockedException expected) {
                // every guess is refused
            }
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(target.email(), PASSWORD))).isInstanceOf(LockedException.class);
    }
}
