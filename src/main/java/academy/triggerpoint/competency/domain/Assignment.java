package academy.triggerpoint.competency.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A course a person must complete by a date, set by their manager or by the organisation's refresher rule. */
@Entity
@Table(name = "assignment")
public class Assignment {

    public enum Origin { MANAGER, REFRESHER_RULE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    private Long accountId;
    private String courseId;
    private LocalDate dueOn;
    private Instant assignedAt;
    private Long assignedBy;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private Instant completedAt;
    private Instant cancelledAt;

    protected Assignment() {
    }

    public Assignment(Long organisationId, Long accountId, String courseId, LocalDate dueOn, Instant assignedAt,
                      Long assignedBy, Origin origin) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.courseId = courseId;
        this.dueOn = dueOn;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void completed(Instant at) {
        this.completedAt = at;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public void cancel(Instant at) {
        this.cancelledAt = at;
    }

    public boolean isOpen() {
        return completedAt == null && cancelledAt == null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Assignment other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Assignment.class);
    }
}
