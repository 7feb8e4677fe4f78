package academy.triggerpoint.competency;

/**
 * Where a person stands on one competency, most urgent first. Derived from their record and today's
 * date, never typed in.
 */
public enum CompetencyStatus {
    NEEDS_REMEDIATION("Needs remediation", "A safety-critical mistake not yet followed by a pass"),
    EXPIRED("Expired", "Achieved, but its validity has ended"),
    EXPIRING_30("Expires in 30 days", "Achieved; expires within 30 days"),
    EXPIRING_60("Expires in 60 days", "Achieved; expires within 60 days"),
    EXPIRING_90("Expires in 90 days", "Achieved; expires within 90 days"),
    ACHIEVED("Achieved", "Every quiz, case or observed practical that evidences it is passed"),
    IN_PROGRESS("In progress", "Enrolled or started, not yet achieved"),
    NOT_STARTED("Not started", "No enrolment or attempt yet");

    private final String label;
    private final String meaning;

    CompetencyStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Achieved and still valid today (it may be about to expire). */
    public boolean held() {
        return this == ACHIEVED || expiring();
    }

    public boolean expiring() {
        return this == EXPIRING_30 || this == EXPIRING_60 || this == EXPIRING_90;
    }
}
