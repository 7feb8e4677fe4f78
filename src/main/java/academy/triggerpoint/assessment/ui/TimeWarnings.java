package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.shared.i18n.Texts;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a screen reader is told how much time is left (WCAG 2.2.1 and 4.1.3): at 10, 5 and 1 minutes
 * left and when time is up, once each, rather than at every tick of the visible timer.
 */
final class TimeWarnings {

    static final List<Integer> THRESHOLDS = List.of(10, 5, 1, 0);

    private int lastAnnounced = Integer.MAX_VALUE;

    /** The threshold just reached with {@code minutesLeft} left (rounded up), if one was not announced yet. */
    OptionalInt reached(long minutesLeft) {
        OptionalInt crossed = OptionalInt.empty();
        for (int threshold : THRESHOLDS) {
            if (minutesLeft <= threshold && lastAnnounced > threshold) {
                crossed = OptionalInt.of(threshold);
            }
        }
        crossed.ifPresent(t -> lastAnnounced = t);
        return crossed;
    }

    /** What is announced at a threshold. */
    static String announcement(int threshold, Texts texts) {
        return threshold == 0 ? texts.get("assessment.countdown.time-up")
                : texts.get("assessment.countdown.minutes-left", threshold);
    }
}
