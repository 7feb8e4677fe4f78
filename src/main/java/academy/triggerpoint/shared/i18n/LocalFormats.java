package academy.triggerpoint.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and numbers as a reader of the interface language expects them ("7 December 2026",
 * "7. Dezember 2026", "7 de diciembre de 2026"; "6.5" and "6,5"). English is written the British
 * way, day before month, as the certificates print it. Files meant for other programs (CSV exports,
 * the API) keep ISO dates and plain numbers instead.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formatting(locale)).format(date);
    }

    /** A short date for tables and lists: "7 Dec 2026", "07.12.2026", "7 dic 2026". */
    public static String shortDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formatting(locale)).format(date);
    }

    public static String dateTime(ZonedDateTime at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(formatting(locale)).format(at);
    }

    /** The locale dates are formatted in: the interface language, English as in Britain. */
    private static Locale formatting(Locale locale) {
        Locale language = Languages.closest(locale);
        return language.equals(Languages.ENGLISH) ? Locale.UK : language;
    }

    /** A number with up to two decimals, grouped as the language groups them ("1,234.5" / "1.234,5"). */
    public static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Languages.closest(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public static String number(double value, Locale locale) {
        return number(BigDecimal.valueOf(value), locale);
    }
}
