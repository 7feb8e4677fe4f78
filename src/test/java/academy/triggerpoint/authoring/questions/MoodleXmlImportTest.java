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
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoodleXmlImportTest {

    static QuestionImport xml(String document) {
        return QuestionImports.moodleXml(document.getBytes(StandardCharsets.UTF_8), "quiz.xml");
    }

    /** A quiz document whose first question starts on line 3. */
    static String quiz(String questions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n";
    }

    static ImportedQuestion only(String question) {
        QuestionImport result = xml(quiz(question));
        assertThat(result.rejected()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst();
    }

    static Rejection rejectedOnly(String question) {
        QuestionImport result = xml(quiz(question));
        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).hasSize(1);
        return result.rejected().getFirst();
    }

    static String question(String type, String name, String body) {
        return "<question type=\"" + type + "\">\n<name><text>" + name + "</text></name>\n"
                + "<questiontext format=\"html\"><text><![CDATA[<p>" + name + "?</p>]]></text></questiontext>\n"
                + body + "</question>\n";
    }

    @Test
    void a_single_answer_multichoice_becomes_single_choice_with_html_as_markdown_and_feedback() {
        ImportedQuestion q = only("""
                <question type="multichoice">
                  <name><text>Warfarin first step</text></name>
                  <questiontext format="html">
                    <text><![CDATA[<p>A patient on <strong>warfarin</strong> asks for needling.</p>
                      <p>What do you do <em>first</em>?<br>Choose one.</p>]]></text>
                  </questiontext>
                  <generalfeedback format="html"><text><![CDATA[<p>Screen <b>before</b> you decide.</p>]]></text></generalfeedback>
                  <defaultgrade>1.0000000</defaultgrade>
                  <single>true</single>
                  <shuffleanswers>true</shuffleanswers>
                  <answer fraction="100" format="html">
                    <text><![CDATA[<p>Ask about the latest INR</p>]]></text>
                    <feedback format="html"><text><![CDATA[<p>Right, screen first.</p>]]></text></feedback>
                  </answer>
                  <answer fraction="0" format="html">
                    <text>Needle as usual</text>
                    <feedback format="html"><text></text></feedback>
                  </answer>
                </question>
                """);

        assertThat(q.name()).isEqualTo("Warfarin first step");
        assertThat(q.where()).isEqualTo("quiz.xml:3 (question 'Warfarin first step')");
        assertThat(q.type()).isEqualTo("single-choice");
        assertThat(q.stem()).isEqualTo("A patient on **warfarin** asks for needling.\n\nWhat do you do *first*?\\\nChoose one.");
        assertThat(q.rationale()).isEqualTo("Screen **before** you decide.");
        assertThat(((Choice) q.answer()).options()).containsExactly(
                new Option("Ask about the latest INR", true, "Right, screen first."),
                new Option("Needle as usual", false, null));
        assertThat(q.warnings()).isEmpty();
    }

    @Test
    void a_multiple_answer_multichoice_marks_every_positive_fraction_correct() {
        ImportedQuestion q = only(question("multichoice", "Red flags", """
                <single>false</single>
                <answer fraction="50"><text>Weight loss</text></answer>
                <answer fraction="50"><text>Night pain</text></answer>
                <answer fraction="-100"><text>Stiffness after rest</text></answer>
                """));

        assertThat(q.type()).isEqualTo("multiple-response");
        assertThat(((Choice) q.answer()).options()).extracting(Option::correct).containsExactly(true, true, false);
    }

    @Test
    void one_third_credit_written_as_33_point_3_still_counts_as_correct_in_multiple_response() {
        ImportedQuestion q = only(question("multichoice", "Thirds", """
                <single>false</single>
                <answer fraction="33.33333"><text>a</text></answer>
                <answer fraction="33.33333"><text>b</text></answer>
                <answer fraction="33.33333"><text>c</text></answer>
                <answer fraction="-100"><text>d</text></answer>
                """));

        assertThat(((Choice) q.answer()).options()).extracting(Option::correct).containsExactly(true, true, true, false);
    }

    @Test
    void partial_credit_in_a_single_answer_multichoice_is_dropped_with_a_warning() {
        ImportedQuestion q = only(question("multichoice", "Partial", """
                <single>true</single>
                <answer fraction="100"><text>best</text></answer>
                <answer fraction="50"><text>good</text></answer>
                <answer fraction="0"><text>bad</text></answer>
                """));

        assertThat(((Choice) q.answer()).options()).extracting(Option::correct).containsExactly(true, false, false);
        assertThat(q.warnings()).containsExactly("the partial credit of answer 'good' (50%) was not imported; it now counts as wrong");
    }

    @Test
    void a_truefalse_question_keeps_the_feedback_for_each_choice() {
        ImportedQuestion q = only(question("truefalse", "Infected skin", """
                <answer fraction="0" format="moodle_auto_format"><text>true</text>
                  <feedback format="html"><text>No. Never needle through infected skin.</text></feedback></answer>
                <answer fraction="100" format="moodle_auto_format"><text>false</text>
                  <feedback format="html"><text>Correct.</text></feedback></answer>
                """));

        assertThat(q.answer()).isEqualTo(new TrueFalse(false, "No. Never needle through infected skin.", "Correct."));
    }

    @Test
    void a_matching_question_turns_subquestions_without_text_into_extra_answers() {
        ImportedQuestion q = only(question("matching", "Referral", """
                <subquestion format="html"><text><![CDATA[<p>Upper trapezius</p>]]></text>
                  <answer><text>Side of the neck and temple</text></answer></subquestion>
                <subquestion format="html"><text>Gluteus medius</text>
                  <answer><text>Low back and buttock</text></answer></subquestion>
                <subquestion format="html"><text></text>
                  <answer><text>Front of the knee</text></answer></subquestion>
                """));

        assertThat(q.answer()).isEqualTo(new Matching(
                List.of(new Pair("Upper trapezius", "Side of the neck and temple"),
                        new Pair("Gluteus medius", "Low back and buttock")),
                List.of("Front of the knee")));
    }

    @Test
    void a_numerical_question_takes_the_first_full_credit_answer_its_tolerance_and_base_unit() {
        ImportedQuestion q = only(question("numerical", "Soreness", """
                <answer fraction="50"><text>24</text><tolerance>6</tolerance></answer>
                <answer fraction="100"><text>36</text><tolerance>12</tolerance>
                  <feedback format="html"><text>About right.</text></feedback></answer>
                <answer fraction="0"><text>*</text><feedback><text>No.</text></feedback></answer>
                <units>
                  <unit><multiplier>1</multiplier><unit_name>hours</unit_name></unit>
                  <unit><multiplier>0.0416667</multiplier><unit_name>days</unit_name></unit>
                </units>
                """));

        Numeric numeric = (Numeric) q.answer();
        assertThat(numeric.answer()).isEqualByComparingTo("36");
        assertThat(numeric.tolerance()).isEqualByComparingTo("12");
        assertThat(numeric.unit()).isEqualTo("hours");
        assertThat(q.warnings()).containsExactly(
                "the answer feedback was not imported; numeric items have no answer feedback",
                "1 further accepted answer (with its credit) was not imported; the item keeps one answer and tolerance",
                "1 alternative unit was not imported; the item accepts answers in hours only");
    }

    @Test
    void a_numerical_question_without_tolerance_or_unit_gets_zero_tolerance_and_a_unit_warning() {
        ImportedQuestion q = only(question("numerical", "Exact", "<answer fraction=\"100\"><text>3.5</text></answer>\n"));

        assertThat(q.answer()).isEqualTo(new Numeric(new BigDecimal("3.5"), BigDecimal.ZERO, ""));
        assertThat(q.warnings()).containsExactly(
                "the answer has no unit; add one to the item (for example unit: mm), it is shown to the learner");
    }

    @Test
    void an_ordering_question_keeps_its_answers_in_document_order() {
        ImportedQuestion q = only(question("ordering", "First session", """
                <layouttype>VERTICAL</layouttype>
                <answer fraction="1.0000000" format="moodle_auto_format"><text>History and screening</text></answer>
                <answer fraction="2.0000000" format="moodle_auto_format"><text>Physical examination</text></answer>
                <answer fraction="3.0000000" format="moodle_auto_format"><text>Informed consent</text></answer>
                <answer fraction="4.0000000" format="moodle_auto_format"><text>Needling</text></answer>
                """));

        assertThat(q.answer()).isEqualTo(new Ordering(
                List.of("History and screening", "Physical examination", "Informed consent", "Needling")));
    }

    @Test
    void category_entries_set_the_category_of_the_questions_after_them() {
        QuestionImport result = xml(quiz("""
                <question type="category"><category><text>$course$/top/Default for DN</text></category></question>
                """ + question("truefalse", "One", tf()) + """
                <question type="category"><category><text>$course$/top/Default for DN/Neck//Shoulder</text></category>
                  <info format="html"><text></text></info></question>
                """ + question("truefalse", "Two", tf())));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::category)
                .containsExactly("Default for DN", "Default for DN/Neck/Shoulder");
    }

    static String tf() {
        return "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>\n";
    }

    @Test
    void images_are_not_imported_but_each_is_named_in_a_warning() {
        ImportedQuestion q = only("""
                <question type="truefalse">
                  <name><text>Band</text></name>
                  <questiontext format="html">
                    <text><![CDATA[<p>Is the nodule in the band?</p><p><img src="@@PLUGINFILE@@/taut%20band.png" alt="band"></p>]]></text>
                    <file name="taut band.png" path="/" encoding="base64">iVBORw0KGgo=</file>
                  </questiontext>
                  <generalfeedback format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/answer.svg">Yes.]]></text></generalfeedback>
                  <answer fraction="100"><text>true</text></answer>
                  <answer fraction="0"><text>false</text></answer>
                </question>
                """);

        assertThat(q.stem()).isEqualTo("Is the nodule in the band?");
        assertThat(q.rationale()).isEqualTo("Yes.");
        assertThat(q.warnings()).containsExactly("image taut band.png was not imported", "image answer.svg was not imported");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "shortanswer      | short-answer questions (the learner types the answer) cannot be imported",
            "essay            | essay questions cannot be imported",
            "multianswer      | embedded-answer (Cloze) questions cannot be imported",
            "calculated       | calculated questions cannot be imported",
            "calculatedsimple | calculated questions cannot be imported",
            "calculatedmulti  | calculated questions cannot be imported",
            "ddwtos           | drag-and-drop into text questions cannot be imported",
            "gapselect        | select-missing-words questions cannot be imported",
            "description      | a description, not a question",
            "random           | a random question is a placeholder",
            "ddmarker         | drag-and-drop marker questions cannot be imported",
            "wibble           | question type 'wibble' is not supported"})
    void questions_of_types_the_course_format_cannot_express_are_rejected_with_the_reason(String type, String reason) {
        Rejection rejection = rejectedOnly(question(type, "Q " + type, ""));

        assertThat(rejection.where()).isEqualTo("quiz.xml:3 (question 'Q " + type + "')");
        assertThat(rejection.reason()).startsWith(reason);
    }

    @Test
    void a_single_answer_multichoice_without_a_full_credit_answer_is_rejected() {
        assertThat(rejectedOnly(question("multichoice", "None", """
                <single>true</single>
                <answer fraction="50"><text>a</text></answer>
                <answer fraction="0"><text>b</text></answer>
                """)).reason()).startsWith("no answer has a grade of 100%, so there is no correct answer");
    }

    @Test
    void a_multiple_answer_multichoice_without_a_positive_answer_is_rejected() {
        assertThat(rejectedOnly(question("multichoice", "None", """
                <single>false</single>
                <answer fraction="0"><text>a</text></answer>
                <answer fraction="-50"><text>b</text></answer>
                """)).reason()).startsWith("no answer has a positive grade");
    }

    @Test
    void a_single_answer_multichoice_with_two_full_credit_answers_is_rejected() {
        assertThat(rejectedOnly(question("multichoice", "Two", """
                <single>true</single>
                <answer fraction="100"><text>a</text></answer>
                <answer fraction="100"><text>b</text></answer>
                """)).reason()).startsWith("2 answers have a grade of 100%");
    }

    @Test
    void malformed_question_elements_are_rejected_with_what_is_missing() {
        assertThat(rejectedOnly("<question><name><text>No type</text></name></question>\n").reason())
                .isEqualTo("the <question> element has no type attribute");
        assertThat(rejectedOnly("<question type=\"truefalse\"><name><text>No text</text></name></question>\n").reason())
                .isEqualTo("the question has no <questiontext><text>");
        assertThat(rejectedOnly(question("multichoice", "No fraction", "<answer><text>a</text></answer><answer fraction=\"100\"><text>b</text></answer>")).reason())
                .isEqualTo("answer 1 has no fraction attribute (its grade in percent)");
        assertThat(rejectedOnly(question("multichoice", "Bad fraction", "<answer fraction=\"lots\"><text>a</text></answer>")).reason())
                .isEqualTo("the fraction 'lots' of answer 1 is not a number");
        assertThat(rejectedOnly(question("truefalse", "Odd", "<answer fraction=\"100\"><text>yes</text></answer>")).reason())
                .isEqualTo("a true/false question needs an answer 'true' and an answer 'false'");
        assertThat(rejectedOnly(question("numerical", "NaN", "<answer fraction=\"100\"><text>three</text></answer>")).reason())
                .isEqualTo("the answer 'three' is not a number");
        assertThat(rejectedOnly(question("matching", "Lonely", """
                <subquestion><text>a</text><answer><text>1</text></answer></subquestion>
                <subquestion><text>b</text><answer><text></text></answer></subquestion>
                """)).reason()).isEqualTo("subquestion 2 has no answer; give it a right-hand answer");
        assertThat(rejectedOnly(question("ordering", "Short", """
                <answer fraction="1"><text>a</text></answer><answer fraction="2"><text>b</text></answer>
                """)).reason()).isEqualTo("an ordering question needs at least 3 steps; this one has 2");
    }

    @Test
    void a_matching_question_with_one_pair_is_rejected() {
        assertThat(rejectedOnly(question("matching", "One pair", """
                <subquestion><text>a</text><answer><text>1</text></answer></subquestion>
                <subquestion><text></text><answer><text>2</text></answer></subquestion>
                """)).reason()).isEqualTo("a matching question needs at least 2 pairs; this one has 1");
    }

    @Test
    void a_rejected_question_does_not_stop_the_ones_after_it() {
        QuestionImport result = xml(quiz(question("truefalse", "One", tf()) + question("essay", "Two", "")
                + question("truefalse", "Three", tf())));

        assertThat(result.questions()).extracting(ImportedQuestion::name).containsExactly("One", "Three");
        assertThat(result.rejected()).extracting(Rejection::where).containsExactly("quiz.xml:8 (question 'Two')");
    }

    @Test
    void a_question_without_a_name_is_located_by_line_and_named_after_its_stem() {
        QuestionImport result = xml(quiz("""
                <question type="truefalse">
                  <questiontext format="html"><text>Is needling invasive?</text></questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question>
                <question type="essay"><questiontext><text>x</text></questiontext></question>
                """));

        assertThat(result.questions().getFirst().name()).isEqualTo("Is needling invasive?");
        assertThat(result.questions().getFirst().where()).isEqualTo("quiz.xml:3");
        assertThat(result.rejected().getFirst().where()).isEqualTo("quiz.xml:7");
    }

    @Test
    void an_xxe_payload_is_refused_and_no_file_is_read() {
        String attack = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE quiz [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <quiz>
                  <question type="truefalse">
                    <name><text>&xxe;</text></name>
                    <questiontext><text>&xxe;</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                </quiz>
                """;

        QuestionImport result = xml(attack);

        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("quiz.xml:2");
            assertThat(r.reason()).startsWith("the file declares a DOCTYPE, which is refused for safety");
            assertThat(r.reason()).doesNotContain("root:");
        });
    }

    @Test
    void an_entity_expansion_bomb_is_refused_before_it_expands() {
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<quiz><question type=\"description\"><name><text>&c;</text></name></question></quiz>";

        QuestionImport result = xml(bomb);

        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).singleElement().extracting(Rejection::reason).asString().contains("DOCTYPE");
    }

    @Test
    void a_malformed_document_gives_one_rejection_with_line_and_column_and_no_questions() {
        QuestionImport result = xml(quiz(question("truefalse", "Fine", tf()) + """
                <question type="truefalse">
                  <name><text>Broken</name>
                </question>
                """));

        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("quiz.xml:9");
            assertThat(r.reason()).startsWith("the file is not well-formed XML (line 9, column ");
        });
    }

    @Test
    void a_document_that_is_not_a_moodle_export_is_rejected_as_a_whole() {
        assertThat(xml("<?xml version=\"1.0\"?>\n<html><body/></html>").rejected()).containsExactly(new Rejection(
                "quiz.xml:2", "the document starts with <html>, but a Moodle XML export starts with <quiz>; "
                        + "export the questions as Moodle XML"));
    }

    @Test
    void an_empty_file_is_one_rejection_and_an_empty_quiz_imports_nothing() {
        assertThat(QuestionImports.moodleXml(new byte[0], "quiz.xml").rejected())
                .containsExactly(new Rejection("quiz.xml", "the file is empty; there are no questions to import"));
        assertThat(QuestionImports.moodleXml(null, "quiz.xml").rejected()).hasSize(1);
        assertThat(xml("<?xml version=\"1.0\"?>\n<quiz></quiz>\n"))
                .isEqualTo(new QuestionImport(List.of(), List.of()));
    }

    @Test
    void a_byte_order_mark_and_windows_line_endings_are_accepted() {
        String document = quiz(question("truefalse", "One", tf())).replace("\n", "\r\n");
        byte[] bytes = ("\uFEFF" + document).getBytes(StandardCharsets.UTF_8);

        QuestionImport result = QuestionImports.moodleXml(bytes, "quiz.xml");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.questions()).singleElement().extracting(ImportedQuestion::where).isEqualTo("quiz.xml:3 (question 'One')");
    }

    @Test
    void a_latin_1_document_is_decoded_by_its_xml_declaration() {
        String document = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<quiz>\n"
                + question("truefalse", "Müller", tf()) + "</quiz>\n";

        QuestionImport result = QuestionImports.moodleXml(document.getBytes(StandardCharsets.ISO_8859_1), "quiz.xml");

        assertThat(result.questions()).singleElement().extracting(ImportedQuestion::name).isEqualTo("Müller");
    }

    @Test
    void non_ascii_text_survives_names_categories_html_and_answers() {
        QuestionImport result = xml(quiz("""
                <question type="category"><category><text>$course$/top/Łódź</text></category></question>
                <question type="multichoice">
                  <name><text>Łukasz</text></name>
                  <questiontext format="html"><text><![CDATA[<p>Ποιος μυς; <em>هل</em></p>]]></text></questiontext>
                  <single>true</single>
                  <answer fraction="100"><text>Τραπεζοειδής</text></answer>
                  <answer fraction="0"><text>العضلة الدالية</text></answer>
                </question>
                """));

        ImportedQuestion q = result.questions().getFirst();
        assertThat(q.name()).isEqualTo("Łukasz");
        assertThat(q.category()).isEqualTo("Łódź");
        assertThat(q.stem()).isEqualTo("Ποιος μυς; *هل*");
        assertThat(((Choice) q.answer()).options()).extracting(Option::text).containsExactly("Τραπεζοειδής", "العضلة الدالية");
    }

    @Test
    void five_hundred_questions_import_in_well_under_a_second() {
        StringBuilder questions = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            questions.append(question("multichoice", "Question " + i, """
                    <generalfeedback format="html"><text><![CDATA[<p>Because <strong>reasons</strong>.</p>]]></text></generalfeedback>
                    <single>true</single>
                    <answer fraction="100" format="html"><text><![CDATA[<p>Right</p>]]></text><feedback><text>Yes</text></feedback></answer>
                    <answer fraction="0" format="html"><text><![CDATA[<p>Wrong <em>one</em></p>]]></text></answer>
                    <answer fraction="0" format="html"><text><![CDATA[<p>Wrong two</p>]]></text></answer>
                    <answer fraction="0" format="html"><text><![CDATA[<p>Wrong three</p>]]></text></answer>
                    """));
        }
        byte[] document = quiz(questions.toString()).getBytes(StandardCharsets.UTF_8);

        // Its time is measured by AuthoringBenchmark (docs/benchmarks.md), not asserted here.
        QuestionImport result = QuestionImports.moodleXml(document, "big.xml");

        assertThat(result.questions()).hasSize(500);
        assertThat(result.rejected()).isEmpty();
    }
}
