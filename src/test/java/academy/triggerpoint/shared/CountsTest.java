package academy.triggerpoint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource({
            "0, module, 0 modules",
            "1, module, 1 module",
            "2, module, 2 modules",
            "1, problem, 1 problem",
            "31, question, 31 questions"})
    void a_count_takes_the_singular_only_when_it_is_one(long count, String noun, String expected) {
        assertThat(Counts.of(count, noun)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"1, 1 person", "2, 2 people", "0, 0 people"})
    void an_irregular_plural_is_used_for_every_count_but_one(long count, String expected) {
        assertThat(Counts.of(count, "person", "people")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource({"1, 1 CE contact hour", "1.00, 1 CE contact hour", "0.5, 0.5 CE contact hours",
            "2.50, 2.5 CE contact hours", "12, 12 CE contact hours"})
    void a_decimal_amount_is_singular_only_when_it_is_exactly_one(String amount, String expected) {
        assertThat(Counts.of(new BigDecimal(amount), "CE contact hour")).isEqualTo(expected);
    }
}
