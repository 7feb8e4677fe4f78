package academy.triggerpoint.assessment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** How one item of a graded attempt scored; kept for review, statistics and managers' reports. */
@Entity
@Table(name = "attempt_item_result")
@IdClass(AttemptItemResult.Key.class)
public class AttemptItemResult {

    public record Key(Long attemptId, String itemId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long attemptId;
    @Id
    private String itemId;
    private int position;
    private boolean answered;
    private BigDecimal credit;
    private BigDecimal points;
    private int maxPoints;
    private String criticalMiss;
    private String stageId;
    private String choiceId;

    protected AttemptItemResult() {
    }

    public AttemptItemResult(Long attemptId, String itemId, int position, boolean answered, BigDecimal credit,
                             BigDecimal points, int maxPoints, String criticalMiss, String stageId, String choiceId) {
        this.attemptId = attemptId;
        this.itemId = itemId;
        this.position = position;
        this.answered = answered;
        this.credit = credit;
        this.points = points;
        this.maxPoints = maxPoints;
        this.criticalMiss = criticalMiss;
        this.stageId = stageId;
        this.choiceId = choiceId;
    }

    public String getItemId() {
        return itemId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isAnswered() {
        return answered;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public String getCriticalMiss() {
        return criticalMiss;
    }

    public String getStageId() {
        return stageId;
    }

    public String getChoiceId() {
        return choiceId;
    }
}
