package academy.triggerpoint.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** That a person belongs to an organisation (and optionally one of its teams). One per person. */
@Entity
@Table(name = "membership")
public class Membership implements org.springframework.data.domain.Persistable<Long> {

    @Id
    private Long accountId;
    private Long organisationId;
    private Long teamId;
    private Instant joinedAt;
    @jakarta.persistence.Transient
    private boolean fresh;

    protected Membership() {
    }

    public Membership(Long accountId, Long organisationId, Long teamId, Instant joinedAt) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.teamId = teamId;
        this.joinedAt = joinedAt;
        this.fresh = true;
    }

    /**
     * A new membership is inserted, never merged: if someone else added the person meanwhile, the
     * primary key refuses it instead of moving them between organisations.
     */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostLoad
    void stored() {
        fresh = false;
    }

    @Override
    public Long getId() {
        return accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Membership other && accountId != null && accountId.equals(other.accountId));
    }

    @Override
    public int hashCode() {
        return Objects.hash(Membership.class);
    }
}
