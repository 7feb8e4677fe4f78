package academy.triggerpoint.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An organisation's pending invitation to a person who already has an account; the latest one counts. */
@Entity
@Table(name = "membership_offer")
public class MembershipOffer {

    @Id
    private Long accountId;
    private Long organisationId;
    private Long teamId;
    private Instant offeredAt;

    protected MembershipOffer() {
    }

    public MembershipOffer(Long accountId, Long organisationId, Long teamId, Instant offeredAt) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.teamId = teamId;
        this.offeredAt = offeredAt;
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof MembershipOffer other && accountId != null && accountId.equals(other.accountId));
    }

    @Override
    public int hashCode() {
        return Objects.hash(MembershipOffer.class);
    }
}
