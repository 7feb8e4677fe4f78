package academy.triggerpoint.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericAnswerTest {

    /** An item keyed 36 with a tolerance of 0.5: answers may have up to 3 decimal places. */
    private static final ItemDefinition.Numeric HOURS = new ItemDefinition.Numeric(new ItemDefinition.Common("hours", "m",
            "l", List.of(), null, "easy", false, 1, "How many hours?", "r", "bank.yaml", 1), new BigDecimal("36"),
            new BigDecimal("0.5"), "hours");

    @ParameterizedTest
    @ValueSource(strings = {"1E-999999999", "1e999", "1E+999999999", "999999999999999999999999999999999", "1.5e-9999", "1e-300",
            "0.00000000001", "12345678901", "1,234.5", "1 000", "36..5", "--3", "0x10", "NaN", "Infinity", "36 h", ""})
    void text_that_is_not_a_bounded_number_is_refused_before_anything_large_is_made(String text) {
        assertThat(NumericAnswer.parse(text)).isInstanceOf(NumericAnswer.Refused.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"36|36", "36.50|36.5", "'36,5'|36.5", "-0.25|-0.25", "1.5e2|150", "+7|7",
            "3.60E+1|36", ".5|0.5", "' 42 '|42"})
    void a_number_is_stored_normalised(String text, String stored) {
        assertThat(NumericAnswer.parse(text)).isEqualTo(new NumericAnswer.Parsed(new BigDecimal(stored)));
        assertThat(NumericAnswer.normalised(new BigDecimal(text.strip().replace(',', '.'))).toPlainString()).isEqualTo(stored);
    }

    @Test
    void values_that_arrive_already_parsed_are_bounded_without_writing_them_out() {
        assertThat(NumericAnswer.problem(new BigDecimal("1E-999999999"), HOURS)).contains("Give at most 3 decimal places.");
        assertThat(NumericAnswer.problem(new BigDecimal("1E+999999999"), HOURS)).contains("That number is out of range.");
        assertThat(NumericAnswer.problem(new BigDecimal("36.125"), HOURS)).isEmpty();
        assertThat(NumericAnswer.problem(new BigDecimal("36.1255"), HOURS)).contains("Give at most 3 decimal places.");
        assertThat(NumericAnswer.problem(null, HOURS)).contains("Enter a number.");
    }

    /**
     * Generated inputs (a fixed seed, so a failure repeats): random strings over the characters
     * numbers are written with, and random values written out in random locales with random
     * exponents. Whatever comes in, the reader never throws, and what it accepts is never longer
     * written out than a bounded number can be (sign, ten digits, a point, ten decimals).
     */
    @Test
    void no_generated_input_makes_the_reader_throw_or_accept_more_than_a_bounded_number() {
        Random random = new Random(20261207L);
        String alphabet = "0123456789.,eE+- \u00a0'\u066b\u2212";
        Locale[] locales = Locale.getAvailableLocales();
        int accepted = 0;
        for (int i = 0; i < 50_000; i++) {
            String text;
            if (i % 2 == 0) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(40);
                for (int c = 0; c < length; c++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = b.toString();
            } else {
                BigDecimal value = BigDecimal.valueOf(random.nextLong(), random.nextInt(40) - 20);
                NumberFormat format = NumberFormat.getInstance(locales[random.nextInt(locales.length)]);
                if (format instanceof DecimalFormat decimal && random.nextBoolean()) {
                    decimal.applyPattern("0.###E0");
                }
                format.setMaximumFractionDigits(random.nextInt(25));
                text = format.format(value);
            }
            NumericAnswer.Result result = NumericAnswer.parse(text);
            if (result instanceof NumericAnswer.Parsed parsed) {
                accepted++;
                assertThat(parsed.value().toPlainString().length()).as(text).isLessThanOrEqualTo(22);
                assertThat(parsed.value().scale()).as(text).isBetween(0, NumericAnswer.MAX_DECIMALS);
            }
        }
        assertThat(accepted).as("the generator must also produce acceptable numbers").isGreaterThan(1_000);
    }
}
