package academy.triggerpoint.assessment;

import java.util.List;

/** What a regrade changes (or, for a dry run, would change) in a course's graded attempts. */
public record RegradeReport(String courseId, boolean dryRun, int attemptsChecked, List<Change> changes) {

    public record Change(long attemptId, long accountId, String assessment, double oldPercent, double newPercent,
                         String oldOutcome, String newOutcome) {
    }
}
