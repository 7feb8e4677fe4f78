package academy.triggerpoint.people.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipOfferRepository extends JpaRepository<MembershipOffer, Long> {
}
