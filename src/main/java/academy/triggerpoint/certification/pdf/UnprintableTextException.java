package academy.triggerpoint.certification.pdf;

/**
 * Text for a PDF has a character that none of the embedded fonts can draw. The message names the
 * field and the character; nothing was rendered. Registration and the profile refuse such names
 * (through {@code PrintableText}), so this is met only by data that was stored before, or by text
 * an author supplied.
 */
public class UnprintableTextException extends IllegalArgumentException {

    private final String field;
    private final int codePoint;

    UnprintableTextException(String field, int codePoint) {
        super("The " + field + " has the character " + Typesetter.describe(codePoint)
                + ", which no embedded font can print");
        this.field = field;
        this.codePoint = codePoint;
    }

    /** Which text it was, in words: "learner name", "course title". */
    public String field() {
        return field;
    }

    public int codePoint() {
        return codePoint;
    }
}
