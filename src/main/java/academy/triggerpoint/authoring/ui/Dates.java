package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.i18n.LocalFormats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** Times in authoring pages; the platform shows UTC everywhere until organisations get time zones. */
final class Dates {

    private Dates() {
    }

    /** The instant in UTC as the reader's language writes a date and time, marked "UTC". */
    static String format(Instant instant, Locale locale) {
        return instant == null ? "" : LocalFormats.dateTime(instant.atZone(ZoneOffset.UTC), locale) + " UTC";
    }
}
