package academy.triggerpoint.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.TestFolders;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.Problem;
import academy.triggerpoint.catalog.ui.CourseProblemsView;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application starts with a course folder in which one course makes the reader fail in a way
 * no check foresaw (issue 16): the app is up, the problem is listed under Course problems, and the
 * other course is served.
 */
@IntegrationTest
@Import(CourseLoadFaultIT.ExplodingReader.class)
class CourseLoadFaultIT {

    static final Path FOLDER = foldersWithAnExplodingCourse();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("academy.courses.folder", FOLDER::toString);
    }

    /** Reads every course as production does, except that reading {@code exploding-course} throws. */
    @TestConfiguration
    static class ExplodingReader {
        @Bean
        @Primary
        CourseFolderReader explodingCourseFolderReader() {
            return new CourseFolderReader() {
                @Override
                CourseFolders.Checked check(Path courseFolder) {
                    if (courseFolder.getFileName().toString().equals("exploding-course")) {
                        throw new IllegalStateException("simulated failure inside the course reader");
                    }
                    return super.check(courseFolder);
                }
            };
        }
    }

    @Autowired ApplicationContext context;
    @Autowired CatalogService catalog;
    @Autowired CourseLibrary library;
    @Autowired AccountRepository accounts;

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    @Test
    void a_course_that_makes_the_reader_fail_is_listed_as_a_problem_and_the_other_course_is_served() {
        SignIn.as(TestAccounts.create(accounts, "Learner"));
        assertThat(catalog.catalogue()).extracting(CourseCard::courseId).contains("intro-course")
                .doesNotContain("exploding-course");

        SignIn.as(TestAccounts.create(accounts, "Admin", Role.ADMIN));
        assertThat(library.lastScan().loadedCourses()).isEqualTo(1);
        assertThat(library.lastScan().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("exploding-course/course.yaml");
            assertThat(problem.message()).startsWith("this course could not be checked")
                    .contains("simulated failure inside the course reader");
        });

        KaribuViews.setUp(context);
        UI.getCurrent().navigate("admin/course-problems");
        @SuppressWarnings("unchecked")
        Grid<Problem> grid = _get(CourseProblemsView.class).getChildren().filter(Grid.class::isInstance)
                .map(c -> (Grid<Problem>) c).findFirst().orElseThrow();
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).message()).contains("simulated failure inside the course reader");
    }

    private static Path foldersWithAnExplodingCourse() {
        Path folder = TestFolders.withIntroCourse("fault");
        try {
            TestFolders.copy(folder.resolve("intro-course"), folder.resolve("exploding-course"));
            Path manifest = folder.resolve("exploding-course/course.yaml");
            Files.writeString(manifest, Files.readString(manifest).replace("id: intro-course", "id: exploding-course"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
