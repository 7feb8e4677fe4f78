package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseFoldersTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void the_command_line_check_exits_zero_and_names_each_valid_course() {
        int exit = CourseFolders.runCheck(List.of("src/test/resources/fixtures/good"), out);

        assertThat(exit).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("ok   src/test/resources/fixtures/good/intro-course (3 modules, 4 lessons, 8 items, 2 cases, "
                        + "0.5 CE hours)")
                .contains("1 script-concordance item: keyed by the course's expert panel in the app, provisional (no "
                        + "points) until 10 panellists have answered; 1 carries a demonstration panel, used only in the demo "
                        + "profile")
                .contains("1 course valid");
    }

    @Test
    void the_command_line_check_prints_every_problem_and_exits_non_zero() {
        int exit = CourseFolders.runCheck(List.of("src/test/resources/fixtures/broken"), out);

        assertThat(exit).isEqualTo(1);
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("src/test/resources/fixtures/broken/bad-manifest/course.yaml:19:\\d+: prerequisite "
                + "'module-9' of module 'two' does not exist");
        assertThat(printed).contains("39 problems found");
    }

    @Test
    void a_missing_folder_is_reported_as_such() {
        assertThat(CourseFolders.runCheck(List.of("no/such/folder"), out)).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("no/such/folder: no such folder");
    }
}
