package academy.triggerpoint.assessment.ui;

/** How outcomes read on screen. */
final class Outcomes {

    private Outcomes() {
    }

    static String label(String outcome) {
        return switch (outcome) {
            case "PASSED" -> "Passed";
            case "FAILED" -> "Not passed";
            case "FAILED_CRITICAL" -> "Not passed: safety-critical mistake";
            default -> outcome;
        };
    }
}
