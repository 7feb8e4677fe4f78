package academy.triggerpoint.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One file of a course version, byte for byte as it was in the folder. */
@Entity
@Table(name = "course_file")
@IdClass(CourseFile.Key.class)
public class CourseFile {

    public record Key(Long versionId, String path) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long versionId;
    @Id
    private String path;
    @Column(name = "content")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content;

    protected CourseFile() {
    }

    public CourseFile(Long versionId, String path, byte[] content) {
        this.versionId = versionId;
        this.path = path;
        this.content = content;
    }

    public String getPath() {
        return path;
    }

    public byte[] getContent() {
        return content;
    }
}
