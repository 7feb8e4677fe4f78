package academy.triggerpoint.authoring.questions;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The point of the importer: what it writes must pass the same course validator as a hand-written
 * item bank, so these tests put the generated file into a real fixture course and parse it.
 */
class ImportedBankValidationTest {

    static final Path COURSE = Path.of("src/test/resources/fixtures/good/intro-course");
    static final String BANK = "modules/basics/items/imported.yaml";
    static final String LESSON = "taut-bands";

    static final String GIFT = """
            // Every GIFT type the course format can hold, each with a rationale.
            $CATEGORY: $course$/top/Safety/Red flags

            ::Anticoagulant screen::A patient on **warfarin** asks for needling. What do you do first? {
              =Ask about the latest INR # Right, screen first.
              ~Needle as usual # Bleeding is a real risk.
              ~Refuse all treatment
              ####Anticoagulation raises the risk of bleeding.
            }

            ::Red flags::Which findings need medical review? {
              ~%50%Unexplained weight loss
              ~%50%Night pain unrelated to position
              ~%-100%Stiffness that eases with movement
              ####They suggest serious pathology.
            }

            ::Infected skin::It is fine to needle through infected skin after cleaning it. {F#No, never.#Correct.####Local infection is a contraindication.}

            ::Referral zones::Match each muscle to its referral zone. {
              =Upper trapezius -> Side of the neck and temple
              =Gluteus medius -> Low back and buttock
              = -> Front of the knee
              ####These are the classic zones.
            }

            ::Special "characters": yes::Is 1 \\= 1 in \\{every\\} case\\: true? {T####Equality is reflexive.}

            ::Łukasz Ελληνικά::Ποιος μυς αναφέρει πόνο στον κρόταφο; {=Τραπεζοειδής ~Δελτοειδής ####Ο άνω τραπεζοειδής.}
            """;

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Default for DN/Aftercare</text></category></question>
              <question type="numerical">
                <name><text>Soreness hours</text></name>
                <questiontext format="html"><text><![CDATA[<p>For about how many <b>hours</b> does soreness last?</p>]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<p>Usually one to two days.</p>]]></text></generalfeedback>
                <answer fraction="100"><text>36</text><tolerance>12</tolerance></answer>
                <units><unit><multiplier>1</multiplier><unit_name>hours</unit_name></unit></units>
              </question>
              <question type="ordering">
                <name><text>First session</text></name>
                <questiontext format="html"><text><![CDATA[<p>Put the steps in order.</p>]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<p>Screen, examine, consent, then needle.</p>]]></text></generalfeedback>
                <answer fraction="1" format="moodle_auto_format"><text>History and screening</text></answer>
                <answer fraction="2" format="moodle_auto_format"><text>Physical examination</text></answer>
                <answer fraction="3" format="moodle_auto_format"><text>Informed consent</text></answer>
                <answer fraction="4" format="moodle_auto_format"><text>Needling</text></answer>
              </question>
              <question type="multichoice">
                <name><text>1e3</text></name>
                <questiontext format="html"><text><![CDATA[<p>Which is <em>not</em> a contraindication?</p><ul><li>Think</li><li>Answer</li></ul>]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<p>Stiffness is not one.</p>]]></text></generalfeedback>
                <single>true</single>
                <answer fraction="100" format="html"><text><![CDATA[<p>yes</p>]]></text></answer>
                <answer fraction="0" format="html"><text><![CDATA[<p>- local infection</p>]]></text></answer>
              </question>
            </quiz>
            """;

    static CourseFiles course() {
        return CourseFiles.readFolder(COURSE, "courses/intro-course");
    }

    static Set<String> itemIds(CourseFiles files) {
        CourseDefinition course = CourseParser.parse(files).course().orElseThrow();
        return course.items().stream().map(ItemDefinition::id).collect(Collectors.toSet());
    }

    static CourseFiles withFile(CourseFiles files, String path, String text) {
        Map<String, byte[]> all = new HashMap<>(files.files());
        all.put(path, text.getBytes(StandardCharsets.UTF_8));
        return new CourseFiles(files.folderName(), files.folderLabel(), all);
    }

    static List<ImportedQuestion> importedFromBothFormats() {
        QuestionImport gift = QuestionImports.gift(GIFT, "bank.gift");
        QuestionImport xml = QuestionImports.moodleXml(XML.getBytes(StandardCharsets.UTF_8), "quiz.xml");
        assertThat(gift.rejected()).isEmpty();
        assertThat(xml.rejected()).isEmpty();
        List<ImportedQuestion> questions = new ArrayList<>(gift.questions());
        questions.addAll(xml.questions());
        return questions;
    }

    @Test
    void the_fixture_course_is_valid_before_anything_is_added() {
        assertThat(CourseParser.parse(course()).problems()).isEmpty();
    }

    @Test
    void imported_questions_of_every_type_with_rationales_pass_the_course_validator() {
        CourseFiles base = course();
        List<ImportedQuestion> questions = importedFromBothFormats();
        assertThat(questions).extracting(ImportedQuestion::type).containsExactly("single-choice", "multiple-response",
                "true-false", "matching", "true-false", "single-choice", "numeric", "ordering", "single-choice");

        String yaml = ItemBankYaml.write(questions, LESSON, itemIds(base));
        CourseParser.Result result = CourseParser.parse(withFile(base, BANK, yaml));

        assertThat(result.problems()).as(yaml).isEmpty();
        CourseDefinition course = result.course().orElseThrow();
        List<ItemDefinition> imported = course.items().stream().filter(i -> i.common().tags().contains("imported")).toList();
        assertThat(imported).extracting(ItemDefinition::id).containsExactly("anticoagulant-screen-2", "red-flags-2",
                "infected-skin-2", "referral-zones", "special-characters-yes", "lukasz", "soreness-hours-2",
                "first-session", "1e3");
        assertThat(imported).allSatisfy(item -> {
            assertThat(item.common().lessonId()).isEqualTo(LESSON);
            assertThat(item.common().difficulty()).isEqualTo("medium");
            assertThat(item.common().moduleId()).isEqualTo("basics");
        });
        assertThat(imported.getFirst().common().tags()).containsExactly("imported", "red-flags");
        assertThat(imported.get(6).common().tags()).containsExactly("imported", "aftercare");
    }

    @Test
    void the_validated_items_hold_exactly_what_was_imported() {
        CourseFiles base = course();
        List<ImportedQuestion> questions = importedFromBothFormats();

        CourseDefinition course = CourseParser.parse(withFile(base, BANK, ItemBankYaml.write(questions, LESSON, itemIds(base))))
                .course().orElseThrow();

        ItemDefinition.Choice screen = (ItemDefinition.Choice) course.item("anticoagulant-screen-2").orElseThrow();
        assertThat(screen.common().stem()).isEqualTo("A patient on **warfarin** asks for needling. What do you do first?");
        assertThat(screen.common().rationale()).isEqualTo("Anticoagulation raises the risk of bleeding.");
        assertThat(screen.options()).extracting(ItemDefinition.Option::text, ItemDefinition.Option::correct,
                        ItemDefinition.Option::feedback)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ask about the latest INR", true, "Right, screen first."),
                        org.assertj.core.groups.Tuple.tuple("Needle as usual", false, "Bleeding is a real risk."),
                        org.assertj.core.groups.Tuple.tuple("Refuse all treatment", false, null));
        ItemDefinition.TrueFalse skin = (ItemDefinition.TrueFalse) course.item("infected-skin-2").orElseThrow();
        assertThat(skin.answer()).isFalse();
        assertThat(skin.feedbackTrue()).isEqualTo("No, never.");
        assertThat(skin.feedbackFalse()).isEqualTo("Correct.");
        ItemDefinition.Matching zones = (ItemDefinition.Matching) course.item("referral-zones").orElseThrow();
        assertThat(zones.rightChoices()).containsExactly("Side of the neck and temple", "Low back and buttock", "Front of the knee");
        ItemDefinition.TrueFalse special = (ItemDefinition.TrueFalse) course.item("special-characters-yes").orElseThrow();
        assertThat(special.common().stem()).isEqualTo("Is 1 = 1 in {every} case: true?");
        ItemDefinition.Choice greek = (ItemDefinition.Choice) course.item("lukasz").orElseThrow();
        assertThat(greek.common().stem()).isEqualTo("Ποιος μυς αναφέρει πόνο στον κρόταφο;");
        ItemDefinition.Numeric hours = (ItemDefinition.Numeric) course.item("soreness-hours-2").orElseThrow();
        assertThat(hours.answer()).isEqualByComparingTo("36");
        assertThat(hours.tolerance()).isEqualByComparingTo("12");
        assertThat(hours.unit()).isEqualTo("hours");
        ItemDefinition.Ordering order = (ItemDefinition.Ordering) course.item("first-session").orElseThrow();
        assertThat(order.sequence()).containsExactly("History and screening", "Physical examination", "Informed consent", "Needling");
        ItemDefinition.Choice tricky = (ItemDefinition.Choice) course.item("1e3").orElseThrow();
        assertThat(tricky.common().stem()).isEqualTo("Which is *not* a contraindication?\n\n- Think\n- Answer");
        assertThat(tricky.options()).extracting(ItemDefinition.Option::text).containsExactly("yes", "- local infection");
    }

    @Test
    void a_question_without_rationale_makes_the_validator_ask_for_one_at_that_item() {
        CourseFiles base = course();
        QuestionImport gift = QuestionImports.gift("""
                ::With rationale::Is needling invasive? {T####It breaks the skin.}

                ::Without rationale::Is a trigger point palpable? {T}
                """, "bank.gift");
        String yaml = ItemBankYaml.write(gift.questions(), LESSON, Set.of());

        List<Problem> problems = CourseParser.parse(withFile(base, BANK, yaml)).problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("courses/intro-course/" + BANK);
            assertThat(problem.message()).contains("rationale");
            assertThat(yaml.lines().toList().get(problem.line() - 1)).isEqualTo("  - id: without-rationale");
        });
    }

    @Test
    void a_numeric_question_without_a_unit_makes_the_validator_ask_for_one_at_that_item() {
        CourseFiles base = course();
        QuestionImport gift = QuestionImports.gift("::Depth::How deep, at most? {#25:5####Stay superficial.}", "bank.gift");
        String yaml = ItemBankYaml.write(gift.questions(), LESSON, Set.of());

        List<Problem> problems = CourseParser.parse(withFile(base, BANK, yaml)).problems();

        assertThat(gift.questions().getFirst().warnings()).anyMatch(w -> w.contains("no unit"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("unit");
            assertThat(yaml.lines().toList().get(problem.line() - 1)).isEqualTo("  - id: depth");
        });
    }

    @Test
    void ids_already_used_in_the_course_are_never_reused() {
        CourseFiles base = course();
        Set<String> taken = itemIds(base);
        assertThat(taken).contains("anticoagulant-screen");
        QuestionImport gift = QuestionImports.gift("""
                ::Anticoagulant screen::First? {T####Because.}

                ::Anticoagulant screen::Second? {F####Because.}
                """, "bank.gift");

        String yaml = ItemBankYaml.write(gift.questions(), LESSON, taken);

        assertThat(CourseParser.parse(withFile(base, BANK, yaml)).problems()).isEmpty();
        assertThat(yaml).contains("- id: anticoagulant-screen-2", "- id: anticoagulant-screen-3");
    }
}
