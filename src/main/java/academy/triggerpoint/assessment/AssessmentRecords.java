package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.domain.AttemptItemResultRepository;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners' assessment history for the competency module. The ledger (a system task) reads
 * evidence for anyone; a manager reads attempts and critical misses only of their own
 * organisation's staff, checked here as well as by the caller.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRecords {

    private final AttemptRepository attempts;
    private final AttemptItemResultRepository results;

    AssessmentRecords(AttemptRepository attempts, AttemptItemResultRepository results) {
        this.attempts = attempts;
        this.results = results;
    }

    /** Per quiz and case, each learner's first start, pass and last critical failure. */
    @PreAuthorize("hasRole('SYSTEM')")
    public List<EvidenceFact> evidence(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : attempts.evidence(accountIds);
    }

    @PreAuthorize("hasRole('SYSTEM') or (hasRole('MANAGER') and @staffDirectory.isMine(#accountId))")
    public List<AttemptLine> attemptsOf(long accountId) {
        return attempts.lines(accountId);
    }

    @PreAuthorize("hasRole('SYSTEM') or (hasRole('MANAGER') and @staffDirectory.isMine(#accountId))")
    public List<CriticalMiss> criticalMissesOf(long accountId) {
        return results.criticalMisses(accountId);
    }
}
