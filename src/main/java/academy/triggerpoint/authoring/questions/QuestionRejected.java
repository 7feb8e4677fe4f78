package academy.triggerpoint.authoring.questions;

/**
 * Thrown while reading one question to abandon it with a reason for the author. The parsers catch it
 * per question, so a bad question never stops the rest of the file and is never half-imported.
 */
final class QuestionRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    QuestionRejected(String reason) {
        // No stack trace: this is an expected outcome with a message, not a bug to debug.
        super(reason, null, false, false);
    }
}
