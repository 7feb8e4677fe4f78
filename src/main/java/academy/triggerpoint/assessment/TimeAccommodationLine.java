package academy.triggerpoint.assessment;

import java.time.Instant;

/** One learner's extended time, as the accommodations page lists it. */
public record TimeAccommodationLine(long accountId, String name, String email, int extraPercent, boolean waived,
                                    String note, String setBy, Instant setAt) {
}
