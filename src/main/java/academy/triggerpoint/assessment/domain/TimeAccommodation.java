package academy.triggerpoint.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Extended time for one learner's timed quizzes and cases, as an administrator or manager set it. */
@Entity
@Table(name = "time_accommodation")
public class TimeAccommodation {

    @Id
    private Long accountId;
    private int extraPercent;
    private boolean waived;
    private String note;
    private Long setBy;
    private Instant setAt;

    protected TimeAccommodation() {
    }

    public TimeAccommodation(Long accountId) {
        this.accountId = accountId;
    }

    public void set(int extraPercent, boolean waived, String note, long setBy, Instant setAt) {
        this.extraPercent = extraPercent;
        this.waived = waived;
        this.note = note;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getExtraPercent() {
        return extraPercent;
    }

    public boolean isWaived() {
        return waived;
    }

    public String getNote() {
        return note;
    }

    public Long getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeAccommodation other && accountId != null && accountId.equals(other.accountId);
    }

    @Override
    public int hashCode() {
        return TimeAccommodation.class.hashCode();
    }
}
