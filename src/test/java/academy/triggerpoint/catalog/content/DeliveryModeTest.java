package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryModeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            online-self-paced | Online, self-paced            | online, self-paced
            live-online       | Live online                   | live online
            in-person         | In person                     | in person
            blended           | Blended, online and in person | blended, online and in person
            """)
    void every_delivery_mode_has_one_wording_for_lists_and_one_for_sentences(String id, String label, String inSentence) {
        assertThat(DeliveryMode.label(id)).isEqualTo(label);
        assertThat(DeliveryMode.inSentence(id)).isEqualTo(inSentence);
    }

    @Test
    void the_course_format_accepts_exactly_the_modes_that_have_a_wording() {
        assertThat(CourseParser.DELIVERY_MODES).containsExactly("online-self-paced", "live-online", "in-person", "blended");
        assertThat(CourseParser.DELIVERY_MODES).allSatisfy(id -> assertThat(DeliveryMode.ofId(id)).isPresent());
    }

    @Test
    void text_that_is_not_an_id_is_printed_as_it_is() {
        assertThat(DeliveryMode.inSentence("online, self-paced")).isEqualTo("online, self-paced");
        assertThat(DeliveryMode.label(null)).isEmpty();
    }
}
