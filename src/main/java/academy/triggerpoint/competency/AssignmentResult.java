package academy.triggerpoint.competency;

import java.util.List;

/** What an assignment request did: how many assignments it created, and who was left out and why. */
public record AssignmentResult(int created, List<String> skipped) {
}
