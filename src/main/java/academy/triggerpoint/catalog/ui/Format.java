package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.content.DeliveryMode;
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
        return DeliveryMode.label(mode);
    }
}
