package academy.triggerpoint.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the interface, in {@link Languages#SUPPORTED}. Each module keeps its own bundle,
 * {@code i18n/<module>.properties} (English) beside {@code <module>_de.properties} and
 * {@code <module>_es.properties}; a key starts with its module's name ({@code people.profile.title}),
 * so modules never share a file. Texts are {@link MessageFormat} patterns formatted for the
 * locale ({@code {0,number}}, {@code {0,date,long}}); write an apostrophe as ’ or {@code ''}.
 *
 * <p>A key missing in a language falls back to English and is logged once; a key missing in
 * English too (the tests make sure none is) shows as words made from the key's last part, never as
 * the raw key.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Map<String, Map<String, String>> byLanguage;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public Translations() {
        this(load());
    }

    Translations(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The bundles on the class path: language tag ("en", "de", "es") to key to text. */
    static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> texts = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = resource.getFilename();
                String base = file.substring(0, file.length() - ".properties".length());
                int underscore = base.lastIndexOf('_');
                String language = underscore < 0 ? Languages.ENGLISH.getLanguage() : base.substring(underscore + 1);
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                Map<String, String> target = texts.computeIfAbsent(language, l -> new HashMap<>());
                properties.forEach((key, value) -> target.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interface texts under i18n/", e);
        }
        texts.replaceAll((language, map) -> Map.copyOf(map));
        return Map.copyOf(texts);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.closest(locale);
        String pattern = byLanguage.getOrDefault(language.getLanguage(), Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault(Languages.ENGLISH.getLanguage(), Map.of()).get(key);
            if (reported.add(language.getLanguage() + ":" + key)) {
                log.warn("No {} text for '{}': {}", language.getDisplayLanguage(Locale.ENGLISH), key,
                        pattern == null ? "no English text either" : "English shown");
            }
            if (pattern == null) {
                return placeholder(key);
            }
            language = Languages.ENGLISH;
        }
        return new MessageFormat(pattern, language).format(params);
    }

    /** {@code people.profile.save-button} becomes "Save button": readable, and plainly not a translated text. */
    private static String placeholder(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).replace('-', ' ');
        return last.isEmpty() ? "…" : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }

    /** Every key of one language (for the tests that keep the languages complete). */
    Map<String, String> texts(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }
}
