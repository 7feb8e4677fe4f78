package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.TimeLimit;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** A learner's time limit in words, with their extended time when they have one. */
final class TimeLimitText {

    private TimeLimitText() {
    }

    static String of(TimeLimit limit, Locale locale) {
        if (limit.baseMinutes() == null) {
            return I18NProvider.translate(locale, "assessment.time-limit.none");
        }
        if (limit.waived()) {
            return I18NProvider.translate(locale, "assessment.time-limit.waived", limit.baseMinutes());
        }
        if (limit.extraPercent() > 0) {
            return I18NProvider.translate(locale, "assessment.time-limit.extended", limit.allowed().toSeconds() / 60.0,
                    limit.extraPercent(), limit.baseMinutes());
        }
        return I18NProvider.translate(locale, "assessment.time-limit.minutes", limit.baseMinutes());
    }
}
