package academy.triggerpoint.practice;

import java.time.LocalDate;

/**
 * One observation reduced to what a standing needs: whose, which practical ("course/practical"),
 * when, passed or not, and until when a pass holds (null when not passed).
 */
public record PracticalStatus(long accountId, String reference, String title, LocalDate observedOn, boolean passed,
                              LocalDate validUntil) {

    /** Passed and still within its validity on {@code day}. */
    public boolean holdsOn(LocalDate day) {
        return passed && (validUntil == null || !day.isAfter(validUntil));
    }
}
