package academy.triggerpoint.catalog.content;

/**
 * One thing wrong with a course file. {@code file} is relative to the folder that holds the
 * courses (for example {@code courses/dn-foundations/course.yaml}); {@code line} is 1-based, or 0
 * when the problem concerns the file as a whole; {@code column} is 1-based where the reader knows
 * it, otherwise 0. {@code field} is the JSON pointer of the YAML value the problem concerns (for
 * example {@code /competencies/2/id}), so an editor can show it at that field; it is empty when the
 * problem is not about one field.
 */
public record Problem(String file, int line, String message, String field, int column) {

    public Problem {
        field = field == null ? "" : field;
        column = line > 0 ? Math.max(column, 0) : 0;
    }

    public Problem(String file, int line, String message, String field) {
        this(file, line, message, field, 0);
    }

    public Problem(String file, int line, String message) {
        this(file, line, message, "", 0);
    }

    /** Where in its file the problem is, as an author reads it: "Line 12, column 5", "Line 12" or "". */
    public String position() {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? "Line " + line + ", column " + column : "Line " + line;
    }

    /** {@code file:line:column}, the form compilers and editors understand; parts not known are left out. */
    public String where() {
        return line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
