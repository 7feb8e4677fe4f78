package academy.triggerpoint.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByAccountIdAndCourseId(Long accountId, String courseId);

    List<Enrolment> findByAccountId(Long accountId);
}
