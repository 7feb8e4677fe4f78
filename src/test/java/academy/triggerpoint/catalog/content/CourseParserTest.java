package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseParserTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static CourseParser.Result parse(String folder) {
        Path dir = FIXTURES.resolve(folder);
        return CourseParser.parse(CourseFiles.readFolder(dir, "courses/" + dir.getFileName()));
    }

    static List<String> problems(String folder) {
        return parse(folder).problems().stream().map(CourseParserTest::atLine).toList();
    }

    @Test
    void a_valid_course_loads_with_modules_lessons_and_metadata() {
        CourseParser.Result result = parse("good/intro-course");

        assertThat(result.problems()).isEmpty();
        CourseDefinition course = result.course().orElseThrow();
        assertThat(course.id()).isEqualTo("intro-course");
        assertThat(course.modules()).extracting(ModuleDefinition::id).containsExactly("basics", "safety", "practice");
        assertThat(course.module("safety").orElseThrow().prerequisites()).containsExactly("basics");
        assertThat(course.lessonsInOrder()).extracting(LessonDefinition::id)
                .containsExactly("taut-bands", "referred-pain", "contraindications", "first-session");
        assertThat(course.ceContactHours()).isEqualByComparingTo("0.5");
        assertThat(course.provider().approvals()).containsExactly(new CourseDefinition.Approval("Test Board", "TB-0001"));
        assertThat(course.competencies()).filteredOn(CourseDefinition.Competency::safetyCritical)
                .extracting(CourseDefinition.Competency::id).containsExactly("safety");
        assertThat(course.contentHash()).hasSize(64);
    }

    @Test
    void manifest_mistakes_are_all_reported_with_file_and_line() {
        assertThat(problems("broken/bad-manifest")).containsExactlyInAnyOrder(
                "courses/bad-manifest/course.yaml:1: course id 'bad-manifest-x' must equal its folder name 'bad-manifest'",
                "courses/bad-manifest/course.yaml:1: required field 'title' is missing",
                "courses/bad-manifest/course.yaml:2: unknown field 'titel'; expected one of id, title, version, summary, "
                        + "objectives, ceContactHours, ceRule, assessmentMinutes, provider, presenters, deliveryMode, "
                        + "validityMonths, renews, requires, competencies, bodyRegions, modules, grading",
                "courses/bad-manifest/course.yaml:13: deliveryMode 'by-pigeon' is not one of online-self-paced, live-online, "
                        + "in-person, blended",
                "courses/bad-manifest/course.yaml:14: unknown field 'cases'; expected one of id, title, version, summary, "
                        + "objectives, ceContactHours, ceRule, assessmentMinutes, provider, presenters, deliveryMode, "
                        + "validityMonths, renews, requires, competencies, bodyRegions, modules, grading",
                "courses/bad-manifest/course.yaml:19: prerequisite 'module-9' of module 'two' does not exist",
                "courses/bad-manifest/course.yaml:18: module 'two' has no modules/two/module.yaml");
        assertThat(parse("broken/bad-manifest").course()).isEmpty();
    }

    @Test
    void each_problem_names_the_field_it_concerns_so_an_editor_can_show_it_there() {
        assertThat(parse("broken/bad-manifest").problems()).extracting(Problem::line, Problem::field, Problem::message)
                .contains(tuple(1, "/title", "required field 'title' is missing"),
                        tuple(2, "/titel", "unknown field 'titel'; expected one of id, title, version, "
                                + "summary, objectives, ceContactHours, ceRule, assessmentMinutes, provider, presenters, "
                                + "deliveryMode, validityMonths, renews, requires, competencies, bodyRegions, modules, grading"),
                        tuple(19, "/modules/1/prerequisites", "prerequisite 'module-9' of module 'two' does not exist"),
                        tuple(18, "", "module 'two' has no modules/two/module.yaml"));
    }

    @Test
    void a_yaml_syntax_error_names_in_plain_words_the_line_where_the_mistake_is() {
        assertThat(problems("broken/bad-yaml")).containsExactly("courses/bad-yaml/course.yaml:3: the list that opens with "
                + "'[' here is not closed with ']' (or its values are not separated by commas)");
    }

    @Test
    void lesson_image_and_svg_mistakes_are_all_reported_with_file_and_line() {
        assertThat(problems("broken/bad-lessons")).containsExactlyInAnyOrder(
                "courses/bad-lessons/modules/m/module.yaml:5: lesson 'missing-file' has no file modules/m/missing-file.md",
                "courses/bad-lessons/modules/m/no-front-matter.md:1: a lesson starts with front matter: a line '---', "
                        + "then title and minutes, then '---'",
                "courses/bad-lessons/modules/m/bad-images.md:7: image 'images/exists.svg' needs alt text: "
                        + "![what it shows](images/exists.svg)",
                "courses/bad-lessons/modules/m/bad-images.md:9: image 'images/missing.png' does not exist "
                        + "(looked for courses/bad-lessons/modules/m/images/missing.png)",
                "courses/bad-lessons/modules/m/bad-images.md:11: image '../../../../etc/passwd.png' must be a relative "
                        + "path to a file inside the course folder",
                "courses/bad-lessons/modules/m/bad-minutes.md:3: 'minutes' must be between 1 and 60, not 90",
                "courses/bad-lessons/modules/m/module.yaml:4: lesson file modules/m/orphan.md is not listed under 'lessons'",
                "courses/bad-lessons/modules/m/images/exists.svg:2: SVG may not contain <script>",
                "courses/bad-lessons/modules/m/images/exists.svg:3: SVG may not contain event handler attribute 'onload'",
                "courses/bad-lessons/modules/m/images/exists.svg:4: SVG may only link inside itself (href=\"#...\"), "
                        + "not to 'https://example.org/tracker.png'");
    }

    @Test
    void item_bank_quiz_and_grading_mistakes_are_reported_with_file_and_line() {
        assertThat(problems("broken/bad-items")).containsExactlyInAnyOrder(
                "courses/bad-items/modules/m/items/bank.yaml:9: the key does not match the options: a single-choice item "
                        + "needs exactly one correct option, item 'two-keys' has 2",
                "courses/bad-items/modules/m/items/bank.yaml:24: point [120, 10] of region 'r' lies outside the 100 × 40 image",
                "courses/bad-items/modules/m/items/bank.yaml:28: lesson 'nonexistent' of item 'wrong-lesson' does not exist "
                        + "in this course",
                "courses/bad-items/modules/m/items/bank.yaml:34: item id 'two-keys' is already used at "
                        + "courses/bad-items/modules/m/items/bank.yaml:2; item ids must be unique in a course",
                "courses/bad-items/modules/m/module.yaml:8: review 'everything' is not one of score-only, feedback, answers",
                "courses/bad-items/modules/m/module.yaml:9: included item 'ghost' does not exist in any item bank of this course",
                "courses/bad-items/modules/m/module.yaml:12: the pool [safety] cannot supply 5 items: 1 item carries those tags",
                "courses/bad-items/course.yaml:17: grading component 'nowhere' is not a module of this course");
    }

    @Test
    void claimed_ce_hours_may_not_exceed_the_estimated_study_time() {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8).replace("ceContactHours: 0.5", "ceContactHours: 2");
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));

        CourseParser.Result result = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/course.yaml:8: ceContactHours 2 is more than the estimated 40 minutes of study and "
                        + "assessment allow (0.5)");
    }

    private static CourseParser.Result withSafetyQuiz(String from, String to) {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String module = new String(files.get("modules/safety/module.yaml"), StandardCharsets.UTF_8);
        assertThat(module).contains(from);
        files.put("modules/safety/module.yaml", module.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));
    }

    @Test
    void a_quiz_that_could_be_drawn_without_an_item_of_a_safety_critical_competency_is_refused() {
        CourseParser.Result luckOfTheDraw = withSafetyQuiz("include: [anticoagulant-screen]", "include: []");

        assertThat(luckOfTheDraw.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/modules/safety/module.yaml:7: every attempt must assess the safety-critical competency"
                        + " 'safety', but this quiz can be drawn without any of its items: include one, or draw a pool whose"
                        + " items all have 'competency: safety'");
    }

    @Test
    void a_pool_too_small_to_avoid_the_competency_assesses_it_in_every_attempt() {
        CourseParser.Result everyItem = withSafetyQuiz("include: [anticoagulant-screen]\n  draw:\n    - tags: [safety, screening, physiology, aftercare]\n      count: 7",
                "include: []\n  draw:\n    - tags: [safety, screening, physiology, aftercare]\n      count: 8");

        assertThat(everyItem.problems()).isEmpty();
    }

    @Test
    void a_refresher_must_require_the_course_it_renews() {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("validityMonths: 24", "validityMonths: 24\nrenews: [foundations]");
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        CourseParser.Result refresherAlone = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));
        files.put("course.yaml", (manifest + "requires: [foundations]\n").getBytes(StandardCharsets.UTF_8));
        CourseParser.Result refresherAfter = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(refresherAlone.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/course.yaml:21: a refresher must require the course it renews: add 'foundations'"
                        + " under 'requires', so only people who completed it can take the refresher");
        assertThat(refresherAfter.problems()).isEmpty();
        assertThat(refresherAfter.course().orElseThrow().requires()).containsExactly("foundations");
    }

    @Test
    void the_content_hash_changes_with_any_byte_and_not_otherwise() {
        CourseFiles original = CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x");
        CourseFiles again = CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x");
        Map<String, byte[]> edited = new HashMap<>(original.files());
        edited.put("modules/safety/contraindications.md", "---\ntitle: C\nminutes: 5\n---\nChanged.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(again.contentHash()).isEqualTo(original.contentHash());
        assertThat(new CourseFiles("intro-course", "x", edited).contentHash()).isNotEqualTo(original.contentHash());
    }

    @Test
    void duplicate_lesson_ids_and_modules_listed_out_of_order_are_reported() {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String manifest = new String(files.get("course.yaml"), StandardCharsets.UTF_8)
                .replace("  - id: basics\n    competencies: [physiology]\n", "")
                .replace("    competencies: [safety]\n", "    competencies: [safety]\n  - id: basics\n    competencies: [physiology]\n");
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("modules/safety/module.yaml", ("title: Safety\nsummary: S.\nobjectives: [O.]\nlessons:\n  - contraindications\n"
                + "  - taut-bands\n").getBytes(StandardCharsets.UTF_8));
        files.put("modules/safety/taut-bands.md", "---\ntitle: T\nminutes: 5\n---\nT.\n".getBytes(StandardCharsets.UTF_8));

        List<String> problems = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files))
                .problems().stream().map(CourseParserTest::atLine).toList();

        assertThat(problems).contains(
                "courses/intro-course/course.yaml:36: prerequisite 'basics' of module 'safety' must come before it in the module list",
                "courses/intro-course/modules/basics/module.yaml:6: lesson id 'taut-bands' is already used in module 'safety'; "
                        + "lesson ids must be unique in a course");
    }

    @Test
    void case_structure_mistakes_are_each_reported_with_file_and_line() {
        String at = "courses/bad-cases/cases/";
        assertThat(problems("broken/bad-cases")).containsExactlyInAnyOrder(
                at + "cycle.yaml:23: stages one → two → one form a cycle; a case always moves forward",
                at + "dangling.yaml:19: choice 'a' of stage 'one' leads to stage 'missing', which does not exist",
                at + "dangling.yaml:20: choice 'b' leads nowhere: give it 'next: <stage>' or 'end: complete' or 'end: critical'",
                at + "dangling.yaml:23: stage 'two' leads nowhere: give it 'next: <stage>', a 'decision:' or 'end: true'",
                at + "items.yaml:1: case id 'item-mistakes' must equal its file name 'items'",
                at + "items.yaml:17: 'panel' is now 'demoPanel' (item 'sct'): counts written in a course file are a "
                        + "demonstration and score only in the demo profile; the real key comes from the course's expert "
                        + "panel, collected in the app",
                at + "items.yaml:21: maxSelections 1 of item 'kf' is smaller than its 2 correct options, so nobody could "
                        + "earn full credit",
                at + "no-safe-end.yaml:8: the case has no path to a safe ending: every path from stage 'one' ends "
                        + "critically; add a stage with 'end: true' or a choice with 'end: complete'",
                at + "no-safe-end.yaml:14: the decision of stage 'one' needs exactly one 'best: true' choice, not 0",
                at + "no-safe-end.yaml:20: choice 'b' ends the case critically but has no 'explanation' of what should "
                        + "have happened",
                at + "unreachable.yaml:17: stage 'orphan' is never reached: no path from the start stage 'one' leads to it");
    }

    @Test
    void a_valid_case_loads_with_its_stages_branches_and_best_path() {
        CourseDefinition course = parse("good/intro-course").course().orElseThrow();

        CaseDefinition warfarin = course.caseDefinition("anticoagulated-neck").orElseThrow();
        assertThat(warfarin.stages()).extracting(CaseDefinition.Stage::id).containsExactly("history", "decide", "aftercare");
        assertThat(warfarin.bestPath()).containsExactly("history", "decide", "aftercare");
        assertThat(warfarin.bestPathPoints()).isEqualTo(5);
        CaseDefinition.Decision decision = warfarin.stage("decide").orElseThrow().decision();
        assertThat(decision.best().id()).isEqualTo("defer");
        assertThat(decision.choice("needle-deep").orElseThrow().ending()).isEqualTo(CaseDefinition.Ending.CRITICAL);
        assertThat(decision.item().options()).filteredOn(ItemDefinition.Option::harmful)
                .extracting(ItemDefinition.Option::id).containsExactly("needle-deep");
        assertThat(warfarin.answerables()).containsOnlyKeys("an-screen", "an-sct", "decide", "an-advice");
        assertThat(course.casesOf("safety")).extracting(CaseDefinition::id).containsExactly("anticoagulated-neck", "runner-calf");
        assertThat(course.items()).extracting(ItemDefinition::id).doesNotContain("an-screen");
    }

    /** A problem as "file:line: message": these tests are about lines and messages; columns are tested in HostileCourseFilesTest. */
    static String atLine(Problem problem) {
        return problem.line() > 0 ? problem.file() + ":" + problem.line() + ": " + problem.message()
                : problem.file() + ": " + problem.message();
    }
}
