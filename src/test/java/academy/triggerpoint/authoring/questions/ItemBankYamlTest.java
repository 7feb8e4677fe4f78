package academy.triggerpoint.authoring.questions;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Choice;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Matching;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Numeric;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Ordering;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import academy.triggerpoint.authoring.questions.ImportedQuestion.TrueFalse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ItemBankYamlTest {

    static final YAMLMapper YAML = YAMLMapper.builder().build();

    static ImportedQuestion question(String name, String category, String stem, String rationale, ImportedQuestion.Answer answer) {
        return new ImportedQuestion(name, "bank.gift:1", category, stem, rationale, answer, List.of());
    }

    static ImportedQuestion trueFalse(String name) {
        return question(name, null, "Is it?", "Because.", new TrueFalse(true, null, null));
    }

    static JsonNode items(String yaml) {
        return YAML.readTree(yaml).get("items");
    }

    @Test
    void every_type_is_written_with_the_fields_the_course_format_expects() {
        String yaml = ItemBankYaml.write(List.of(
                question("Warfarin", "Neck/Red flags", "A patient on **warfarin**?", "Screen first.", new Choice(false, List.of(
                        new Option("Ask about INR", true, "Right."), new Option("Needle", false, null)))),
                question("Red flags", null, "Which?", "Because.", new Choice(true, List.of(
                        new Option("Weight loss", true, null), new Option("Night pain", true, null), new Option("Stiffness", false, "No.")))),
                question("Infected skin", null, "Needle through infected skin?", "Never.", new TrueFalse(false, "No.", "Correct.")),
                question("Referral", null, "Match.", "Zones.", new Matching(
                        List.of(new Pair("Upper trapezius", "Temple"), new Pair("Gluteus medius", "Low back")), List.of("Knee"))),
                question("Session", null, "Order.", "Screen first.", new Ordering(List.of("History", "Exam", "Consent"))),
                question("Soreness", null, "Hours?", "One to two days.", new Numeric(new BigDecimal("36"), new BigDecimal("12"), "hours"))),
                "contraindications", Set.of());

        assertThat(yaml).isEqualTo("""
                items:
                  - id: warfarin
                    type: single-choice
                    lesson: contraindications
                    tags: [imported, red-flags]
                    difficulty: medium
                    stem: A patient on **warfarin**?
                    rationale: Screen first.
                    options:
                      - id: a
                        text: Ask about INR
                        correct: true
                        feedback: Right.
                      - id: b
                        text: Needle

                  - id: red-flags
                    type: multiple-response
                    lesson: contraindications
                    tags: [imported]
                    difficulty: medium
                    stem: Which?
                    rationale: Because.
                    options:
                      - id: a
                        text: Weight loss
                        correct: true
                      - id: b
                        text: Night pain
                        correct: true
                      - id: c
                        text: Stiffness
                        feedback: No.

                  - id: infected-skin
                    type: true-false
                    lesson: contraindications
                    tags: [imported]
                    difficulty: medium
                    stem: Needle through infected skin?
                    rationale: Never.
                    answer: false
                    feedbackTrue: No.
                    feedbackFalse: Correct.

                  - id: referral
                    type: matching
                    lesson: contraindications
                    tags: [imported]
                    difficulty: medium
                    stem: Match.
                    rationale: Zones.
                    pairs:
                      - left: Upper trapezius
                        right: Temple
                      - left: Gluteus medius
                        right: Low back
                    distractors:
                      - Knee

                  - id: session
                    type: ordering
                    lesson: contraindications
                    tags: [imported]
                    difficulty: medium
                    stem: Order.
                    rationale: Screen first.
                    sequence:
                      - History
                      - Exam
                      - Consent

                  - id: soreness
                    type: numeric
                    lesson: contraindications
                    tags: [imported]
                    difficulty: medium
                    stem: Hours?
                    rationale: One to two days.
                    answer: 36
                    tolerance: 12
                    unit: hours
                """);
    }

    @Test
    void a_question_without_rationale_gets_no_rationale_field_and_a_numeric_without_unit_no_unit_field() {
        String yaml = ItemBankYaml.write(List.of(
                question("No why", null, "Stem?", null, new TrueFalse(true, null, null)),
                question("No unit", null, "How many?", "Why.", new Numeric(new BigDecimal("3.5"), BigDecimal.ZERO, ""))),
                "l", Set.of());

        JsonNode items = items(yaml);
        assertThat(items.get(0).has("rationale")).isFalse();
        assertThat(items.get(1).has("unit")).isFalse();
        assertThat(items.get(1).get("answer").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(items.get(1).get("tolerance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void ids_are_unique_against_taken_ids_and_each_other() {
        String yaml = ItemBankYaml.write(List.of(trueFalse("Red flags"), trueFalse("Red  flags!"), trueFalse("red-flags"),
                trueFalse("Other")), "l", Set.of("red-flags", "red-flags-2"));

        assertThat(items(yaml).valueStream().map(i -> i.get("id").asString()))
                .containsExactly("red-flags-3", "red-flags-4", "red-flags-5", "other");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Warfarin: first step?           | warfarin-first-step",
            "Łukasz's żółć test              | lukasz-s-zolc-test",
            "Straße & Æsir                   | strasse-aesir",
            "  --Q1--  ::  Intro  ::         | q1-intro",
            "Ποιος μυς;                      | question",
            "هل الإبر الجافة آمنة؟            | question",
            "2024 exam, item 7               | 2024-exam-item-7"})
    void ids_are_kebab_case_ascii_made_from_the_name(String name, String id) {
        assertThat(ItemBankYaml.uniqueId(name, Set.of())).isEqualTo(id);
    }

    @Test
    void ids_are_at_most_80_characters_even_with_a_suffix() {
        String name = "The upper trapezius refers pain to the side of the neck and the temple in most patients "
                + "who have active trigger points";

        String first = ItemBankYaml.uniqueId(name, Set.of());
        String second = ItemBankYaml.uniqueId(name, Set.of(first));

        assertThat(first).hasSizeLessThanOrEqualTo(80).startsWith("the-upper-trapezius").doesNotEndWith("-");
        assertThat(second).hasSizeLessThanOrEqualTo(80).endsWith("-2").isNotEqualTo(first);
        assertThat(ItemBankYaml.uniqueId("x".repeat(200), Set.of())).hasSize(80);
        assertThat(ItemBankYaml.uniqueId("x".repeat(200), Set.of("x".repeat(80)))).isEqualTo("x".repeat(78) + "-2");
    }

    @Test
    void option_ids_run_through_the_alphabet_and_beyond() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52)).extracting(ItemBankYaml::letters)
                .containsExactly("a", "b", "z", "aa", "ab", "az", "ba");
    }

    @Test
    void the_category_tag_is_the_kebab_case_of_the_last_category_level() {
        String yaml = ItemBankYaml.write(List.of(
                question("a", "Default for DN/Neck & Shoulder", "S?", "R.", new TrueFalse(true, null, null)),
                question("b", "Ελληνικά", "S?", "R.", new TrueFalse(true, null, null)),
                question("c", "Imported", "S?", "R.", new TrueFalse(true, null, null))), "l", Set.of());

        assertThat(items(yaml).valueStream().map(i -> i.get("tags").toString()))
                .containsExactly("[\"imported\",\"neck-shoulder\"]", "[\"imported\"]", "[\"imported\"]");
    }

    @Test
    void no_questions_give_an_empty_item_list() {
        assertThat(ItemBankYaml.write(List.of(), "l", Set.of())).isEqualTo("items: []\n");
    }

    @Test
    void any_text_reads_back_exactly_as_imported() {
        List<String> texts = List.of("true", "no", "Yes", "null", "~", "123", "1e3", "0x1F", ".5", "+1", "2024-01-01",
                "- dash", "# hash", "a: b", "ends with colon:", "a #b", "'single", "\"double\"", "@at", "`tick", "%percent",
                "*star", "&anchor", "!tag", "{brace", "[bracket", "| pipe", "> fold", "? question", "---", "...",
                " leading space", "trailing space ", "tab\tinside", "back\\slash", "Łukasz", "Ελληνικά", "العربية",
                "emoji 😀", "nbsp\u00a0inside", "bidi\u200fmark", "bom\uFEFFinside", "del\u007Fchar", "nel\u0085char",
                "line\u2028separator", "bell\u0007char",
                "two\nlines", "para one\n\npara two", "  indented first\nline", "line\n  indented second",
                "ends with newline\n", "hard break\\\nnext", "- list\n- items", "# heading\ntext",
                "tab\n\tindented", "a: b\nc: d", "trailing spaces   \nnext");
        List<ImportedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            questions.add(question("q" + i, null, text, text, new Choice(false, List.of(
                    new Option(text, true, text), new Option("other", false, null)))));
        }

        JsonNode items = items(ItemBankYaml.write(questions, "l", Set.of()));

        for (int i = 0; i < texts.size(); i++) {
            JsonNode item = items.get(i);
            assertThat(item.get("stem").isString()).as("stem %s is text", i).isTrue();
            assertThat(item.get("stem").asString()).as("stem %s", i).isEqualTo(texts.get(i));
            assertThat(item.get("rationale").asString()).as("rationale %s", i).isEqualTo(texts.get(i));
            assertThat(item.get("options").get(0).get("text").asString()).as("option %s", i).isEqualTo(texts.get(i));
            assertThat(item.get("options").get(0).get("feedback").asString()).as("feedback %s", i).isEqualTo(texts.get(i));
        }
    }

    @Test
    void texts_in_lists_and_pairs_read_back_exactly_too() {
        List<String> texts = List.of("yes", "1e3", "two\nlines", "- dash", "a: b", "\"q\"");
        String yaml = ItemBankYaml.write(List.of(
                question("m", null, "S?", "R.", new Matching(List.of(new Pair(texts.get(0), texts.get(1)),
                        new Pair(texts.get(2), texts.get(3)), new Pair(texts.get(4), texts.get(5))), List.of("no", "3\n4"))),
                question("o", null, "S?", "R.", new Ordering(texts))), "l", Set.of());

        JsonNode items = items(yaml);
        JsonNode pairs = items.get(0).get("pairs");
        for (int i = 0; i < 3; i++) {
            assertThat(pairs.get(i).get("left").asString()).isEqualTo(texts.get(2 * i));
            assertThat(pairs.get(i).get("right").asString()).isEqualTo(texts.get(2 * i + 1));
        }
        assertThat(items.get(0).get("distractors").valueStream().map(JsonNode::asString)).containsExactly("no", "3\n4");
        assertThat(items.get(1).get("sequence").valueStream().map(JsonNode::asString)).containsExactlyElementsOf(texts);
    }

    @Test
    void markdown_stems_are_written_as_readable_literal_blocks() {
        String yaml = ItemBankYaml.write(List.of(question("md", null, "A patient on **warfarin**.\n\nWhat first?",
                "Line one\\\nline two", new TrueFalse(true, null, null))), "l", Set.of());

        assertThat(yaml).contains("""
                    stem: |-
                      A patient on **warfarin**.

                      What first?
                    rationale: |-
                      Line one\\
                      line two
                """);
    }
}
