package academy.triggerpoint.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByAccountIdAndCourseId(Long accountId, String courseId);

    List<Enrolment> findByAccountId(Long accountId);

    List<Enrolment> findByAccountIdIn(java.util.Collection<Long> accountIds);


    /** Records the completion once: 1 for the one caller that sets it, 0 when it was already set. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Enrolment e set e.completedAt = :at where e.id = :id and e.completedAt is null")
    int markCompleted(Long id, Instant at);
}
