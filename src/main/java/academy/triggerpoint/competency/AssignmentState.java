package academy.triggerpoint.competency;

import java.time.LocalDate;

/** Where an assignment stands today. */
public enum AssignmentState {
    OVERDUE("Overdue"), DUE_SOON("Due within 7 days"), OPEN("Open"), COMPLETED("Completed"), CANCELLED("Cancelled");

    /** Reminders and the "due soon" state start this many days before the due date. */
    public static final int DUE_SOON_DAYS = 7;

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AssignmentState of(LocalDate dueOn, boolean completed, boolean cancelled, LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        if (completed) {
            return COMPLETED;
        }
        if (today.isAfter(dueOn)) {
            return OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueOn) ? OPEN : DUE_SOON;
    }
}
