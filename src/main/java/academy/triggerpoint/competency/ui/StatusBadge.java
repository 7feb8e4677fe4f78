package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** A status shown as icon and words (never colour alone), with its meaning as a tooltip. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(CompetencyStatus status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon);
        badge.add(new Span(badge.getTranslation(StatusTexts.label(status))));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.setTitle(badge.getTranslation(StatusTexts.meaning(status)));
        return badge;
    }

    static Span cleared(boolean cleared) {
        Icon icon = (cleared ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon);
        badge.add(new Span(cleared ? badge.getTranslation("competency.status-badge.cleared")
                : badge.getTranslation("competency.status-badge.not-cleared")));
        badge.addClassNames("status-badge", cleared ? "status-achieved" : "status-not-cleared");
        badge.setTitle(cleared ? badge.getTranslation("competency.status-badge.cleared-meaning")
                : badge.getTranslation("competency.status-badge.not-cleared-meaning"));
        return badge;
    }

    static VaadinIcon icon(CompetencyStatus status) {
        return switch (status) {
            case NEEDS_REMEDIATION -> VaadinIcon.WARNING;
            case EXPIRED -> VaadinIcon.CLOSE_CIRCLE;
            case EXPIRING_30, EXPIRING_60, EXPIRING_90 -> VaadinIcon.CLOCK;
            case ACHIEVED -> VaadinIcon.CHECK_CIRCLE;
            case IN_PROGRESS -> VaadinIcon.HOURGLASS;
            case NOT_STARTED -> VaadinIcon.CIRCLE_THIN;
        };
    }

    /** The day of an instant (as the records keep it, in UTC), short, as the reader's language writes it. */
    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : LocalFormats.shortDate(LocalDate.ofInstant(instant, ZoneOffset.UTC), locale);
    }
}
