package academy.triggerpoint.catalog.ui;

import java.math.BigDecimal;

/** Wording shared by the catalogue views. */
final class Format {

    private Format() {
    }

    static String hours(BigDecimal hours) {
        String number = hours.stripTrailingZeros().toPlainString();
        return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " CE contact hour" : " CE contact hours");
    }

    static String delivery(String mode) {
        return switch (mode) {
            case "online-self-paced" -> "Online, self-paced";
            case "live-online" -> "Live online";
            case "in-person" -> "In person";
            case "blended" -> "Blended";
            default -> mode;
        };
    }
}
