package academy.triggerpoint.catalog.content;

/**
 * One thing wrong with a course file. {@code file} is relative to the folder that holds the
 * courses (for example {@code courses/dn-foundations/course.yaml}); {@code line} is 1-based, or 0
 * when the problem concerns the file as a whole.
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
