package academy.triggerpoint.lti;

import java.math.BigDecimal;
import java.time.Instant;

/** A grade owed to a platform that has not been delivered (yet), as administrators see it. */
public record GradePost(long id, String platform, String lineItemUrl, String learner, BigDecimal score, String comment,
                        String status, int tries, Instant createdAt, Instant nextTryAt, String lastError) {
}
