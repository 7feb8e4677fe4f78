package academy.triggerpoint.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One attempt as a manager's drill-down lists it; score and outcome are null until graded. */
public record AttemptLine(long attemptId, String courseId, String moduleId, String caseId, String state,
                          Instant startedAt, Instant gradedAt, BigDecimal scorePercent, String outcome) {
}
