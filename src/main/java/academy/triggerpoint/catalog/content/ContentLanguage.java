package academy.triggerpoint.catalog.content;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Languages of course content, written as BCP 47 tags ({@code en}, {@code de}, {@code pt-BR}): which
 * tags a course may use, and which of a text's languages a reader gets.
 */
public final class ContentLanguage {

    /** The language of a course whose {@code course.yaml} does not say. */
    public static final String DEFAULT = "en";

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> ISO_REGIONS = Set.of(Locale.getISOCountries());

    private ContentLanguage() {
    }

    /**
     * Why {@code tag} cannot name the language of course content, or empty when it can: it must be a
     * well-formed BCP 47 tag whose language is a known two-letter code (or any three-letter one) and
     * whose two-letter region, if any, is a known one, written as Java writes it ({@code pt-BR}, not
     * {@code pt-br}), so one language always has one spelling in file names and in {@code course.yaml}.
     */
    public static Optional<String> refusal(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return Optional.of("'" + tag + "' is not a language tag; write a BCP 47 tag such as en, de, es or pt-BR");
        }
        String language = locale.getLanguage();
        boolean knownLanguage = language.length() == 2 ? ISO_LANGUAGES.contains(language)
                : language.length() == 3 && !language.equals("und");
        if (!knownLanguage) {
            return Optional.of("'" + tag + "' does not start with a language code; write a BCP 47 tag such as en, de, "
                    + "es or pt-BR");
        }
        String region = locale.getCountry();
        if (region.length() == 2 && !ISO_REGIONS.contains(region)) {
            return Optional.of("'" + tag + "' names no known region ('" + region + "'); write a BCP 47 tag such as "
                    + "en, de, es or pt-BR");
        }
        String canonical = locale.toLanguageTag();
        if (!canonical.equals(tag)) {
            return Optional.of("write the language tag '" + tag + "' as '" + canonical + "'");
        }
        return Optional.empty();
    }

    /**
     * Which language of a text a reader whose interface language is {@code reader} gets: the
     * original's or a translation's with the reader's exact tag, else the original when it is in the
     * reader's language ({@code en} for {@code en-GB}), else the first translation (by tag) in it,
     * else the original. A null reader gets the original.
     */
    public static String choose(Locale reader, String original, Collection<String> translations) {
        if (reader == null) {
            return original;
        }
        String wanted = reader.toLanguageTag();
        if (original.equalsIgnoreCase(wanted)) {
            return original;
        }
        Optional<String> exact = translations.stream().filter(t -> t.equalsIgnoreCase(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        if (sameLanguage(reader, original)) {
            return original;
        }
        return translations.stream().sorted().filter(t -> sameLanguage(reader, t)).findFirst().orElse(original);
    }

    /** Whether a text in {@code tag} is in the reader's language ({@code de-CH} is German for a German reader). */
    public static boolean sameLanguage(Locale reader, String tag) {
        return reader != null && Locale.forLanguageTag(tag).getLanguage().equals(reader.getLanguage());
    }
}
