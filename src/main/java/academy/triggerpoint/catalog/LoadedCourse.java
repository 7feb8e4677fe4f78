package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseDefinition;
import java.util.Map;

/**
 * A stored course version, parsed, with its lessons rendered to safe HTML: {@code lessonHtml} by
 * lesson id in the course's language, {@code translatedLessonHtml} by lesson id and then language tag.
 */
public record LoadedCourse(long versionId, CourseDefinition definition, Map<String, String> lessonHtml,
                           Map<String, Map<String, String>> translatedLessonHtml) {

    /** The lesson's HTML in {@code language}: its translation's, or the original's when it has none in that language. */
    public String lessonHtml(String lessonId, String language) {
        return translatedLessonHtml.getOrDefault(lessonId, Map.of()).getOrDefault(language, lessonHtml.get(lessonId));
    }
}
