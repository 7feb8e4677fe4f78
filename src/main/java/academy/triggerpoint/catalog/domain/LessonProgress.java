package academy.triggerpoint.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A lesson a learner has completed. Keyed by lesson id, which stays stable across course versions. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
public class LessonProgress {

    public record Key(Long enrolmentId, String lessonId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long enrolmentId;
    @Id
    private String lessonId;
    private Instant completedAt;

    protected LessonProgress() {
    }

    public LessonProgress(Long enrolmentId, String lessonId, Instant completedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.completedAt = completedAt;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public String getLessonId() {
        return lessonId;
    }
}
