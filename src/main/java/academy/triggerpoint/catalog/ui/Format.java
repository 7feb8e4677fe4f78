package academy.triggerpoint.catalog.ui;

import academy.triggerpoint.catalog.content.DeliveryMode;
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
        return DeliveryMode.label(mode);
    }
}
