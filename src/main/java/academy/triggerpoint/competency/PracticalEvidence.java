package academy.triggerpoint.competency;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where the ledger reads directly observed practicals from: implemented by the module that records
 * observations, so that competency does not depend on it. Called as the system.
 */
public interface PracticalEvidence {

    /** One fact per person and practical: first observed, last passed, last failed on a critical step (null: never). */
    record Fact(long accountId, String courseId, String practicalId, Instant firstObservedAt, Instant passedAt,
                Instant lastCriticalAt) {
    }

    List<Fact> of(Collection<Long> accountIds);
}
