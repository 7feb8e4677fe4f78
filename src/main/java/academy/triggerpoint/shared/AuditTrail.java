package academy.triggerpoint.shared;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records changes that someone may later have to account for: a corrected certificate name, a
 * disabled account, a regrade. Entries are written in the caller's transaction, so an entry exists
 * exactly when the change it describes was committed.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAILS = 2000;
    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Adds an entry; {@code actorId} is null for the system itself. Callers are already authorised. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, String action, String subject, String details) {
        String trimmed = details != null && details.length() > MAX_DETAILS ? details.substring(0, MAX_DETAILS) : details;
        events.save(new AuditEvent(clock.instant(), actorId, action, subject, trimmed));
    }

    /** The entries about one subject, oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> historyOf(String subject) {
        return events.findBySubjectOrderByOccurredAtAsc(subject);
    }
}
