package academy.triggerpoint.assessment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** How outcomes read on screen. */
final class Outcomes {

    private Outcomes() {
    }

    static String label(String outcome, Locale locale) {
        return switch (outcome) {
            case "PASSED" -> I18NProvider.translate(locale, "assessment.outcome.passed");
            case "FAILED" -> I18NProvider.translate(locale, "assessment.outcome.failed");
            case "FAILED_CRITICAL" -> I18NProvider.translate(locale, "assessment.outcome.failed-critical");
            default -> outcome;
        };
    }
}
