package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.AssignmentState;
import academy.triggerpoint.competency.CompetencyStatus;

/**
 * The bundle keys of the competency states the views show, written out in full so that the
 * translation checks find them; English texts are the enums' {@code label()} and {@code meaning()}.
 */
final class StatusTexts {

    private StatusTexts() {
    }

    /** The key of a status's name: "Needs remediation". */
    static String label(CompetencyStatus status) {
        return switch (status) {
            case NEEDS_REMEDIATION -> "competency.status.needs-remediation";
            case EXPIRED -> "competency.status.expired";
            case EXPIRING_30 -> "competency.status.expiring-30";
            case EXPIRING_60 -> "competency.status.expiring-60";
            case EXPIRING_90 -> "competency.status.expiring-90";
            case ACHIEVED -> "competency.status.achieved";
            case IN_PROGRESS -> "competency.status.in-progress";
            case NOT_STARTED -> "competency.status.not-started";
        };
    }

    /** The key of what a status means, as the badge's tooltip shows it. */
    static String meaning(CompetencyStatus status) {
        return switch (status) {
            case NEEDS_REMEDIATION -> "competency.status.needs-remediation.meaning";
            case EXPIRED -> "competency.status.expired.meaning";
            case EXPIRING_30 -> "competency.status.expiring-30.meaning";
            case EXPIRING_60 -> "competency.status.expiring-60.meaning";
            case EXPIRING_90 -> "competency.status.expiring-90.meaning";
            case ACHIEVED -> "competency.status.achieved.meaning";
            case IN_PROGRESS -> "competency.status.in-progress.meaning";
            case NOT_STARTED -> "competency.status.not-started.meaning";
        };
    }

    /** The key of an assignment's state: "Due within 7 days". */
    static String label(AssignmentState state) {
        return switch (state) {
            case OVERDUE -> "competency.assignment-state.overdue";
            case DUE_SOON -> "competency.assignment-state.due-soon";
            case OPEN -> "competency.assignment-state.open";
            case COMPLETED -> "competency.assignment-state.completed";
            case CANCELLED -> "competency.assignment-state.cancelled";
        };
    }
}
