package academy.triggerpoint.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One attempt at a quiz or a case scenario, pinned to the course version it was drawn from. A case
 * attempt ({@code caseId} set) records the stages revealed so far in {@code stagePath}; its items
 * are the case's, so {@code itemIds} is empty. State changes happen
 * through conditional updates in {@link AttemptRepository}, so each transition happens exactly once
 * however many requests race for it.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    public enum State { IN_PROGRESS, SUBMITTED, GRADED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String courseId;
    private Long versionId;
    private String moduleId;
    @Enumerated(EnumType.STRING)
    private State state;
    private long seed;
    private String itemIds;
    private int passMark;
    private Instant startedAt;
    private Instant deadlineAt;
    private Instant submittedAt;
    private String submittedBy;
    private Instant gradedAt;
    private BigDecimal points;
    private Integer maxPoints;
    private BigDecimal scorePercent;
    private String outcome;
    private String caseId;
    private String stagePath;
    private Integer timeLimitMinutes;
    private Integer extraTimePercent;
    private boolean timeLimitWaived;

    protected Attempt() {
    }

    /** A case attempt, starting at the case's first stage; the seed shuffles its options. */
    public static Attempt ofCase(Long accountId, String courseId, Long versionId, String moduleId, String caseId,
                                 long seed, String startStage, int passMark, Instant startedAt, Instant deadlineAt) {
        Attempt attempt = new Attempt(accountId, courseId, versionId, moduleId, seed, List.of(), passMark, startedAt,
                deadlineAt);
        attempt.caseId = caseId;
        attempt.stagePath = startStage;
        return attempt;
    }

    public Attempt(Long accountId, String courseId, Long versionId, String moduleId, long seed, List<String> itemIds,
                   int passMark, Instant startedAt, Instant deadlineAt) {
        this.accountId = accountId;
        this.courseId = courseId;
        this.versionId = versionId;
        this.moduleId = moduleId;
        this.state = State.IN_PROGRESS;
        this.seed = seed;
        this.itemIds = String.join(",", itemIds);
        this.passMark = passMark;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
    }

    /**
     * Records the time this attempt was given: the course's limit and the extra time or waiver of the
     * learner's accommodation when it started ({@code deadlineAt} already counts them).
     */
    public Attempt withTimeAllowance(Integer limitMinutes, int extraPercent, boolean waived) {
        this.timeLimitMinutes = limitMinutes;
        this.extraTimePercent = extraPercent > 0 ? extraPercent : null;
        this.timeLimitWaived = waived;
        return this;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getExtraTimePercent() {
        return extraTimePercent == null ? 0 : extraTimePercent;
    }

    public boolean isTimeLimitWaived() {
        return timeLimitWaived;
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

    public String getModuleId() {
        return moduleId;
    }

    public State getState() {
        return state;
    }

    public long getSeed() {
        return seed;
    }

    public List<String> getItemIds() {
        return itemIds.isEmpty() ? List.of() : Arrays.asList(itemIds.split(","));
    }

    public String getCaseId() {
        return caseId;
    }

    public boolean isCase() {
        return caseId != null;
    }

    /** The stages of a case revealed so far, in order; the last is the one the learner is at. */
    public List<String> getStagePath() {
        return stagePath == null ? List.of() : Arrays.asList(stagePath.split(","));
    }

    public int getPassMark() {
        return passMark;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public Integer getMaxPoints() {
        return maxPoints;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public String getOutcome() {
        return outcome;
    }
}
