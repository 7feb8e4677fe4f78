package academy.triggerpoint.catalog.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseFileRepository extends JpaRepository<CourseFile, CourseFile.Key> {

    List<CourseFile> findByVersionId(Long versionId);

    Optional<CourseFile> findByVersionIdAndPath(Long versionId, String path);
}
