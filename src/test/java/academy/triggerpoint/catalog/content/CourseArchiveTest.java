package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CourseArchiveTest {

    static Stream<Path> shippedCourses() throws IOException {
        return Files.list(Path.of("courses")).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest
    @MethodSource("shippedCourses")
    void every_shipped_course_round_trips_through_a_zip_with_the_same_content_hash(Path folder) {
        CourseFiles original = CourseFiles.readFolder(folder, "courses/" + folder.getFileName());

        byte[] zip = CourseArchive.write(original);
        CourseFiles back = CourseArchive.read(zip, folder.getFileName() + ".zip");

        assertThat(back.folderName()).isEqualTo(original.folderName());
        assertThat(back.files().keySet()).isEqualTo(original.files().keySet());
        assertThat(back.contentHash()).isEqualTo(original.contentHash());
        assertThat(CourseArchive.write(back)).as("the same version always gives the same bytes").isEqualTo(zip);
        assertThat(CourseParser.parse(back).problems()).isEmpty();
    }

    @Test
    void a_broken_course_in_an_archive_gets_the_same_problems_as_the_folder() {
        CourseFiles folder = CourseFiles.readFolder(Path.of("src/test/resources/fixtures/broken/bad-cases"), "bad-cases");
        CourseFiles zipped = CourseArchive.read(CourseArchive.write(folder), "upload.zip");

        List<String> fromFolder = CourseParser.parse(folder).problems().stream()
                .map(p -> p.file().replace("bad-cases/", "") + ":" + p.line() + " " + p.message()).toList();
        List<String> fromZip = CourseParser.parse(zipped).problems().stream()
                .map(p -> p.file().replace("upload.zip: bad-cases/", "") + ":" + p.line() + " " + p.message()).toList();

        assertThat(fromFolder).isNotEmpty();
        assertThat(fromZip).isEqualTo(fromFolder);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void paths_that_leave_the_course_folder_are_refused() throws IOException {
        for (String evil : List.of("course/../../etc/passwd", "/etc/passwd", "course\\..\\evil.md", "C:/evil.md", "course/./x.md")) {
            byte[] archive = zip(Map.of(evil, text("x")));
            assertThatThrownBy(() -> CourseArchive.read(archive, "evil.zip"))
                    .as(evil).isInstanceOf(CourseArchive.InvalidArchiveException.class)
                    .hasMessageContaining("evil.zip");
        }
    }

    @Test
    void executables_scripts_and_nested_archives_are_refused() throws IOException {
        assertThatThrownBy(() -> CourseArchive.read(zip(Map.of("course/run.sh", text("echo"))), "a.zip"))
                .hasMessageContaining("executable, script or web page");
        assertThatThrownBy(() -> CourseArchive.read(zip(Map.of("course/image.svg", new byte[] {'M', 'Z', 0, 0})), "a.zip"))
                .hasMessageContaining("holds a program");
        assertThatThrownBy(() -> CourseArchive.read(zip(Map.of("course/notes.md", text("#!/bin/sh\nrm -rf /"))), "a.zip"))
                .hasMessageContaining("holds a program");
    }

    @Test
    void a_zip_bomb_is_refused_without_being_unpacked() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("course/course.yaml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros); // 1 GB of zeros, about 1 MB compressed
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);

        assertThatThrownBy(() -> CourseArchive.read(bytes.toByteArray(), "bomb.zip"))
                .isInstanceOf(CourseArchive.InvalidArchiveException.class)
                .hasMessageContaining("bomb.zip has course/course.yaml");
    }

    @Test
    void an_archive_must_hold_exactly_one_course_folder() throws IOException {
        assertThatThrownBy(() -> CourseArchive.read(zip(Map.of("course.yaml", text("id: x"))), "flat.zip"))
                .hasMessageContaining("outside a course folder");
        assertThatThrownBy(() -> CourseArchive.read(zip(new java.util.TreeMap<>(Map.of("a/course.yaml", text("id: a"),
                "b/course.yaml", text("id: b")))), "two.zip")).hasMessageContaining("more than one folder");
        assertThatThrownBy(() -> CourseArchive.read(text("not a zip at all"), "junk.zip"))
                .hasMessageContaining("junk.zip is not a readable ZIP file");
        assertThatThrownBy(() -> CourseArchive.read(zip(Map.of("__MACOSX/x", text("junk"))), "empty.zip"))
                .hasMessageContaining("holds no course files");
        assertThat(CourseArchive.read(zip(new java.util.TreeMap<>(Map.of("a/course.yaml", text("id: a"),
                "__MACOSX/a/._course.yaml", text("junk"), "a/.DS_Store", text("junk")))), "mac.zip").files())
                .as("system clutter is skipped").containsOnlyKeys("course.yaml");
    }

    @Test
    void a_symbolic_link_in_an_archive_is_refused_with_its_path() throws IOException {
        CourseFiles course = CourseFiles.readFolder(Path.of("src/test/resources/fixtures/good/intro-course"), "intro-course");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : course.files().entrySet()) {
                zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("intro-course/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeArchiveEntry();
            }
            var link = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("intro-course/modules/basics/images/passwd.svg");
            link.setUnixMode(0120777); // a symbolic link, as `zip --symlinks` stores one
            zip.putArchiveEntry(link);
            zip.write(text("/etc/passwd"));
            zip.closeArchiveEntry();
        }

        CourseFiles read = CourseArchive.read(bytes.toByteArray(), "linked.zip");

        assertThat(read.files()).doesNotContainKey("modules/basics/images/passwd.svg");
        assertThat(CourseParser.parse(read).problems()).extracting(Problem::toString).containsExactly(
                "linked.zip: intro-course/modules/basics/images/passwd.svg: this is a symbolic link; a course holds real "
                        + "files only, inside its folder");
    }

    @Test
    void a_folder_in_an_archive_named_like_a_course_file_is_refused() throws IOException {
        byte[] archive = zip(Map.of("course/course.yaml/", new byte[0], "course/items/bank.yaml/x.yaml", text("a: 1")));

        assertThat(CourseArchive.read(archive, "odd.zip").refused()).containsOnlyKeys("course.yaml", "items/bank.yaml/x.yaml");
    }
}
