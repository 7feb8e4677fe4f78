package academy.triggerpoint.certification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The practical side of the caller's transcript, supplied by the module that keeps the practical log
 * (so that certification does not depend on it): countersigned hours by mode, observed practicals,
 * and for each jurisdiction where they practise what its board asks a certificate to show.
 */
public interface PracticalRecord {

    /** The caller's practical record; empty when they logged nothing and practise nowhere recorded. */
    Optional<Summary> ofCaller();

    /** Countersigned clock hours by mode, the observations signed for them, and their boards. */
    record Summary(BigDecimal onlineTheoryHours, BigDecimal inPersonCourseHours, BigDecimal supervisedHours, int supervisedSessions,
                   List<String> observations, List<Board> boards) {
    }

    /**
     * A jurisdiction as its board reads the transcript: the licence held there, whether the holder is
     * eligible to needle there (or what is missing), the minutes in the board's hour, the wording and
     * fields it expects on a certificate, and how long certificates must be kept.
     */
    record Board(String name, String licenceNumber, String standing, int hourMinutes, String statement, List<String> fields,
                 int retentionYears) {
    }
}
