package academy.triggerpoint.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the interface languages complete: every key the code uses has an English text, German and
 * Spanish have exactly the English keys with the same placeholders, and no text is left unused.
 * Keys are found as whole string literals in the main sources, so a key is always written out in
 * full (never built from pieces), which is what makes "unused" decidable.
 */
class TranslationsTest {

    private static final Map<String, Map<String, String>> TEXTS = Translations.load();
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private static Set<String> modules() {
        return TEXTS.get("en").keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
    }

    private static Set<String> keysInCode() {
        Set<String> modules = modules();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    Matcher m = LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        if (modules.contains(key.substring(0, key.indexOf('.')))) {
                            keys.add(key);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        if (text != null) {
            Matcher m = ARGUMENT.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void every_key_the_code_uses_has_an_english_text() {
        Set<String> missing = new TreeSet<>(keysInCode());
        missing.removeAll(TEXTS.get("en").keySet());
        assertThat(missing).as("keys used in src/main/java with no text in i18n/<module>.properties").isEmpty();
    }

    @Test
    void no_english_text_is_left_unused() {
        Set<String> unused = new TreeSet<>(TEXTS.get("en").keySet());
        unused.removeAll(keysInCode());
        assertThat(unused).as("keys in i18n/<module>.properties that no source file names").isEmpty();
    }

    @Test
    void german_and_spanish_have_exactly_the_english_keys_with_the_same_placeholders() {
        Map<String, String> english = TEXTS.get("en");
        for (Locale language : Languages.SUPPORTED) {
            Map<String, String> texts = TEXTS.getOrDefault(language.getLanguage(), Map.of());
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(texts.keySet());
            Set<String> extra = new TreeSet<>(texts.keySet());
            extra.removeAll(english.keySet());
            assertThat(missing).as("keys without a " + language.getDisplayLanguage(Locale.ENGLISH) + " text").isEmpty();
            assertThat(extra).as(language.getDisplayLanguage(Locale.ENGLISH) + " keys that English does not have").isEmpty();
            List<String> different = new ArrayList<>();
            english.forEach((key, text) -> {
                if (!arguments(text).equals(arguments(texts.get(key)))) {
                    different.add(key + ": " + arguments(text) + " in English, " + arguments(texts.get(key)));
                }
            });
            assertThat(different).as("placeholders that differ from English in " + language).isEmpty();
        }
    }

    @Test
    void every_text_is_a_valid_pattern_with_no_lone_apostrophe_and_nothing_blank() {
        List<String> problems = new ArrayList<>();
        TEXTS.forEach((language, texts) -> texts.forEach((key, text) -> {
            if (text.isBlank()) {
                problems.add(language + " " + key + ": blank");
            } else if (text.replace("''", "").contains("'")) {
                problems.add(language + " " + key + ": a lone ' disappears when formatted; write ’ or ''");
            } else {
                try {
                    new MessageFormat(text, Locale.forLanguageTag(language));
                } catch (IllegalArgumentException e) {
                    problems.add(language + " " + key + ": " + e.getMessage());
                }
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_text_missing_in_a_language_falls_back_to_english_and_a_key_missing_everywhere_is_never_shown_raw() {
        Translations translations = new Translations(Map.of(
                "en", Map.of("demo.greeting", "Hello {0}", "demo.only-english", "Only English"),
                "de", Map.of("demo.greeting", "Hallo {0}")));

        assertThat(translations.getTranslation("demo.greeting", Locale.GERMANY, "Zoë")).isEqualTo("Hallo Zoë");
        assertThat(translations.getTranslation("demo.only-english", Locale.GERMAN)).isEqualTo("Only English");
        assertThat(translations.getTranslation("demo.no-such-text", Locale.GERMAN)).isEqualTo("No such text");
        assertThat(translations.getTranslation("demo.greeting", Locale.JAPANESE, "Zoë")).isEqualTo("Hello Zoë");
    }

    @Test
    void numbers_and_dates_in_a_text_follow_the_language() {
        Translations translations = new Translations(Map.of(
                "en", Map.of("demo.hours", "{0,number,#.##} hours"),
                "de", Map.of("demo.hours", "{0,number,#.##} Stunden")));

        assertThat(translations.getTranslation("demo.hours", Locale.ENGLISH, 6.5)).isEqualTo("6.5 hours");
        assertThat(translations.getTranslation("demo.hours", Locale.GERMAN, 6.5)).isEqualTo("6,5 Stunden");
    }
}
