package academy.triggerpoint.catalog.content;

/**
 * A lesson. {@code markdown} is the body without front matter; {@code sourcePath} is the file's
 * path in the course folder, which resolves the lesson's relative image paths.
 */
public record LessonDefinition(String id, String moduleId, String title, int minutes, String markdown,
                               String sourcePath, int bodyLineOffset) {
}
