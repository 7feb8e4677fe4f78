package academy.triggerpoint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import academy.triggerpoint.MutableClock;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.ui.KeptSession;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The per-request session checks and the sign-in origin check, on plain servlet requests. */
class SessionFiltersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final AccountDirectory directory = mock(AccountDirectory.class);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private MockHttpServletResponse request(ActiveAccountFilter filter) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/certificates");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_busy_it_is() throws Exception {
        SignIn.as(new LoginAccount(7, "a@b.example", "A", null, true, true, EnumSet.of(Role.LEARNER), 3));
        when(directory.sessionEnd(7, 3)).thenReturn(Optional.empty());
        ActiveAccountFilter filter = new ActiveAccountFilter(directory, clock);

        assertThat(request(filter).getRedirectedUrl()).isNull();
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(request(filter).getRedirectedUrl()).isNull();
        clock.advance(Duration.ofMinutes(2));
        assertThat(request(filter).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_from_before_a_password_change_ends_and_the_one_that_made_it_stays() throws Exception {
        SignIn.as(new LoginAccount(8, "c@d.example", "C", null, true, true, EnumSet.of(Role.LEARNER), 0));
        when(directory.sessionEnd(anyLong(), anyLong())).thenReturn(Optional.of(AccountDirectory.SessionEnd.CHANGED));
        when(directory.sessionEnd(8, 1)).thenReturn(Optional.empty());
        ActiveAccountFilter filter = new ActiveAccountFilter(directory, clock);

        session.setAttribute(KeptSession.EPOCH_ATTRIBUTE, 1L);
        assertThat(request(filter).getRedirectedUrl()).as("renewed where the password was changed").isNull();
        session.removeAttribute(KeptSession.EPOCH_ATTRIBUTE);
        assertThat(request(filter).getRedirectedUrl()).isEqualTo("/login?changed");
    }

    private static MockHttpServletResponse postLogin(String origin, String fetchSite) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new LoginOriginFilter("https://academy.example.org").doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_one_from_this_site_goes_through() throws Exception {
        assertThat(postLogin("https://evil.example", null).getStatus()).isEqualTo(403);
        assertThat(postLogin("null", null).getStatus()).isEqualTo(403);
        assertThat(postLogin(null, "cross-site").getStatus()).isEqualTo(403);
        assertThat(postLogin(null, "same-site").getStatus()).isEqualTo(403);

        assertThat(postLogin("http://localhost:8080", "same-origin").getStatus()).isEqualTo(200);
        assertThat(postLogin("https://academy.example.org", null).getStatus()).as("behind the proxy").isEqualTo(200);
        assertThat(postLogin(null, null).getStatus()).as("an older browser that sends neither").isEqualTo(200);
    }
}
