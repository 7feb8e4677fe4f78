package academy.triggerpoint.panel;

/** A course whose panel the signed-in panellist sits on, and how far they are through it. */
public record PanelCourse(String courseId, String title, long answered, int questions) {
}
