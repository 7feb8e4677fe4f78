package academy.triggerpoint.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The latest saved answer to one item of an attempt, as JSON. */
@Entity
@Table(name = "attempt_response")
@IdClass(AttemptResponse.Key.class)
public class AttemptResponse {

    public record Key(Long attemptId, String itemId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long attemptId;
    @Id
    private String itemId;
    private String response;
    private boolean flagged;
    private Instant savedAt;

    protected AttemptResponse() {
    }

    public AttemptResponse(Long attemptId, String itemId) {
        this.attemptId = attemptId;
        this.itemId = itemId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getResponse() {
        return response;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public void save(String response, Instant at) {
        this.response = response;
        this.savedAt = at;
    }

    public void flag(boolean flagged, Instant at) {
        this.flagged = flagged;
        this.savedAt = at;
    }
}
