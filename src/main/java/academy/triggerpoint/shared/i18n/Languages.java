package academy.triggerpoint.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages: English (the fallback), German and Spanish. Adding one is a bundle per module and a line here. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale SPANISH = Locale.of("es");

    public static final List<Locale> SUPPORTED = List.of(ENGLISH, GERMAN, SPANISH);

    private Languages() {
    }

    /** The supported language of a locale ("de-AT" is German), English when it is none of them. */
    public static Locale closest(Locale locale) {
        return locale == null ? ENGLISH : ofTag(locale.getLanguage()).orElse(ENGLISH);
    }

    /** A supported language from its tag ("de"), if it is one. */
    public static Optional<Locale> ofTag(String tag) {
        return tag == null ? Optional.empty()
                : SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(tag.strip())).findFirst();
    }

    /** The language's name in itself ("Deutsch"), as a switcher lists it. */
    public static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
