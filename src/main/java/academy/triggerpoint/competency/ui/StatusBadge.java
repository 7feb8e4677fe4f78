package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.CompetencyStatus;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A status shown as icon and words (never colour alone), with its meaning as a tooltip. */
final class StatusBadge {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private StatusBadge() {
    }

    static Span of(CompetencyStatus status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(status.label()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.setTitle(status.meaning());
        return badge;
    }

    static Span cleared(boolean cleared) {
        Icon icon = (cleared ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.BAN).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(cleared ? "Cleared" : "Not cleared"));
        badge.addClassNames("status-badge", cleared ? "status-achieved" : "status-not-cleared");
        badge.setTitle(cleared ? "Every safety-critical competency achieved and in date"
                : "At least one safety-critical competency is missing, expired or needs remediation");
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

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
