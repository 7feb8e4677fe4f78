package academy.triggerpoint.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An immutable version of a course, identified by the hash of its files. */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String courseId;
    private String versionLabel;
    private String contentHash;
    private String title;
    private Instant loadedAt;

    protected CourseVersion() {
    }

    public CourseVersion(String courseId, String versionLabel, String contentHash, String title, Instant loadedAt) {
        this.courseId = courseId;
        this.versionLabel = versionLabel;
        this.contentHash = contentHash;
        this.title = title;
        this.loadedAt = loadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getTitle() {
        return title;
    }

    public Instant getLoadedAt() {
        return loadedAt;
    }
}
