package academy.triggerpoint.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findByCourseIdAndContentHash(String courseId, String contentHash);

    List<CourseVersion> findByCourseIdAndVersionLabel(String courseId, String versionLabel);

    List<CourseVersion> findByCourseIdOrderByIdDesc(String courseId);
}
