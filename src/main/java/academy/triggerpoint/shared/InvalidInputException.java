package academy.triggerpoint.shared;

/**
 * Input a person can correct. {@code field} names the form field the message belongs to (or is null
 * for the form as a whole); nothing was changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
