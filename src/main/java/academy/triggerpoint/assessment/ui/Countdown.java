package academy.triggerpoint.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time left on a timed quiz or case: a visible "Time left: about N min", refreshed every 15
 * seconds while the page is open, and a hidden assertive live region that a screen reader reads at
 * 10, 5 and 1 minutes left and when time is up ({@link TimeWarnings}), not at every refresh.
 */
class Countdown extends Span {

    private final Clock clock;
    private final Span shown = new Span();
    /** Read out by screen readers at the thresholds only. */
    private final Span alert = new Span();
    private final TimeWarnings warnings = new TimeWarnings();
    private Instant deadline;
    private Registration poll;

    Countdown(Clock clock) {
        this.clock = clock;
        shown.addClassName("facts");
        alert.addClassName("visually-hidden");
        alert.getElement().setAttribute("aria-live", "assertive");
        alert.getElement().setAttribute("data-testid", "time-alert");
        add(shown, alert);
    }

    /** Counts down to {@code deadline}; null shows that there is no time limit. */
    void countTo(Instant deadline) {
        this.deadline = deadline;
        update();
    }

    void update() {
        if (deadline == null) {
            shown.setText(getTranslation("assessment.no-time-limit"));
            return;
        }
        long seconds = Math.max(0, Duration.between(clock.instant(), deadline).toSeconds());
        long minutes = (seconds + 59) / 60;
        shown.setText(seconds == 0 ? getTranslation("assessment.countdown.time-up")
                : getTranslation("assessment.countdown.time-left", minutes));
        warnings.reached(minutes).ifPresent(t -> alert.setText(TimeWarnings.announcement(t, this::getTranslation)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (deadline != null && poll == null) {
            event.getUI().setPollInterval(15_000);
            poll = event.getUI().addPollListener(e -> update());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
