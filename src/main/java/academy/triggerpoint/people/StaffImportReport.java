package academy.triggerpoint.people;

import java.util.List;

/**
 * What a staff CSV import did (or, for a preview, would do), row by row. Rejected rows change
 * nothing; accepted rows are imported together or not at all.
 */
public record StaffImportReport(boolean applied, List<Row> rows, List<String> createdTeams) {

    public enum Outcome { INVITE, REJECTED }

    /** One data row: its line in the file, who it names, and what happened and why. */
    public record Row(int line, String name, String email, Outcome outcome, String message) {
    }

    public long accepted() {
        return rows.stream().filter(r -> r.outcome() != Outcome.REJECTED).count();
    }

    public long rejected() {
        return rows.stream().filter(r -> r.outcome() == Outcome.REJECTED).count();
    }
}
