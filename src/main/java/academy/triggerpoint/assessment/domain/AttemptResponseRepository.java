package academy.triggerpoint.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptResponseRepository extends JpaRepository<AttemptResponse, AttemptResponse.Key> {

    List<AttemptResponse> findByAttemptId(Long attemptId);
}
