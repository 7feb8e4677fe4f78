package academy.triggerpoint.competency;

/**
 * What the manager's matrix shows: a team (null: all), a focus matching the counts at the top,
 * a competency and status that a cell must have (either may be null), free text matched against
 * name, email and licence number, and the order.
 */
public record MatrixQuery(Long teamId, Focus focus, String competencyId, CompetencyStatus status, String search,
                          Sort sort, boolean descending) {

    public enum Focus {
        EVERYONE("Everyone"), CLEARED("Cleared to needle"), NOT_CLEARED("Not cleared"), OVERDUE("Overdue"),
        EXPIRING("Expiring"), NEEDS_REMEDIATION("Needs remediation");

        private final String label;

        Focus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sort { NAME, TEAM, CLEARED, NEXT_EXPIRY, OVERDUE }

    public static MatrixQuery everyone() {
        return new MatrixQuery(null, Focus.EVERYONE, null, null, null, Sort.NAME, false);
    }
}
