package academy.triggerpoint.authoring;

import academy.triggerpoint.shared.InvalidInputException;

/** Someone saved the same file after the caller opened it; nothing of either save was lost. */
public class EditConflictException extends InvalidInputException {

    public EditConflictException(String message) {
        super(null, message);
    }
}
