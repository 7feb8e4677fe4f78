package academy.triggerpoint.catalog;

/** One lesson in the course player, with its neighbours for previous/next navigation. */
public record LessonPage(String courseId, String courseTitle, String moduleId, String moduleTitle, String lessonId,
                         String title, int minutes, String html, boolean done, String previousLessonId,
                         String nextLessonId, int lessonNumber, int lessonCount, int percentComplete) {
}
