package academy.triggerpoint.shared;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectOrderByOccurredAtAsc(String subject);
}
