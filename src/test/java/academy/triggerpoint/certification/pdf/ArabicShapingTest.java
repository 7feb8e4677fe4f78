package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicShapingTest {

    private static String shaped(String text) {
        return ArabicShaping.shape(text, cp -> true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Muhammad: initial, medial, medial, final       | \u0645\u062D\u0645\u062F | \uFEE3\uFEA4\uFEE4\uFEAA
            Ali: ain initial, lam medial, yeh final        | \u0639\u0644\u064A | \uFECB\uFEE0\uFEF2
            dal and alef join only to the letter before    | \u062F\u0627\u0648\u062F | \uFEA9\uFE8D\uFEED\uFEA9
            lam-alef is one ligature                       | \u0633\u0644\u0627\u0645 | \uFEB3\uFEFC\uFEE1
            harakat are transparent to joining             | \u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F | \uFEE3\u064F\uFEA4\u064E\uFEE4\u0651\u064E\uFEAA
            Persian peh and gaf                            | \u067E\u0648\u0631\u0646\u06AF | \uFB58\uFEEE\uFEAD\uFEE7\uFB93
            a zero-width non-joiner breaks the join        | \u0645\u064A\u200C\u062E\u0648\u0627\u0647\u0645 | \uFEE3\uFEF2\u200C\uFEA7\uFEEE\uFE8D\uFEEB\uFEE2
            Latin is left alone                            | Zoë | Zoë
            """)
    void letters_take_the_form_of_their_place_in_the_word(String why, String logical, String forms) {
        assertThat(shaped(logical)).as(why).isEqualTo(forms);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hebrew is reversed                        | דוד כהן           | ןהכ דוד
            a Latin run keeps its order inside RTL    | דוד (David) כהן   | ןהכ (David) דוד
            RTL inside a Latin line                   | Dr. כהן, PT       | Dr. ןהכ, PT
            Latin alone is untouched                  | Zoë Łukasz        | Zoë Łukasz
            """)
    void right_to_left_runs_are_put_in_visual_order(String why, String logical, String visual) {
        assertThat(Typesetter.visualOrder(logical)).as(why).isEqualTo(visual);
    }
}
