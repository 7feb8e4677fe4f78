package academy.triggerpoint.assessment.grading;

/**
 * One item graded. {@code credit} is the share of the item's points earned (0 to 1);
 * {@code criticalMiss} says why the item fails the attempt on safety grounds, or is null.
 */
public record ItemResult(String itemId, boolean answered, double credit, double points, int maxPoints,
                         String criticalMiss) {

    public boolean fullyCorrect() {
        return credit >= 1.0;
    }
}
