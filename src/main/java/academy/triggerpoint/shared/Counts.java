package academy.triggerpoint.shared;

import java.math.BigDecimal;

/**
 * A count with its noun in the right number, for every page and message that prints one:
 * "1 module", "2 modules", "1 CE contact hour", "1.5 CE contact hours".
 */
public final class Counts {

    private Counts() {
    }

    /** {@code count} followed by {@code singular}, or by {@code singular + "s"} unless the count is exactly one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** For nouns whose plural is not just an added "s": {@code of(3, "person", "people")}. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** A decimal amount such as CE hours, without trailing zeros: "1 CE contact hour", "0.5 CE contact hours". */
    public static String of(BigDecimal amount, String singular) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.toPlainString() + " " + (plain.compareTo(BigDecimal.ONE) == 0 ? singular : singular + "s");
    }
}
