package academy.triggerpoint.shared;

/**
 * Text for a CSV file that people open in a spreadsheet. A cell starting with {@code = + - @}, a
 * tab or a carriage return would be run as a formula (and could fetch or leak data), so it is
 * prefixed with an apostrophe, which spreadsheets show as text. Used by every CSV export.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** Text as a spreadsheet shows it, never as a formula it would run; null as an empty cell. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
