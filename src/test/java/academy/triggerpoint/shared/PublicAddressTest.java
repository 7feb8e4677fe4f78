package academy.triggerpoint.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicAddressTest {

    private static MockEnvironment profile(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "http://localhost:8080", "http://127.0.0.1", "https://localhost/"})
    void production_refuses_to_start_without_a_public_address_and_names_the_variable(String configured) {
        assertThatThrownBy(() -> new PublicAddress(configured, profile("prod")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ACADEMY_BASE_URL");
    }

    @Test
    void links_are_built_on_the_configured_address_without_a_doubled_slash() {
        PublicAddress address = new PublicAddress("https://academy.example.org/", profile("prod"));

        assertThat(address.of("/verify/ABCD")).isEqualTo("https://academy.example.org/verify/ABCD");
        assertThat(address.of("login")).isEqualTo("https://academy.example.org/login");
    }

    @Test
    void development_and_demo_runs_fall_back_to_this_machine() {
        assertThat(new PublicAddress("", profile("demo")).of("/login")).isEqualTo("http://localhost:8080/login");
    }
}
