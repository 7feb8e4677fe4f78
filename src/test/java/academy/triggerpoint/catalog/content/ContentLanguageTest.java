package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es", "pt-BR", "zh-Hant-TW", "fil", "es-419", "de-CH-1901"})
    void well_formed_tags_of_known_languages_are_accepted(String tag) {
        assertThat(ContentLanguage.refusal(tag)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "en_GB    | 'en_GB' is not a language tag; write a BCP 47 tag such as en, de, es or pt-BR",
            "deutsch  | 'deutsch' does not start with a language code; write a BCP 47 tag such as en, de, es or pt-BR",
            "xx       | 'xx' does not start with a language code; write a BCP 47 tag such as en, de, es or pt-BR",
            "und      | 'und' does not start with a language code; write a BCP 47 tag such as en, de, es or pt-BR",
            "de-XY    | 'de-XY' names no known region ('XY'); write a BCP 47 tag such as en, de, es or pt-BR",
            "pt-br    | write the language tag 'pt-br' as 'pt-BR'",
            "DE       | write the language tag 'DE' as 'de'"})
    void a_tag_that_is_no_language_is_refused_with_what_to_write(String tag, String reason) {
        assertThat(ContentLanguage.refusal(tag)).hasValue(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de     | en | de, es  | de",
            "de-AT  | en | de, es  | de",
            "de     | en | de-CH   | de-CH",
            "pt-BR  | en | pt, pt-BR | pt-BR",
            "fr     | en | de, es  | en",
            "en-GB  | en | de      | en",
            "de     | de | es      | de"})
    void a_reader_gets_their_language_when_there_is_a_text_in_it_else_the_original(String reader, String original,
                                                                                 String translations, String chosen) {
        assertThat(ContentLanguage.choose(Locale.forLanguageTag(reader), original, List.of(translations.split(",\\s*"))))
                .isEqualTo(chosen);
    }

    @Test
    void without_a_reader_language_the_original_is_shown() {
        assertThat(ContentLanguage.choose(null, "en", List.of("de"))).isEqualTo("en");
        assertThat(ContentLanguage.sameLanguage(null, "en")).isFalse();
        assertThat(ContentLanguage.sameLanguage(Locale.GERMAN, "de-CH")).isTrue();
    }
}
