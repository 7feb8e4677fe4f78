package academy.triggerpoint.catalog.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LessonProgressRepository extends JpaRepository<LessonProgress, LessonProgress.Key> {

    List<LessonProgress> findByEnrolmentId(Long enrolmentId);

    List<LessonProgress> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    boolean existsByEnrolmentIdAndLessonId(Long enrolmentId, String lessonId);
}
