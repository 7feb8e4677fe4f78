package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a number a person types as an answer. A {@link BigDecimal} can describe a
 * number whose plain form is a gigabyte long ({@code 1E-999999999}), so the text is bounded before
 * it is parsed (length, shape, a three-digit exponent at most) and the value after (size, decimal
 * places, significant digits), and what is stored is the value normalised: never more characters
 * than the item's own precision needs.
 */
public final class NumericAnswer {

    /** Longest answer accepted, in characters. */
    public static final int MAX_LENGTH = 32;
    /** Largest magnitude accepted. */
    public static final BigDecimal LIMIT = ItemDefinition.Numeric.LIMIT;
    /** Most significant digits accepted. */
    public static final int MAX_DIGITS = 20;
    /** Decimal places no item may need more of. */
    public static final int MAX_DECIMALS = ItemDefinition.Numeric.MAX_DECIMALS;

    /** Digits with at most one decimal mark (point or comma), an optional sign and a short exponent. */
    private static final Pattern SHAPE = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d{1,3})?");

    private NumericAnswer() {
    }

    /** A parsed answer, or why the text is not one. */
    public sealed interface Result {
    }

    public record Parsed(BigDecimal value) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    /**
     * Reads what a person typed for a numeric item: "36", "36.5", "36,5", "-0.25", "1.5e2".
     * Grouping separators, spaces inside the number, several decimal marks and long exponents are
     * refused with a reason; nothing is parsed before the length and shape are checked.
     */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Refused("Enter a number.");
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return new Refused("Enter a number of at most " + MAX_LENGTH + " characters.");
        }
        if (!SHAPE.matcher(trimmed).matches()) {
            return new Refused("Enter a number such as 36 or 36.5, without spaces or thousands separators.");
        }
        BigDecimal value = new BigDecimal(trimmed.replace(',', '.'));
        return problem(value, null).<Result>map(Refused::new).orElseGet(() -> new Parsed(normalised(value)));
    }

    /**
     * Why a value (however it arrived: typed, replayed, stored) cannot be an answer to the item, or
     * empty when it can. Only cheap properties of the value are read, never its plain form.
     *
     * @param item the item answered, whose precision bounds the decimal places; null for the general bound
     */
    public static Optional<String> problem(BigDecimal value, ItemDefinition.Numeric item) {
        if (value == null) {
            return Optional.of("Enter a number.");
        }
        if (value.precision() - value.scale() > LIMIT.precision()) {
            return Optional.of("That number is out of range.");
        }
        BigDecimal plain = normalisedScale(value);
        if (plain.abs().compareTo(LIMIT) > 0) {
            return Optional.of("That number is out of range.");
        }
        int decimals = item == null ? MAX_DECIMALS : decimalsFor(item);
        if (plain.scale() > decimals) {
            return Optional.of(decimals == 0 ? "Give a whole number." : "Give at most " + decimals + " decimal places.");
        }
        if (plain.precision() > MAX_DIGITS) {
            return Optional.of("Give at most " + MAX_DIGITS + " digits.");
        }
        return Optional.empty();
    }

    /** The decimal places an answer to this item may have: two more than its key or tolerance uses. */
    static int decimalsFor(ItemDefinition.Numeric item) {
        int needed = Math.max(Math.max(normalisedScale(item.answer()).scale(), normalisedScale(item.tolerance()).scale()), 0);
        return Math.min(MAX_DECIMALS, needed + 2);
    }

    /** Trailing zeros removed and no negative scale: 36.50 is stored as 36.5, 1.5E+2 as 150. */
    public static BigDecimal normalised(BigDecimal value) {
        return normalisedScale(value);
    }

    private static BigDecimal normalisedScale(BigDecimal value) {
        // A huge positive scale with a short unscaled value (1E-999999999) strips cheaply; a huge
        // negative one is refused by the magnitude check before setScale would expand it.
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 && stripped.precision() - stripped.scale() <= LIMIT.precision() + 1
                ? stripped.setScale(0) : stripped;
    }
}
