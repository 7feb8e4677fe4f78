package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.TestFolders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Careless and hostile course files (issue 16): each is one problem naming the file, never an
 * exception, and nothing outside the course folder is ever read.
 */
class HostileCourseFilesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/good/intro-course");

    @TempDir Path root;

    /** A copy of the good fixture course under {@code root/intro-course}. */
    private Path course() throws IOException {
        Path copy = root.resolve("intro-course");
        TestFolders.copy(FIXTURE, copy);
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private List<String> problems(Path course) {
        return CourseParser.parse(CourseFiles.readFolder(course, "courses/intro-course")).problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void a_whole_number_too_large_for_its_field_is_a_problem_with_file_and_line_not_an_exception() throws IOException {
        Path course = course();
        replace(course.resolve("modules/safety/module.yaml"), "attempts: 3", "attempts: 99999999999999999999999");
        replace(course.resolve("modules/basics/taut-bands.md"), "minutes: 5", "minutes: 3000000000");

        assertThat(problems(course)).anyMatch(p -> p.startsWith("courses/intro-course/modules/safety/module.yaml:10:")
                && p.contains("99999999999999999999999")).anyMatch(p -> p.startsWith("courses/intro-course/modules/basics/taut-bands.md:")
                && p.contains("3000000000"));
    }

    @Test
    void a_symbolic_link_is_refused_and_what_it_points_to_is_never_read() throws IOException {
        Path course = course();
        Path outside = Files.writeString(root.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createSymbolicLink(course.resolve("modules/basics/images/innocent.svg"), outside);

        CourseFiles files = CourseFiles.readFolder(course, "courses/intro-course");

        assertThat(files.files()).doesNotContainKey("modules/basics/images/innocent.svg");
        assertThat(CourseParser.parse(files).problems()).extracting(Problem::toString).contains(
                "courses/intro-course/modules/basics/images/innocent.svg: this is a symbolic link; a course holds real "
                        + "files only, inside its folder");
    }

    @Test
    void an_svg_with_a_document_type_declaration_is_refused_whatever_its_entities_hold() throws IOException {
        Path course = course();
        Files.writeString(course.resolve("modules/basics/images/band.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [ <!ENTITY payload "&#60;script&#62;alert(1)&#60;/script&#62;"> ]>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&payload;</text></svg>
                """);

        assertThat(problems(course)).anyMatch(p -> p.startsWith("courses/intro-course/modules/basics/images/band.svg:2: SVG may "
                + "not contain a <!DOCTYPE> declaration"));
    }

    @Test
    void a_nul_character_in_a_lesson_is_named_with_its_line_and_a_byte_order_mark_is_accepted_everywhere() throws IOException {
        Path course = course();
        replace(course.resolve("modules/basics/referred-pain.md"), "minutes: 5", "minutes: 5\n\u0000");
        byte[] lesson = Files.readAllBytes(course.resolve("modules/basics/taut-bands.md"));
        byte[] withBom = new byte[lesson.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(lesson, 0, withBom, 3, lesson.length);
        Files.write(course.resolve("modules/basics/taut-bands.md"), withBom);

        assertThat(problems(course)).containsExactly("courses/intro-course/modules/basics/referred-pain.md:4: this file contains "
                + "a NUL character (byte 0), which text never holds; save it again as plain UTF-8 text");
    }

    @Test
    void a_matching_item_with_two_identical_prompts_is_refused() throws IOException {
        Path course = course();
        replace(course.resolve("modules/safety/items/bank.yaml"), "left: Gluteus medius", "left: Upper trapezius");

        assertThat(problems(course)).anyMatch(p -> p.contains("left-hand prompts must all differ"));
    }

    @Test
    void a_defect_the_checker_does_not_foresee_becomes_one_problem_for_that_course_only() throws IOException {
        Path course = course();
        CourseFiles files = CourseFiles.readFolder(course, "courses/intro-course");
        CourseParser.Result result;
        try (org.mockito.MockedStatic<YamlDoc> yaml = org.mockito.Mockito.mockStatic(YamlDoc.class)) {
            yaml.when(() -> YamlDoc.parse(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                    org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.any()))
                    .thenThrow(new IllegalStateException("simulated defect"));
            result = CourseParser.parse(files);
        }

        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith("courses/intro-course/course.yaml: this course could not be checked").contains("simulated defect");
        assertThat(CourseParser.parse(files).ok()).as("the same files, checked normally").isTrue();
    }

    @Test
    void two_folders_holding_the_same_course_id_are_a_problem_for_the_command_line_check() throws IOException {
        Path first = course();
        Path elsewhere = root.resolve("elsewhere");
        TestFolders.copy(first, elsewhere.resolve("intro-course"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CourseFolders.runCheck(List.of(first.toString(), elsewhere.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("course id 'intro-course' is also the id of");
    }

    @Test
    void a_tab_in_an_item_bank_is_one_problem_in_plain_words_at_its_line_and_column_with_no_follow_on_errors() throws IOException {
        Path course = course();
        replace(course.resolve("modules/safety/items/bank.yaml"), "    lesson: contraindications", "\t  lesson: contraindications");

        assertThat(problems(course)).containsExactly("courses/intro-course/modules/safety/items/bank.yaml:4:1: a tab "
                + "character: YAML indents with spaces only; replace the tab with spaces");
    }

    @Test
    void a_key_without_its_colon_is_named_on_its_own_line_not_the_next_one() throws IOException {
        Path course = course();
        replace(course.resolve("course.yaml"), "version: 1.0.0", "version 1.0.0");

        assertThat(problems(course)).singleElement().asString()
                .startsWith("courses/intro-course/course.yaml:3:1: this line has no ':' after its key")
                .doesNotContain("simple key", "token", "scanning");
    }

    @Test
    void an_unclosed_quote_is_named_where_it_opens() throws IOException {
        Path course = course();
        replace(course.resolve("modules/safety/items/bank.yaml"), "text: Needle as usual; filiform",
                "text: \"Needle as usual; filiform");

        assertThat(problems(course)).singleElement().asString().startsWith(
                "courses/intro-course/modules/safety/items/bank.yaml:19:15: the quote that opens here is never closed");
    }

    @Test
    void a_field_problem_names_the_column_of_its_field() throws IOException {
        Path course = course();
        replace(course.resolve("course.yaml"), "validityMonths: 24", "validityMonths: 24\ncolour: blue");

        assertThat(problems(course)).singleElement().asString().startsWith("courses/intro-course/course.yaml:21:1: unknown "
                + "field 'colour'");
    }

    @Test
    void a_mistake_inside_a_case_is_reported_once_not_again_as_a_grading_component_that_is_no_case() throws IOException {
        Path course = course();
        replace(course.resolve("course.yaml"), "      mustPass: true", "      mustPass: true\n    - case: runner-calf\n      weight: 1");
        replace(course.resolve("cases/runner-calf.yaml"), "    next: plan", "    next: nowhere");

        assertThat(problems(course)).singleElement().asString()
                .startsWith("courses/intro-course/cases/runner-calf.yaml:23:").contains("'nowhere', which does not exist");
    }

    @Test
    void a_folder_named_like_a_course_file_is_refused_by_name_not_reported_missing_or_passed_over() throws IOException {
        Path course = course();
        Path bank = course.resolve("modules/safety/items/bank.yaml");
        byte[] content = Files.readAllBytes(bank);
        Files.delete(bank);
        Files.createDirectories(bank);
        Files.write(bank.resolve("bank.yaml"), content);

        assertThat(problems(course)).containsExactly("courses/intro-course/modules/safety/items/bank.yaml: this is a folder, "
                + "but its name is that of a course file; a course file must be a file, so rename the folder or move its "
                + "contents out");
    }

    @Test
    void raw_html_that_learners_would_never_see_is_named_with_line_and_column() throws IOException {
        Path course = course();
        replace(course.resolve("modules/basics/taut-bands.md"), "A **taut band** is a group of tight muscle fibres.", """
                A **taut band** is a group of tight muscle fibres.

                <script>alert(1)</script>

                See <img src="images/band.svg" onerror="alert(1)"> and [this](jav&#x09;ascript:alert(1)).

                <iframe src="https://example.org"></iframe>""");

        assertThat(problems(course)).containsExactly(
                "courses/intro-course/modules/basics/taut-bands.md:7:1: raw HTML <script> is removed before learners see "
                        + "the lesson; write it in Markdown or leave it out",
                "courses/intro-course/modules/basics/taut-bands.md:9:5: a raw <img> skips the image checks (alt text, the "
                        + "file, its size); write the image in Markdown: ![what it shows](path)",
                "courses/intro-course/modules/basics/taut-bands.md:9:5: the attribute 'onerror' of <img> is removed before "
                        + "learners see the lesson; leave it out",
                "courses/intro-course/modules/basics/taut-bands.md:9:56: the link to 'javascript:…' is removed before "
                        + "learners see the lesson; link only to http(s) pages, mailto: addresses or files of the course",
                "courses/intro-course/modules/basics/taut-bands.md:11:1: raw HTML <iframe> is removed before learners see "
                        + "the lesson; write it in Markdown or leave it out");
    }

    @Test
    void html_pages_and_scripts_in_a_course_folder_are_refused_as_the_zip_import_refuses_them() throws IOException {
        Path course = course();
        Files.writeString(course.resolve("modules/basics/handout.html"), "<html><body>Handout</body></html>");
        Files.writeString(course.resolve("build.sh"), "echo build");

        assertThat(problems(course)).containsExactlyInAnyOrder(
                "courses/intro-course/build.sh: this is an executable, script or web page: not course content",
                "courses/intro-course/modules/basics/handout.html: this is an executable, script or web page: not course "
                        + "content");
    }
}
