package academy.triggerpoint.catalog;

/**
 * One lesson in the course player, with its neighbours for previous/next navigation. {@code title}
 * and {@code html} are in {@code language} (a translation's, or the course's); the course and module
 * titles are in {@code courseLanguage}. {@code onlyInCourseLanguage} says the reader's language is
 * neither the course's nor a translation's, so the page can say the lesson exists only in its language.
 */
public record LessonPage(String courseId, String courseTitle, String moduleId, String moduleTitle, String lessonId,
                         String title, int minutes, String html, boolean done, String previousLessonId,
                         String nextLessonId, int lessonNumber, int lessonCount, int percentComplete,
                         String language, String courseLanguage, boolean onlyInCourseLanguage) {
}
