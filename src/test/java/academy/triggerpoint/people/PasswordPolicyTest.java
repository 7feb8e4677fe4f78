package academy.triggerpoint.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "short       | Use at least 8 characters.",
            "password1   | This password is one of the most commonly used ones. Choose another.",
            "PASSWORD123 | This password is one of the most commonly used ones. Choose another.",
            "qwertyuiop  | This password is one of the most commonly used ones. Choose another.",
            "anna@clinic.org | Do not use your email address as your password."})
    void weak_passwords_are_refused_with_a_reason(String password, String reason) {
        assertThat(policy.problemWith(password, "Anna@Clinic.org")).contains(reason);
    }

    /** The passwords a security review found accepted (issue 26, finding 7), and their kind. */
    @ParameterizedTest
    @ValueSource(strings = {"password2026", "welcome2026", "Winter2026", "dryneedling1", "trigger-point-academy",
            "aaaaaaaa", "abcdefghijkl", "qwertyuiop123", "Tr1gg3rP01nt!", "1234567890", "Needles2026!"})
    void breached_sequential_repeated_and_site_words_passwords_are_refused(String password) {
        assertThat(policy.problemWith(password, "anna@clinic.org")).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"aroha.ngata@clinic.org | Aroha Ngata | arohangata!!", "aroha.ngata@clinic.org | Aroha Ngata | Ngata-Aroha-2026"})
    void a_password_built_from_the_persons_own_name_or_address_is_refused(String email, String name, String password) {
        assertThat(policy.problemWith(password, email, name)).contains(
                "Do not build your password from the name of this site, your name or your email address.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "пароль-для-входа", "needling-is-precise", "Zoë's 8 chars"})
    void long_passwords_in_any_script_and_without_composition_rules_are_accepted(String password) {
        assertThat(policy.problemWith(password, "anna@clinic.org")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void passwords_up_to_128_characters_are_accepted(int length, boolean accepted) {
        String words = "violet harbour lantern quietly folds seven paper cranes beside the northern window while rain taps "
                + "softly on old copper gutters and a kettle hums in the kitchen";
        assertThat(words.length()).isGreaterThanOrEqualTo(129);
        assertThat(policy.problemWith(words.substring(0, length), null).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"日本語のパス", "ñandú12"})
    void length_counts_characters_not_bytes(String tooShort) {
        assertThat(policy.problemWith(tooShort, null)).contains("Use at least 8 characters.");
    }
}
