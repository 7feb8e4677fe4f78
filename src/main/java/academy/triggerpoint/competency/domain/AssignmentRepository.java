package academy.triggerpoint.competency.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByOrganisationIdAndCancelledAtIsNull(Long organisationId);

    List<Assignment> findByOrganisationIdAndAccountIdOrderByDueOnDesc(Long organisationId, Long accountId);

    List<Assignment> findByAccountIdAndCourseIdAndCancelledAtIsNull(Long accountId, String courseId);

    List<Assignment> findByAccountIdAndCourseId(Long accountId, String courseId);

    List<Assignment> findByOrganisationIdAndCompletedAtIsNullAndCancelledAtIsNull(Long organisationId);

    /** Marks a person's open assignments of a course completed; idempotent. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Assignment a set a.completedAt = :at
            where a.accountId = :accountId and a.courseId = :courseId and a.completedAt is null and a.cancelledAt is null""")
    int complete(Long accountId, String courseId, Instant at);
}
