package academy.triggerpoint.assessment.grading;

public enum Outcome {
    PASSED,
    FAILED,
    /** A safety-critical mistake: failed whatever the score. */
    FAILED_CRITICAL
}
