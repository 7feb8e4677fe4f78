package academy.triggerpoint.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail: who did what to which subject, when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    private Long actorId;
    private String action;
    private String subject;
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorId, String action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Long actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String details() {
        return details;
    }
}
