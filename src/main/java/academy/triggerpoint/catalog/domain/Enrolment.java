package academy.triggerpoint.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's enrolment, pinned to the course version they started on. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String courseId;
    private Long versionId;
    private Instant enrolledAt;
    private String lastLessonId;
    private Instant lastVisitedAt;
    private Instant completedAt;

    protected Enrolment() {
    }

    public Enrolment(Long accountId, String courseId, Long versionId, Instant enrolledAt) {
        this.accountId = accountId;
        this.courseId = courseId;
        this.versionId = versionId;
        this.enrolledAt = enrolledAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public Long getVersionId() {
        return versionId;
    }

    /** When the learner completed the course, or null while they have not. */
    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getLastLessonId() {
        return lastLessonId;
    }

    public void visited(String lessonId, Instant at) {
        this.lastLessonId = lessonId;
        this.lastVisitedAt = at;
    }
}
