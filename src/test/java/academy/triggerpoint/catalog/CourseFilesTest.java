package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CourseFolders;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The content that ships in courses/ must always load. */
class CourseFilesTest {

    @Test
    void every_course_under_courses_passes_validation_without_a_single_problem() {
        List<CourseFolders.Checked> checked = CourseFolders.check(Path.of("courses"));

        assertThat(checked).extracting(c -> c.files().folderName())
                .contains("dry-needling-foundations", "needle-safety-refresher");
        assertThat(checked).allSatisfy(c -> assertThat(c.result().problems()).as(c.files().folderLabel()).isEmpty());
    }
}
