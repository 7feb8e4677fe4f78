package academy.triggerpoint.authoring.questions;

/**
 * A question that was not imported, and why.
 *
 * @param where  the file and the line the question starts on, like {@code bank.gift:12}, or for
 *               Moodle XML with the question's name, like {@code quiz.xml:34 (question 'Name')}
 * @param reason a plain sentence the author can act on
 */
public record Rejection(String where, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
