package academy.triggerpoint.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void long_dates_read_as_each_language_writes_them_english_day_first_as_on_the_certificates() {
        assertThat(LocalFormats.date(DAY, Locale.ENGLISH)).isEqualTo("7 December 2026");
        assertThat(LocalFormats.date(DAY, Locale.US)).isEqualTo("7 December 2026");
        assertThat(LocalFormats.date(DAY, Locale.GERMAN)).isEqualTo("7. Dezember 2026");
        assertThat(LocalFormats.date(DAY, Languages.SPANISH)).isEqualTo("7 de diciembre de 2026");
        assertThat(LocalFormats.shortDate(DAY, Locale.ENGLISH)).isEqualTo("7 Dec 2026");
    }

    @Test
    void numbers_use_the_language_s_decimal_separator_and_a_language_not_offered_reads_as_english() {
        assertThat(LocalFormats.number(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(LocalFormats.number(new BigDecimal("1234.5"), Locale.GERMAN)).isEqualTo("1.234,5");
        assertThat(LocalFormats.date(DAY, Locale.JAPANESE)).isEqualTo("7 December 2026");
    }
}
