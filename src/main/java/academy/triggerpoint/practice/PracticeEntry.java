package academy.triggerpoint.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a practical log as people read it: what was done, who is to countersign it, and what
 * happened to it. {@code contentHash} is the SHA-256 of what was signed, shown so that a printout
 * can be checked against the record; {@code correctedBy} is the entry that replaces this one.
 */
public record PracticeEntry(long id, long accountId, String learnerName, LocalDate date, BigDecimal hours, PracticeMode mode,
                            String training, List<String> regions, int sessions, Long supervisorId, String supervisorName,
                            String note, Status status, Instant createdAt, String contentHash, String decidedByName,
                            Instant decidedAt, String decisionComment, Long corrects, Long correctedBy) {

    public enum Status {
        /** Waiting for the supervisor. */
        SUBMITTED("Awaiting countersignature"),
        /** Signed by the supervisor: counts, and never changes. */
        COUNTERSIGNED("Countersigned"),
        /** Sent back by the supervisor with a comment: does not count; correct it with a new entry. */
        RETURNED("Returned");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether this entry counts towards totals: countersigned and not replaced by a countersigned correction. */
    public boolean counts() {
        return status == Status.COUNTERSIGNED && correctedBy == null;
    }

    /** The regions as people read them. */
    public String regionLabels(java.util.Map<String, String> labels) {
        return String.join(", ", regions.stream().map(r -> labels.getOrDefault(r, r)).toList());
    }
}
