package academy.triggerpoint.assessment.grading;

/**
 * One item graded. {@code credit} is the share of the item's points earned (0 to 1);
 * {@code criticalMiss} says why the item fails the attempt on safety grounds, or is null. In a case,
 * {@code stageId} names the stage the item belongs to, and for a decision {@code choiceId} the
 * choice taken (a decision's {@code itemId} is its stage id).
 */
public record ItemResult(String itemId, boolean answered, double credit, double points, int maxPoints,
                         String criticalMiss, String stageId, String choiceId) {

    public ItemResult(String itemId, boolean answered, double credit, double points, int maxPoints, String criticalMiss) {
        this(itemId, answered, credit, points, maxPoints, criticalMiss, null, null);
    }

    public boolean fullyCorrect() {
        return credit >= 1.0;
    }

    ItemResult inStage(String stage) {
        return new ItemResult(itemId, answered, credit, points, maxPoints, criticalMiss, stage, choiceId);
    }
}
