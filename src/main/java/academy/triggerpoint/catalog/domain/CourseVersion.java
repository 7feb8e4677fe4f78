package academy.triggerpoint.catalog.domain;

import academy.triggerpoint.catalog.ChangeClass;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
    /** {@code folder} when loaded from the courses/ folder, {@code app} when published from a reviewed draft. */
    private String origin = ORIGIN_FOLDER;
    private Long publishedBy;
    /** Set when a reviewer classified this version against {@code previousVersionId}; null otherwise. */
    @Enumerated(EnumType.STRING)
    private ChangeClass changeClass;
    private String changeNote;
    private Integer graceDays;
    private Long previousVersionId;
    private Long classifiedBy;
    private Instant classifiedAt;

    public static final String ORIGIN_FOLDER = "folder";
    public static final String ORIGIN_APP = "app";

    protected CourseVersion() {
    }

    /** A version published in the app from a reviewed draft, by the reviewer who approved it. */
    public static CourseVersion published(String courseId, String versionLabel, String contentHash, String title,
                                          Instant publishedAt, long publishedBy) {
        CourseVersion version = new CourseVersion(courseId, versionLabel, contentHash, title, publishedAt);
        version.origin = ORIGIN_APP;
        version.publishedBy = publishedBy;
        return version;
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

    public String getOrigin() {
        return origin;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    /** Records the reviewer's classification of this version as a change from {@code previousVersionId}. */
    public void classify(long previousVersionId, ChangeClass changeClass, String changeNote, Integer graceDays,
                         long classifiedBy, Instant classifiedAt) {
        this.previousVersionId = previousVersionId;
        this.changeClass = changeClass;
        this.changeNote = changeNote;
        this.graceDays = graceDays;
        this.classifiedBy = classifiedBy;
        this.classifiedAt = classifiedAt;
    }

    public ChangeClass getChangeClass() {
        return changeClass;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Integer getGraceDays() {
        return graceDays;
    }

    public Long getPreviousVersionId() {
        return previousVersionId;
    }

    public Long getClassifiedBy() {
        return classifiedBy;
    }

    public Instant getClassifiedAt() {
        return classifiedAt;
    }
}
