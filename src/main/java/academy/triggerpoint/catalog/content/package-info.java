/**
 * The {@code courses/} folder format: reading a course folder, validating every file with file and
 * line, rendering lessons to safe HTML, and the command-line check authors run. Plain Java, no
 * Spring, so the check runs without a server and the same code validates in-app edits.
 */
@org.springframework.modulith.NamedInterface("content")
package academy.triggerpoint.catalog.content;
