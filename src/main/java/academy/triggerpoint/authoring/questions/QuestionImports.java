package academy.triggerpoint.authoring.questions;

/**
 * Reads question banks exported from Moodle. Neither method throws for bad input: every question
 * is either imported completely or listed as rejected with where it is and why, so an author can
 * fix the file and import again.
 */
public final class QuestionImports {

    private QuestionImports() {
    }

    /**
     * Questions from GIFT, Moodle's plain-text format.
     *
     * @param text     the file's text (Windows line endings and a byte-order mark are fine)
     * @param fileName how rejections and questions name the file, e.g. {@code bank.gift}
     */
    public static QuestionImport gift(String text, String fileName) {
        return GiftParser.parse(text == null ? "" : text, fileName);
    }

    /**
     * Questions from a Moodle XML export. A document that is not well-formed XML, or that declares a
     * DOCTYPE (refused for safety), gives a single rejection with its line and no questions.
     *
     * @param xml      the file's bytes, as uploaded; the XML declaration decides the encoding
     * @param fileName how rejections and questions name the file, e.g. {@code quiz.xml}
     */
    public static QuestionImport moodleXml(byte[] xml, String fileName) {
        return MoodleXmlParser.parse(xml, fileName);
    }
}
