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

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "пароль-для-входа", "needling-is-precise", "Zoë's 8 chars"})
    void long_passwords_in_any_script_and_without_composition_rules_are_accepted(String password) {
        assertThat(policy.problemWith(password, "anna@clinic.org")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void passwords_up_to_128_characters_are_accepted(int length, boolean accepted) {
        assertThat(policy.problemWith("ab".repeat(length).substring(0, length), null).isEmpty()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"日本語のパス", "ñandú12"})
    void length_counts_characters_not_bytes(String tooShort) {
        assertThat(policy.problemWith(tooShort, null)).contains("Use at least 8 characters.");
    }
}
