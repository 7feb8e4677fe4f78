package academy.triggerpoint.assessment;

/** An attempt (quiz or case) was graded or regraded; {@code outcome} is PASSED, FAILED or FAILED_CRITICAL. */
public record AttemptGraded(long attemptId, long accountId, String courseId, String outcome) {
}
