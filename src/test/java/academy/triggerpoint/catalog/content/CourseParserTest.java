package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
                "courses/bad-manifest/course.yaml:2: unknown field 'titel'; expected one of id, title, version, language, "
                        + "summary, objectives, ceContactHours, ceRule, assessmentMinutes, provider, presenters, deliveryMode, "
                        + "validityMonths, renews, requires, competencies, bodyRegions, modules, grading",
                "courses/bad-manifest/course.yaml:13: deliveryMode 'by-pigeon' is not one of online-self-paced, live-online, "
                        + "in-person, blended",
                "courses/bad-manifest/course.yaml:14: unknown field 'cases'; expected one of id, title, version, language, "
                        + "summary, objectives, ceContactHours, ceRule, assessmentMinutes, provider, presenters, deliveryMode, "
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
                                + "language, summary, objectives, ceContactHours, ceRule, assessmentMinutes, provider, "
                                + "presenters, deliveryMode, validityMonths, renews, requires, competencies, bodyRegions, modules, grading"),
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
                "courses/bad-items/modules/m/items/bank.yaml:23: region 'r' needs a name: what the area is as learners see "
                        + "it on the picture, such as 'Needle 2, onto the middle rib'; learners who do not click the "
                        + "picture choose from the names",
                "courses/bad-items/modules/m/items/bank.yaml:24: point [120, 10] of region 'r' lies outside the 100 × 40 image",
                "courses/bad-items/modules/m/items/bank.yaml:22: every area of item 'outside' is an answer: add at least one "
                        + "area that is not, because learners who choose from the areas' names would otherwise see only "
                        + "right answers",
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

    @Test
    void a_version_published_before_region_names_were_required_still_parses_with_numbered_areas_but_new_files_may_not_omit_them() {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String bank = new String(files.get("modules/safety/items/bank.yaml"), StandardCharsets.UTF_8);
        files.put("modules/safety/items/bank.yaml",
                bank.replace("        name: Red circle in the middle of the band\n", "").getBytes(StandardCharsets.UTF_8));
        CourseFiles legacy = new CourseFiles("intro-course", "version 7", files);

        CourseParser.Result stored = CourseParser.parse(legacy.asPublished());
        CourseParser.Result offered = CourseParser.parse(legacy);

        assertThat(stored.problems()).isEmpty();
        ItemDefinition.Hotspot hotspot = (ItemDefinition.Hotspot) stored.course().orElseThrow().items().stream()
                .filter(i -> i.id().equals("band-hotspot")).findFirst().orElseThrow();
        assertThat(hotspot.regions().getFirst().name()).isEqualTo("Area 1");
        assertThat(offered.problems()).extracting(CourseParserTest::atLine).anySatisfy(p -> assertThat(p).contains("needs a name"));
    }

    private static CourseParser.Result withBandHotspot(String from, String to) {
        Map<String, byte[]> files = new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
        String bank = new String(files.get("modules/safety/items/bank.yaml"), StandardCharsets.UTF_8);
        assertThat(bank).containsOnlyOnce(from);
        files.put("modules/safety/items/bank.yaml", bank.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));
    }

    /** A refused item also leaves the quiz's pools short; these tests are about the bank's own problems. */
    private static List<Problem> bankProblems(CourseParser.Result result) {
        return result.problems().stream().filter(p -> p.file().endsWith("/items/bank.yaml")).toList();
    }

    @Test
    void a_hotspot_region_without_a_name_is_reported_on_its_name_field_with_file_and_line() {
        CourseParser.Result unnamed = withBandHotspot("        name: Red circle in the middle of the band\n", "");

        assertThat(bankProblems(unnamed)).extracting(CourseParserTest::atLine, Problem::field).containsExactly(tuple(
                "courses/intro-course/modules/safety/items/bank.yaml:94: region 'nodule' needs a name: what the area is "
                        + "as learners see it on the picture, such as 'Needle 2, onto the middle rib'; learners who do "
                        + "not click the picture choose from the names",
                "/items/6/regions/0/name"));
        assertThat(unnamed.course()).isEmpty();
    }

    @Test
    void a_blank_region_name_is_no_name() {
        assertThat(bankProblems(withBandHotspot("name: Red circle in the middle of the band", "name: \"  \"")))
                .extracting(CourseParserTest::atLine)
                .containsExactly("courses/intro-course/modules/safety/items/bank.yaml:95: 'name' must not be empty");
    }

    @Test
    void two_regions_of_one_item_may_not_share_a_name_whatever_its_case() {
        CourseParser.Result twins = withBandHotspot("        feedback: That is the nodule.\n", """
                        feedback: That is the nodule.
                      - id: band
                        name: red circle in the  MIDDLE of the band
                        points: [[5, 15], [95, 15], [95, 25], [5, 25]]
                """);

        assertThat(bankProblems(twins)).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/modules/safety/items/bank.yaml:100: region 'band' has the same name as region "
                        + "'nodule' in item 'band-hotspot' ('red circle in the  MIDDLE of the band'); learners choosing "
                        + "from the names could not tell them apart");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Correct: the red circle | Correct",
            "The incorrect end of the band | incorrect",
            "Wrong side of the band | Wrong",
            "The right answer, in the middle | right answer"})
    void a_region_name_that_gives_the_key_away_is_refused(String name, String word) {
        CourseParser.Result telling = withBandHotspot("name: Red circle in the middle of the band",
                "name: \"" + name + "\"");

        assertThat(bankProblems(telling)).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/modules/safety/items/bank.yaml:95: the name of region 'nodule' says '" + word
                        + "': learners read the names before answering, so a name says what the area is on the "
                        + "picture, never whether it is the answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Box right of question 4: Modify or defer", "Top right box: answer later",
            "Correction fluid on the right", "Rightmost end of the band"})
    void words_that_only_look_like_the_key_are_allowed_in_a_region_name(String name) {
        assertThat(withBandHotspot("name: Red circle in the middle of the band", "name: \"" + name + "\"").problems())
                .isEmpty();
    }

    @Test
    void a_region_keeps_its_name() {
        ItemDefinition.Hotspot hotspot = (ItemDefinition.Hotspot) parse("good/intro-course").course().orElseThrow()
                .item("band-hotspot").orElseThrow();

        assertThat(hotspot.regions()).extracting(ItemDefinition.Region::id, ItemDefinition.Region::name)
                .containsExactly(tuple("nodule", "Red circle in the middle of the band"), tuple("band-end", "Left end of the band"));
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

    private static final String LESSON_DE = "modules/basics/taut-bands.de.md";
    private static final String BANK_DE = "modules/safety/items/bank.de.yaml";

    private static Map<String, byte[]> fixtureFiles() {
        return new HashMap<>(CourseFiles.readFolder(FIXTURES.resolve("good/intro-course"), "x").files());
    }

    /** The fixture course with {@code from} replaced by {@code to} in the file at {@code path}, which holds it once. */
    private static CourseParser.Result withEdit(String path, String from, String to) {
        Map<String, byte[]> files = fixtureFiles();
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        assertThat(text).containsOnlyOnce(from);
        files.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));
    }

    @Test
    void a_course_is_in_english_unless_it_says_otherwise_and_keeps_its_translations_beside_the_originals() {
        CourseDefinition course = parse("good/intro-course").course().orElseThrow();

        assertThat(course.language()).isEqualTo("en");
        assertThat(course.translations().languagesOf("taut-bands")).containsExactly("de");
        LessonDefinition german = course.lesson("taut-bands", "de").orElseThrow();
        assertThat(german.title()).isEqualTo("Hartspannstränge");
        assertThat(german.sourcePath()).isEqualTo(LESSON_DE);
        assertThat(german.markdown()).contains("**Hartspannstrang**");
        assertThat(course.lessonLanguage("taut-bands", java.util.Locale.GERMAN)).isEqualTo("de");
        assertThat(course.lessonLanguage("referred-pain", java.util.Locale.GERMAN)).isEqualTo("en");
        assertThat(course.lessonLanguage("taut-bands", java.util.Locale.of("es"))).isEqualTo("en");
        assertThat(course.lesson("referred-pain", "de").orElseThrow().title()).as("no translation: the original")
                .isEqualTo("Referred pain");

        assertThat(course.items()).as("a translated bank adds no items").hasSize(8);
        assertThat(course.translations().items().get("de")).extracting(ItemDefinition::id)
                .containsExactlyElementsOf(course.items().stream().map(ItemDefinition::id).toList());
        ItemDefinition.Hotspot band = (ItemDefinition.Hotspot) course.item("band-hotspot", "de").orElseThrow();
        assertThat(band.common().stem()).isEqualTo("Klicken Sie auf den Triggerpunkt im Hartspannstrang.");
        assertThat(band.common().file()).isEqualTo("courses/intro-course/" + BANK_DE);
        assertThat(band.regions()).extracting(ItemDefinition.Region::name).containsExactly("Roter Kreis in der Mitte des Strangs", "Linkes Ende des Strangs");
        assertThat(course.item("band-hotspot").orElseThrow().common().stem()).isEqualTo("Click the trigger point in the taut band.");
        assertThat(course.itemLanguage("band-hotspot", java.util.Locale.GERMAN)).isEqualTo("de");
    }

    @Test
    void course_yaml_may_name_another_language() {
        CourseParser.Result portuguese = withEdit("course.yaml", "version: 1.0.0\n", "version: 1.0.0\nlanguage: pt-BR\n");

        assertThat(portuguese.problems()).isEmpty();
        assertThat(portuguese.course().orElseThrow().language()).isEqualTo("pt-BR");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "en_GB   | 'en_GB' is not a language tag; write a BCP 47 tag such as en, de, es or pt-BR",
            "english | 'english' does not start with a language code; write a BCP 47 tag such as en, de, es or pt-BR",
            "pt-br   | write the language tag 'pt-br' as 'pt-BR'"})
    void a_course_language_that_is_no_language_tag_is_reported_at_its_line(String tag, String reason) {
        CourseParser.Result result = withEdit("course.yaml", "version: 1.0.0\n", "version: 1.0.0\nlanguage: " + tag + "\n");

        assertThat(result.problems()).extracting(CourseParserTest::atLine, Problem::field)
                .containsExactly(tuple("courses/intro-course/course.yaml:4: 'language': " + reason, "/language"));
    }

    @Test
    void a_translation_in_the_courses_own_language_is_refused() {
        CourseParser.Result german = withEdit("course.yaml", "version: 1.0.0\n", "version: 1.0.0\nlanguage: de\n");

        assertThat(german.problems()).extracting(CourseParserTest::atLine).containsExactlyInAnyOrder(
                "courses/intro-course/" + LESSON_DE + ": this translation is in 'de', the language the course is written "
                        + "in ('language' in course.yaml); a translation is in another language",
                "courses/intro-course/" + BANK_DE + ": this translation is in 'de', the language the course is written "
                        + "in ('language' in course.yaml); a translation is in another language");
    }

    @Test
    void a_translated_item_with_another_numeric_key_is_reported_at_its_line_in_the_translation() {
        CourseParser.Result result = withEdit(BANK_DE, "answer: 36\n    tolerance: 12\n    unit: Stunden",
                "answer: 48\n    tolerance: 12\n    unit: Stunden");

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/" + BANK_DE + ":80: item 'soreness-hours': 'answer' is 48 here but 36 in the "
                        + "original; a translation may change only texts");
        assertThat(result.course()).isEmpty();
    }

    @Test
    void a_translated_choice_whose_correct_option_moved_is_reported_at_the_option() {
        Map<String, byte[]> files = fixtureFiles();
        String bank = new String(files.get(BANK_DE), StandardCharsets.UTF_8)
                .replace("        correct: true\n        feedback: \"Richtig: erst abklären, dann entscheiden.\"\n",
                        "        feedback: \"Richtig: erst abklären, dann entscheiden.\"\n")
                .replace("        text: Jede Behandlung ablehnen.\n", "        text: Jede Behandlung ablehnen.\n        correct: true\n");
        files.put(BANK_DE, bank.getBytes(StandardCharsets.UTF_8));

        CourseParser.Result result = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(result.problems()).extracting(CourseParserTest::atLine, Problem::field).containsExactly(tuple(
                "courses/intro-course/" + BANK_DE + ":14: item 'anticoagulant-screen': 'correct' of option 'a' is false "
                        + "here but true in the original; a translation may change only texts",
                "/items/0/options/0/correct"));
    }

    @Test
    void a_translated_bank_missing_an_item_is_reported_where_the_item_belongs() {
        Map<String, byte[]> files = fixtureFiles();
        String bank = new String(files.get(BANK_DE), StandardCharsets.UTF_8);
        String infectedSkin = bank.substring(bank.indexOf("  - id: infected-skin"), bank.indexOf("  - id: red-flags"));
        files.put(BANK_DE, bank.replace(infectedSkin, "").getBytes(StandardCharsets.UTF_8));

        CourseParser.Result result = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/" + BANK_DE + ":25: item 'infected-skin' of the original is missing here; a "
                        + "translation has every item of the original, in the same order");
    }

    @Test
    void a_translated_item_may_not_change_its_critical_flag() {
        CourseParser.Result result = withEdit(BANK_DE, "    critical: true\n    stem: Es ist vertretbar",
                "    critical: false\n    stem: Es ist vertretbar");

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/" + BANK_DE + ":30: item 'infected-skin': 'critical' is false here but true in the "
                        + "original; a translation may change only texts");
    }

    @Test
    void a_translated_lesson_with_another_number_of_headings_is_reported_at_its_line() {
        CourseParser.Result result = withEdit(LESSON_DE, "| Wahrscheinlich ein Triggerpunkt |\n",
                "| Wahrscheinlich ein Triggerpunkt |\n\n## Zusammenfassung\n\nEin tastbarer, druckempfindlicher Strang.\n");

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactly(
                "courses/intro-course/" + LESSON_DE + ":13: this translation has 1 heading, the original has 0; a "
                        + "translation keeps the original's headings");
    }

    @Test
    void a_translated_lesson_keeps_its_originals_minutes_and_images() {
        Map<String, byte[]> files = fixtureFiles();
        String lesson = new String(files.get(LESSON_DE), StandardCharsets.UTF_8).replace("minutes: 5", "minutes: 7")
                .replace("![Ein Hartspannstrang mit einem Knötchen](images/band.svg)\n", "");
        files.put(LESSON_DE, lesson.getBytes(StandardCharsets.UTF_8));

        CourseParser.Result result = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactlyInAnyOrder(
                "courses/intro-course/" + LESSON_DE + ":3: 'minutes' is 7 here but 5 in the original; a translation may "
                        + "change only texts",
                "courses/intro-course/" + LESSON_DE + ":5: this translation has 0 images, the original has 1; a "
                        + "translation shows the original's images");
    }

    @Test
    void a_translation_without_an_original_or_whose_name_is_no_language_is_refused() {
        Map<String, byte[]> files = fixtureFiles();
        files.put("modules/basics/trigger-zones.de.md", "---\ntitle: Triggerzonen\nminutes: 5\n---\nText.\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("modules/practice/items/bank.de.yaml", files.get(BANK_DE));
        files.put("modules/basics/taut-bands.deutsch.md", files.get(LESSON_DE));

        CourseParser.Result result = CourseParser.parse(new CourseFiles("intro-course", "courses/intro-course", files));

        assertThat(result.problems()).extracting(CourseParserTest::atLine).containsExactlyInAnyOrder(
                "courses/intro-course/modules/basics/trigger-zones.de.md: this translation has no original: there is no "
                        + "modules/basics/trigger-zones.md beside it",
                "courses/intro-course/modules/practice/items/bank.de.yaml: this translation has no original: there is no "
                        + "modules/practice/items/bank.yaml beside it",
                "courses/intro-course/modules/basics/taut-bands.deutsch.md: the file name marks a translation, but "
                        + "'deutsch' does not start with a language code; write a BCP 47 tag such as en, de, es or pt-BR");
    }

    @Test
    void a_version_published_before_translations_keeps_a_bank_whose_name_is_no_translations_as_an_original() {
        Map<String, byte[]> files = fixtureFiles();
        files.put("modules/safety/items/bank.v2.yaml", """
                items:
                  - id: needle-disposal
                    type: true-false
                    lesson: contraindications
                    tags: [safety]
                    difficulty: easy
                    stem: Used needles go straight into a sharps container.
                    rationale: Recapping and carrying needles cause needlestick injuries.
                    answer: true
                """.getBytes(StandardCharsets.UTF_8));
        CourseFiles version = new CourseFiles("intro-course", "version 3", files);

        CourseParser.Result stored = CourseParser.parse(version.asPublished());
        CourseParser.Result offered = CourseParser.parse(version);

        assertThat(stored.problems()).isEmpty();
        assertThat(stored.course().orElseThrow().item("needle-disposal")).isPresent();
        assertThat(offered.problems()).extracting(CourseParserTest::atLine).containsExactly("version 3/modules/safety/"
                + "items/bank.v2.yaml: the file name marks a translation, but 'v2' is not a language tag; write a BCP 47 "
                + "tag such as en, de, es or pt-BR");
    }

    /** A problem as "file:line: message": these tests are about lines and messages; columns are tested in HostileCourseFilesTest. */
    static String atLine(Problem problem) {
        return problem.line() > 0 ? problem.file() + ":" + problem.line() + ": " + problem.message()
                : problem.file() + ": " + problem.message();
    }
}
