package academy.triggerpoint.catalog.content;

/**
 * One thing wrong with a course file. {@code file} is relative to the folder that holds the
 * courses (for example {@code courses/dn-foundations/course.yaml}); {@code line} is 1-based, or 0
 * when the problem concerns the file as a whole. {@code field} is the JSON pointer of the YAML
 * value the problem concerns (for example {@code /competencies/2/id}), so an editor can show it at
 * that field; it is empty when the problem is not about one field.
 */
public record Problem(String file, int line, String message, String field) {

    public Problem {
        field = field == null ? "" : field;
    }

    public Problem(String file, int line, String message) {
        this(file, line, message, "");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
