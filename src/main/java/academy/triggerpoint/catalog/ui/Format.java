package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.shared.Counts;
import java.math.BigDecimal;

/** Wording shared by the catalogue views. */
final class Format {

    private Format() {
    }

    static String hours(BigDecimal hours) {
        return Counts.of(hours, "CE contact hour");
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
