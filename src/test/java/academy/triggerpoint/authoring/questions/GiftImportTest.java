package academy.triggerpoint.authoring.questions;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Choice;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Matching;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Numeric;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import academy.triggerpoint.authoring.questions.ImportedQuestion.TrueFalse;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GiftImportTest {

    static QuestionImport gift(String text) {
        return QuestionImports.gift(text, "bank.gift");
    }

    static ImportedQuestion only(String text) {
        QuestionImport result = gift(text);
        assertThat(result.rejected()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst();
    }

    static Rejection rejectedOnly(String text) {
        QuestionImport result = gift(text);
        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).hasSize(1);
        return result.rejected().getFirst();
    }

    @Test
    void a_question_with_one_right_answer_becomes_single_choice_with_title_feedback_and_rationale() {
        ImportedQuestion q = only("""
                ::Warfarin first step::A patient on warfarin asks for needling. What do you do first? {
                  =Ask about the latest INR # Right, screen first.
                  ~Needle as usual # Bleeding is a real risk.
                  ~Refuse all treatment
                  ####Anticoagulation raises the risk of bleeding.
                }
                """);

        assertThat(q.name()).isEqualTo("Warfarin first step");
        assertThat(q.where()).isEqualTo("bank.gift:1");
        assertThat(q.type()).isEqualTo("single-choice");
        assertThat(q.stem()).isEqualTo("A patient on warfarin asks for needling. What do you do first?");
        assertThat(q.rationale()).isEqualTo("Anticoagulation raises the risk of bleeding.");
        assertThat(q.category()).isNull();
        assertThat(q.warnings()).isEmpty();
        assertThat(((Choice) q.answer()).options()).containsExactly(
                new Option("Ask about the latest INR", true, "Right, screen first."),
                new Option("Needle as usual", false, "Bleeding is a real risk."),
                new Option("Refuse all treatment", false, null));
    }

    @Test
    void several_positive_weights_without_an_equals_sign_make_a_multiple_response_question() {
        ImportedQuestion q = only("Which are red flags? {~%50%Weight loss ~%50%Night pain #yes ~%-100%Stiffness after rest}");

        assertThat(q.type()).isEqualTo("multiple-response");
        assertThat(((Choice) q.answer()).options()).containsExactly(
                new Option("Weight loss", true, null),
                new Option("Night pain", true, "yes"),
                new Option("Stiffness after rest", false, null));
    }

    @Test
    void partial_credit_on_a_wrong_answer_of_a_single_choice_question_is_dropped_with_a_warning() {
        ImportedQuestion q = only("Best first step? {=Screen ~%50%Examine ~Needle}");

        assertThat(q.type()).isEqualTo("single-choice");
        assertThat(((Choice) q.answer()).options()).extracting(Option::correct).containsExactly(true, false, false);
        assertThat(q.warnings()).containsExactly(
                "the partial credit of answer 'Examine' (50%) was not imported; it now counts as wrong");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{T}     | true",
            "{TRUE}  | true",
            "{F}     | false",
            "{FALSE} | false",
            "{false} | false"})
    void true_false_answers_are_read_in_every_spelling(String block, boolean answer) {
        ImportedQuestion q = only("Dry needling is an invasive technique. " + block);

        assertThat(q.type()).isEqualTo("true-false");
        assertThat(((TrueFalse) q.answer()).answer()).isEqualTo(answer);
    }

    @Test
    void true_false_feedback_is_wrong_answer_first_then_right_answer_as_in_moodle() {
        TrueFalse isTrue = (TrueFalse) only("The sun is a star. {T#No, it is a star.#Yes.}").answer();
        TrueFalse isFalse = (TrueFalse) only("Needle through infected skin. {F#Never.#Correct.}").answer();

        assertThat(isTrue).isEqualTo(new TrueFalse(true, "Yes.", "No, it is a star."));
        assertThat(isFalse).isEqualTo(new TrueFalse(false, "Never.", "Correct."));
    }

    @Test
    void pairs_with_arrows_make_a_matching_question_and_an_empty_left_side_an_extra_answer() {
        ImportedQuestion q = only("""
                Match each muscle to its referral zone. {
                  =Upper trapezius -> Side of the neck and temple
                  =Gluteus medius -> Low back and buttock
                  = -> Front of the knee
                }
                """);

        assertThat(q.type()).isEqualTo("matching");
        assertThat((Matching) q.answer()).isEqualTo(new Matching(
                java.util.List.of(new Pair("Upper trapezius", "Side of the neck and temple"),
                        new Pair("Gluteus medius", "Low back and buttock")),
                java.util.List.of("Front of the knee")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{#36:12}            | 36  | 12",
            "{#3.5}              | 3.5 | 0",
            "{#24..48}           | 36  | 12",
            "{#3..4}             | 3.5 | 0.5",
            "{#-2:0.5}           | -2  | 0.5",
            "{#=36:12 =%50%30:20} | 36 | 12"})
    void numeric_answers_are_read_as_answer_and_tolerance(String block, String answer, String tolerance) {
        ImportedQuestion q = only("For how many hours does soreness usually last? " + block);

        Numeric numeric = (Numeric) q.answer();
        assertThat(q.type()).isEqualTo("numeric");
        assertThat(numeric.answer()).isEqualByComparingTo(new BigDecimal(answer));
        assertThat(numeric.tolerance()).isEqualByComparingTo(new BigDecimal(tolerance));
        assertThat(numeric.unit()).isEmpty();
    }

    @Test
    void a_numeric_question_warns_about_its_missing_unit_and_any_answers_it_drops() {
        ImportedQuestion q = only("Hours of soreness? {#=36:12#About right =%50%30:20 ~#Think again}");

        assertThat(q.warnings()).containsExactly(
                "the feedback for wrong answers was not imported; numeric items have no answer feedback",
                "the answer feedback was not imported; numeric items have no answer feedback",
                "1 further accepted answer (with its credit) was not imported; the item keeps one answer and tolerance",
                "the answer has no unit; add one to the item (for example unit: mm), it is shown to the learner");
    }

    @Test
    void the_category_line_applies_to_the_questions_after_it_without_moodle_context() {
        QuestionImport result = gift("""
                Before any category. {T}

                $CATEGORY: $course$/top/Shoulder/Red flags

                First. {T}

                Second. {F}

                $CATEGORY: Neck

                Third. {T}
                """);

        assertThat(result.questions()).extracting(ImportedQuestion::category)
                .containsExactly(null, "Shoulder/Red flags", "Shoulder/Red flags", "Neck");
    }

    @Test
    void comments_are_skipped_and_questions_are_found_on_their_own_lines() {
        QuestionImport result = gift("""
                // Exported from the old LMS
                // second comment line

                // about the next question
                ::One:: First? {T}


                ::Two:: Second? {F}
                """);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.questions()).extracting(ImportedQuestion::where).containsExactly("bank.gift:5", "bank.gift:8");
    }

    @Test
    void escaped_special_characters_are_literal_text_in_stem_title_answers_and_feedback() {
        ImportedQuestion q = only("""
                ::Set notation \\: braces::In a set \\{a, b\\}, is 1 \\= 1? {
                  =Yes \\~ always #right \\# indeed
                  ~No \\= never
                }
                """);

        assertThat(q.name()).isEqualTo("Set notation : braces");
        assertThat(q.stem()).isEqualTo("In a set {a, b}, is 1 = 1?");
        assertThat(((Choice) q.answer()).options()).containsExactly(
                new Option("Yes ~ always", true, "right # indeed"),
                new Option("No = never", false, null));
    }

    @Test
    void a_backslash_n_is_a_line_break_and_a_double_backslash_a_backslash() {
        ImportedQuestion q = only("First line\\nsecond line with C:\\\\temp {T}");

        assertThat(q.stem()).isEqualTo("First line\nsecond line with C:\\temp");
    }

    @Test
    void answers_may_span_several_lines() {
        ImportedQuestion q = only("""
                Which is the fourth? {
                    ~second
                    ~third
                    =fourth
                      and last
                }
                """);

        assertThat(((Choice) q.answer()).options()).extracting(Option::text)
                .containsExactly("second", "third", "fourth\nand last");
    }

    @Test
    void an_answer_block_mid_sentence_leaves_a_blank_in_the_stem_as_moodle_shows_it() {
        assertThat(only("Grant is {~buried =entombed ~living} in Grant's tomb.").stem())
                .isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(only("The upper trapezius refers pain to the {=temple ~knee}.").stem())
                .isEqualTo("The upper trapezius refers pain to the _____.");
    }

    @Test
    void markdown_and_html_formats_are_honoured_and_images_in_html_are_reported() {
        ImportedQuestion markdown = only("::M::[markdown]Is **this** bold? {T}");
        ImportedQuestion html = only("::H::[html]<p>Is <b>this</b> bold?</p><p><img src=\"@@PLUGINFILE@@/band.png\"></p> {T}");
        ImportedQuestion plain = only("::P::[plain]Is <b>this</b> bold? {T}");

        assertThat(markdown.stem()).isEqualTo("Is **this** bold?");
        assertThat(html.stem()).isEqualTo("Is **this** bold?");
        assertThat(html.warnings()).containsExactly("image band.png was not imported");
        assertThat(plain.stem()).isEqualTo("Is <b>this</b> bold?");
    }

    @Test
    void a_question_without_a_title_is_named_after_the_first_words_of_its_stem() {
        ImportedQuestion q = only("Which structure lies deep to the upper trapezius at the level of the first rib "
                + "and must be protected? {=apex of the lung ~nothing}");

        assertThat(q.name()).isEqualTo("Which structure lies deep to the upper trapezius at the");
    }

    @Test
    void a_short_answer_question_is_rejected_with_its_line() {
        QuestionImport result = gift("""
                Fine. {T}

                ::Short:: Who is buried in Grant's tomb? {=no one =nobody}
                """);

        assertThat(result.questions()).hasSize(1);
        assertThat(result.rejected()).containsExactly(new Rejection("bank.gift:3", "short-answer questions (the learner "
                + "types the answer) cannot be imported: the course format has no typed answers; add wrong answers "
                + "marked '~' to make it a choice question"));
    }

    @Test
    void a_single_answer_without_a_marker_is_also_a_short_answer() {
        assertThat(rejectedOnly("Six plus two? {eight}").reason()).startsWith("short-answer questions");
    }

    @Test
    void an_essay_question_is_rejected() {
        assertThat(rejectedOnly("Describe your needling technique. {}"))
                .isEqualTo(new Rejection("bank.gift:1", "essay questions ({} with no answers) cannot be imported: "
                        + "the course format has no free-text answers"));
    }

    @Test
    void a_description_without_an_answer_block_is_rejected_as_a_description() {
        assertThat(rejectedOnly("::Intro:: The next questions are about the neck.").reason())
                .startsWith("a description, not a question");
    }

    @Test
    void a_missing_closing_brace_costs_only_that_question() {
        QuestionImport result = gift("""
                Where is it? {=here ~there

                Next one is fine. {T}
                """);

        assertThat(result.questions()).extracting(ImportedQuestion::stem).containsExactly("Next one is fine.");
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("bank.gift:1");
            assertThat(r.reason()).startsWith("the answer block opened with '{' is not closed with '}'");
        });
    }

    @Test
    void a_blank_line_inside_an_answer_block_splits_the_question_and_both_halves_are_rejected() {
        QuestionImport result = gift("""
                Which? {
                  =right

                  ~wrong
                }
                """);

        assertThat(result.questions()).isEmpty();
        assertThat(result.rejected()).extracting(Rejection::where).containsExactly("bank.gift:1", "bank.gift:4");
        assertThat(result.rejected().get(1).reason()).startsWith("there is a '}' without a '{' before it");
    }

    @Test
    void a_choice_question_with_no_correct_answer_is_rejected() {
        assertThat(rejectedOnly("Which? {~a ~b ~c}").reason()).startsWith("no answer is marked correct");
    }

    @Test
    void a_choice_question_with_two_equals_answers_is_rejected_rather_than_guessed() {
        assertThat(rejectedOnly("Which? {=a =b ~c}").reason())
                .startsWith("2 answers are marked correct with '='; a single-choice question has exactly one");
    }

    @Test
    void a_choice_question_with_one_answer_is_rejected() {
        assertThat(rejectedOnly("Which? {~%100%a}").reason())
                .isEqualTo("a choice question needs at least 2 answers; this one has 1");
    }

    @Test
    void a_matching_question_with_fewer_than_two_pairs_is_rejected() {
        assertThat(rejectedOnly("Match. {=cat -> cat food = -> bird seed}").reason())
                .isEqualTo("a matching question needs at least 2 pairs; this one has 1");
    }

    @Test
    void a_matching_question_whose_pairs_share_an_answer_is_rejected_as_ambiguous() {
        assertThat(rejectedOnly("Match. {=cat -> meat =dog -> meat}").reason())
                .startsWith("two pairs have the same right-hand answer 'meat'");
    }

    @Test
    void a_matching_answer_without_an_arrow_is_rejected() {
        assertThat(rejectedOnly("Match. {=cat -> cat food =dog}").reason())
                .isEqualTo("the answer 'dog' of this matching question has no '->'; write every pair as '=left -> right'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{#three}     | three",
            "{#3,5}       | 3,5",
            "{#3:abc}     | 3:abc",
            "{#1..x}      | 1..x"})
    void a_numeric_answer_that_is_not_a_number_is_rejected_naming_it(String block, String shown) {
        assertThat(rejectedOnly("How many? " + block).reason())
                .startsWith("the numeric answer '" + shown + "' is not a number");
    }

    @Test
    void an_empty_or_negative_numeric_answer_is_rejected() {
        assertThat(rejectedOnly("How many? {#}").reason()).startsWith("the numeric answer is missing");
        assertThat(rejectedOnly("How many? {#3:-1}").reason()).startsWith("the tolerance -1 is negative");
    }

    @Test
    void two_answer_blocks_in_one_question_are_rejected_as_embedded_answers() {
        assertThat(rejectedOnly("Grant is {=entombed ~buried} in {=New York ~Ohio}.").reason())
                .startsWith("the question has more than one answer block");
    }

    @Test
    void a_question_without_text_is_rejected() {
        assertThat(rejectedOnly("::Only a title::{T}").reason()).startsWith("the question has no text");
    }

    @Test
    void an_unclosed_title_is_rejected() {
        assertThat(rejectedOnly("::Title without end Question? {T}").reason())
                .startsWith("the title opened with '::' is not closed with '::'");
    }

    @Test
    void a_malformed_weight_is_rejected() {
        assertThat(rejectedOnly("Which? {~%half%a =b}").reason()).startsWith("the weight in '%half%a' is not a percentage");
    }

    @Test
    void empty_and_comment_only_input_import_nothing_and_reject_nothing() {
        assertThat(gift("")).isEqualTo(new QuestionImport(java.util.List.of(), java.util.List.of()));
        assertThat(gift(null)).isEqualTo(new QuestionImport(java.util.List.of(), java.util.List.of()));
        assertThat(gift("\n\n// only a comment\n\n$CATEGORY: Neck\n")).isEqualTo(
                new QuestionImport(java.util.List.of(), java.util.List.of()));
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_read_like_plain_text() {
        String unix = "// c\n::A:: First? {\n=yes\n~no\n}\n\n::B:: Second? {T}\n";
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");

        QuestionImport expected = gift(unix);
        QuestionImport actual = gift(windows);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.questions()).hasSize(2);
        assertThat(actual.questions().getFirst().name()).isEqualTo("A");
    }

    @Test
    void non_ascii_text_is_kept_as_written() {
        QuestionImport result = gift("""
                $CATEGORY: Łódź/Ελληνικά

                ::Łukasz:: Ποιος μυς; {=Τραπεζοειδής ~Δελτοειδής}

                ::عربي:: هل الإبر الجافة آمنة؟ {T#لا#نعم}
                """);

        assertThat(result.rejected()).isEmpty();
        ImportedQuestion greek = result.questions().get(0);
        ImportedQuestion arabic = result.questions().get(1);
        assertThat(greek.name()).isEqualTo("Łukasz");
        assertThat(greek.category()).isEqualTo("Łódź/Ελληνικά");
        assertThat(greek.stem()).isEqualTo("Ποιος μυς;");
        assertThat(((Choice) greek.answer()).options()).extracting(Option::text).containsExactly("Τραπεζοειδής", "Δελτοειδής");
        assertThat(arabic.stem()).isEqualTo("هل الإبر الجافة آمنة؟");
        assertThat(arabic.answer()).isEqualTo(new TrueFalse(true, "نعم", "لا"));
    }

    @Test
    void a_file_mixing_good_and_bad_questions_keeps_file_order_in_both_lists() {
        QuestionImport result = gift("""
                One? {T}

                Two? {}

                Three? {=a ~b}

                Four? {=x =y}

                Five? {#5}
                """);

        assertThat(result.questions()).extracting(ImportedQuestion::where)
                .containsExactly("bank.gift:1", "bank.gift:5", "bank.gift:9");
        assertThat(result.rejected()).extracting(Rejection::where).containsExactly("bank.gift:3", "bank.gift:7");
    }
}
