package academy.triggerpoint.assessment.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeAccommodationRepository extends JpaRepository<TimeAccommodation, Long> {

    List<TimeAccommodation> findByAccountIdIn(Collection<Long> accountIds);
}
