package academy.triggerpoint.assessment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptItemResultRepository extends JpaRepository<AttemptItemResult, AttemptItemResult.Key> {

    List<AttemptItemResult> findByAttemptIdOrderByPosition(Long attemptId);

    @Modifying
    @Query("delete from AttemptItemResult r where r.attemptId = :attemptId")
    int deleteByAttemptId(Long attemptId);
}
