package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    private static CourseDefinition shipped(String id) {
        return CourseFolders.check(Path.of("courses")).stream().filter(c -> c.files().folderName().equals(id))
                .findFirst().orElseThrow().result().course().orElseThrow();
    }

    private static Stream<ItemDefinition> caseItems(CourseDefinition course) {
        return course.cases().stream().flatMap(c -> c.stages().stream()).flatMap(s -> s.items().stream());
    }

    private static long withCriticalEnding(CourseDefinition course) {
        return course.cases().stream().filter(c -> c.stages().stream().anyMatch(s -> s.decision() != null
                && s.decision().choices().stream().anyMatch(ch -> ch.ending() == CaseDefinition.Ending.CRITICAL))).count();
    }

    @Test
    void the_foundations_course_keeps_its_minimum_content_so_it_cannot_silently_shrink() {
        CourseDefinition course = shipped("dry-needling-foundations");

        assertThat(course.modules()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(module -> {
            assertThat(module.lessons()).as(module.id()).hasSizeBetween(3, 6);
            assertThat(module.objectives()).as(module.id()).isNotEmpty();
            assertThat(module.keyPoints()).as(module.id()).isNotEmpty();
            assertThat(module.readingList()).as(module.id()).isNotEmpty();
            assertThat(module.quiz()).as(module.id()).isNotNull();
        });
        assertThat(course.cases()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(withCriticalEnding(course)).isGreaterThanOrEqualTo(6);
        assertThat(course.cases()).allSatisfy(c -> assertThat(c.stages()).as(c.id())
                .anyMatch(s -> s.decision() != null && s.decision().choices().size() >= 2));
        assertThat(caseItems(course)).anyMatch(i -> i instanceof ItemDefinition.KeyFeatures)
                .anyMatch(i -> i instanceof ItemDefinition.ScriptConcordance);
        assertThat(course.validityMonths()).isEqualTo(24);
        assertThat(course.deliveryMode()).isEqualTo("online-self-paced");
    }

    @Test
    void the_refresher_renews_the_foundations_course_with_a_safety_quiz_and_three_cases() {
        CourseDefinition course = shipped("needle-safety-refresher");

        assertThat(course.renews()).containsExactly("dry-needling-foundations");
        assertThat(course.modules()).allSatisfy(module -> assertThat(module.quiz()).isNotNull());
        assertThat(course.cases()).hasSize(3);
        assertThat(withCriticalEnding(course)).isEqualTo(3);
    }
}
