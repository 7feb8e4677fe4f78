package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Practical assessments ({@code practicals/<id>.yaml}) are read and checked like every other course file. */
class PracticalParserTest {

    private static final String PATH = "practicals/observed-needling.yaml";

    private static CourseParser.Result withPractical(String from, String to) {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(CourseParserTest.FIXTURES.resolve("good/intro-course"), "x").files());
        String practical = new String(files.get(PATH), StandardCharsets.UTF_8);
        assertThat(practical).contains(from);
        files.put(PATH, practical.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));
    }

    @Test
    void a_valid_practical_loads_with_its_steps_pass_rule_and_validity() {
        CourseDefinition course = CourseParserTest.parse("good/intro-course").course().orElseThrow();

        PracticalDefinition practical = course.practical("observed-needling").orElseThrow();
        assertThat(practical.competency()).isEqualTo("observed-needling");
        assertThat(practical.validForMonths()).isEqualTo(12);
        assertThat(practical.minimumPercent()).isEqualTo(75);
        assertThat(practical.steps()).extracting(PracticalDefinition.Step::id, PracticalDefinition.Step::critical).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hand-hygiene", true), org.assertj.core.groups.Tuple.tuple("landmarks", false),
                org.assertj.core.groups.Tuple.tuple("pincer-grip", true), org.assertj.core.groups.Tuple.tuple("sharps", true),
                org.assertj.core.groups.Tuple.tuple("observe-after", false));
    }

    @Test
    void a_course_adds_body_regions_each_with_an_id_and_a_label_listed_once() {
        assertThat(CourseParserTest.parse("good/intro-course").course().orElseThrow().bodyRegions())
                .containsExactly(new CourseDefinition.BodyRegion("jaw-face", "Jaw and face"));

        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(CourseParserTest.FIXTURES.resolve("good/intro-course"), "x").files());
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8).replace("    label: \"Jaw and face\"\n",
                "    label: \"Jaw and face\"\n  - id: jaw-face\n    label: \"Face\"\n  - id: Jaw Face\n    label: \"Jaw\"\n");
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        assertThat(CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files)).problems())
                .extracting(CourseParserTest::atLine).containsExactly(
                        "courses/intro-course/course.yaml:34: body region 'jaw-face' is listed twice",
                        "courses/intro-course/course.yaml:36: 'Jaw Face' is not a valid id: use lower-case letters, digits and single hyphens");
    }

    @Test
    void a_critical_step_without_its_source_is_refused_with_file_and_line() {
        CourseParser.Result result = withPractical("    source: Fixture safety guideline, section 3\n", "");

        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly("courses/intro-course/" + PATH
                + ":19: step 'sharps' is critical: cite the source of the safety rule it checks");
    }

    @Test
    void a_competency_that_a_quiz_also_evidences_or_that_is_not_declared_is_refused() {
        assertThat(withPractical("competency: observed-needling", "competency: safety").problems())
                .extracting(CourseParserTest::atLine).containsExactly("courses/intro-course/" + PATH + ":4: competency 'safety' "
                        + "is also evidenced by a module quiz or a case; declare a competency of its own for what is observed in practice");
        assertThat(withPractical("competency: observed-needling", "competency: juggling").problems())
                .extracting(CourseParserTest::atLine).containsExactly("courses/intro-course/" + PATH
                        + ":4: competency 'juggling' is not declared in course.yaml");
    }

    @Test
    void bad_numbers_a_checklist_without_a_critical_step_and_a_repeated_step_are_each_reported() {
        assertThat(withPractical("validForMonths: 12", "validForMonths: -1").problems()).extracting(CourseParserTest::atLine)
                .containsExactly("courses/intro-course/" + PATH + ":5: 'validForMonths' must be between 1 and 120, not -1");
        assertThat(withPractical("minimumPercent: 75", "minimumPercent: 101").problems()).extracting(CourseParserTest::atLine)
                .containsExactly("courses/intro-course/" + PATH + ":7: 'minimumPercent' must be between 1 and 100, not 101");
        assertThat(withPractical("critical: true", "critical: false").problems()).extracting(CourseParserTest::atLine)
                .containsExactly("courses/intro-course/" + PATH + ":8: mark at least one step critical: an observation of "
                        + "needling always has a step that fails it on its own");
        assertThat(withPractical("- id: landmarks", "- id: hand-hygiene").problems()).extracting(CourseParserTest::atLine)
                .containsExactly("courses/intro-course/" + PATH + ":13: step 'hand-hygiene' is listed twice");
    }
}
