package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CourseDefinition;
import java.util.Map;

/** A stored course version, parsed, with its lessons rendered to safe HTML. */
public record LoadedCourse(long versionId, CourseDefinition definition, Map<String, String> lessonHtml) {
}
