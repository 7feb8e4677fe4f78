package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.TestFolders;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.domain.CourseRepository;
import academy.triggerpoint.catalog.domain.CourseVersionRepository;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The course folder changes under a running app: new versions, unchanged folders, broken courses. */
@IntegrationTest
class CourseLibraryIT {

    static final Path FOLDER = TestFolders.withIntroCourse("courses");

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("academy.courses.folder", FOLDER::toString);
    }

    @Autowired CourseLibrary library;
    @Autowired CatalogService catalog;
    @Autowired CourseRepository courses;
    @Autowired CourseVersionRepository versions;
    @Autowired AccountRepository accounts;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN, Role.LEARNER));
    }

    @AfterEach
    void cleanUp() throws IOException {
        SignIn.out();
        try (Stream<Path> children = Files.list(FOLDER)) {
            for (Path child : children.filter(p -> !p.endsWith("intro-course")).toList()) {
                TestFolders.deleteRecursively(child);
            }
        }
    }

    @Test
    void scanning_an_unchanged_folder_again_changes_nothing() {
        long versionsBefore = versions.count();
        Long current = courses.findById("intro-course").orElseThrow().getCurrentVersionId();

        library.reload();

        assertThat(versions.count()).isEqualTo(versionsBefore);
        assertThat(courses.findById("intro-course").orElseThrow().getCurrentVersionId()).isEqualTo(current);
    }

    @Test
    void a_changed_folder_becomes_a_new_version_and_enrolled_learners_stay_on_theirs() throws IOException {
        TestFolders.copy(FOLDER.resolve("intro-course"), FOLDER.resolve("second-course"));
        Path manifest = FOLDER.resolve("second-course/course.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("id: intro-course", "id: second-course"));
        library.reload();
        catalog.enrol("second-course");
        long pinned = versions.findAll().stream().filter(v -> v.getCourseId().equals("second-course")).findFirst().orElseThrow().getId();

        Path lesson = FOLDER.resolve("second-course/modules/safety/contraindications.md");
        Files.writeString(lesson, Files.readString(lesson).replace("infected skin", "broken or infected skin"));
        library.reload();

        assertThat(versions.findAll()).filteredOn(v -> v.getCourseId().equals("second-course")).hasSize(2);
        assertThat(courses.findById("second-course").orElseThrow().getCurrentVersionId()).isNotEqualTo(pinned);
        catalog.completeLesson("second-course", "taut-bands");
        catalog.completeLesson("second-course", "referred-pain");
        assertThat(catalog.openLesson("second-course", "contraindications").html()).doesNotContain("broken or infected");
    }

    @Test
    void a_broken_course_is_not_loaded_at_all_while_the_others_still_load() throws IOException {
        TestFolders.copy(Path.of("src/test/resources/fixtures/broken/bad-manifest"), FOLDER.resolve("bad-manifest"));

        CourseProblems scan = library.reload();

        assertThat(scan.loadedCourses()).isEqualTo(1);
        assertThat(scan.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.matches(".*bad-manifest/course.yaml:19:\\d+: prerequisite 'module-9' of module 'two' does not exist"));
        assertThat(courses.findById("bad-manifest-x")).isEmpty();
        assertThat(courses.findById("bad-manifest")).isEmpty();
        assertThat(library.lastScan().problems()).isEqualTo(scan.problems());
    }

    @Test
    void only_administrators_see_course_problems() {
        SignIn.as(TestAccounts.create(accounts, "Learner"));

        assertThatThrownBy(() -> library.lastScan()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.reload()).isInstanceOf(AccessDeniedException.class);
    }
}
