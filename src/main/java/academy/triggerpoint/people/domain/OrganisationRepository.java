package academy.triggerpoint.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByNameIgnoreCase(String name);

    java.util.Optional<Organisation> findFirstByNameIgnoreCase(String name);

    List<Organisation> findAllByOrderByName();
}
