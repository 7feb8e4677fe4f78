package academy.triggerpoint.certification.pdf;

import academy.triggerpoint.catalog.content.DeliveryMode;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.Translations;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a certificate or transcript prints around its data, in the language of the person it
 * is for: the {@code certification.pdf.*} texts of the certification bundle, looked up through
 * {@code texts} (the application passes {@code Translations::getTranslation}, so this package needs
 * no running page), with dates and numbers as that language writes them. The document's
 * {@code Lang} is this language; the course's own texts are tagged with the course's language.
 *
 * @param language the language the texts are in; its BCP 47 tag becomes the document's language
 */
public record Wording(Locale language, Texts texts) {

    /** A text of the bundles for a key in a language, formatted with the arguments (a {@code MessageFormat} pattern). */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Locale language, Object... arguments);
    }

    /** The wording in the language with this tag ("de"); an empty or missing tag is English. */
    public static Wording of(String languageTag, Texts texts) {
        return new Wording(languageTag == null || languageTag.isBlank() ? Languages.ENGLISH : Locale.forLanguageTag(languageTag),
                texts);
    }

    /** English, read from the bundles on the class path: for callers without the application's texts (tests, the benchmark). */
    public static Wording english() {
        return new Wording(Languages.ENGLISH, Bundled.TEXTS::getTranslation);
    }

    /** The BCP 47 tag of the language, as the document's {@code Lang}. */
    String tag() {
        return language.toLanguageTag();
    }

    /** The text of a {@code certification.pdf.*} key in this language, formatted with the arguments. */
    public String text(String key, Object... arguments) {
        return texts.text(key, language, arguments);
    }

    /**
     * A date written out as the language writes it on a certificate ("22 November 2026", "22. November
     * 2026", "22 de noviembre de 2026"): a pattern per language, since the localized long date of
     * plain English is the American "November 22, 2026".
     */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(text("certification.pdf.date-format"), Languages.closest(language)).format(date);
    }

    /** The licence line: "Registration PT-12345 · Wellington, New Zealand"; null without a licence number. */
    public String registration(String licenceNumber, String jurisdiction) {
        if (licenceNumber == null) {
            return null;
        }
        return jurisdiction == null ? text("certification.pdf.registration", licenceNumber)
                : text("certification.pdf.registration-in", licenceNumber, jurisdiction);
    }

    /**
     * How a course is delivered, as it reads inside a sentence ("online, self-paced", "online, im
     * eigenen Tempo"), from its id or its English words; anything else as it is.
     */
    public String deliveryMode(String idOrWords) {
        return mode(idOrWords).map(mode -> switch (mode) {
            case ONLINE_SELF_PACED -> text("certification.pdf.delivery.online-self-paced");
            case LIVE_ONLINE -> text("certification.pdf.delivery.live-online");
            case IN_PERSON -> text("certification.pdf.delivery.in-person");
            case BLENDED -> text("certification.pdf.delivery.blended");
        }).orElse(idOrWords == null ? "" : idOrWords);
    }

    /** The delivery mode of an id, or of its English words as a heading or a sentence writes them. */
    static Optional<DeliveryMode> mode(String idOrWords) {
        return DeliveryMode.ofId(idOrWords).or(() -> Arrays.stream(DeliveryMode.values())
                .filter(m -> m.label().equalsIgnoreCase(idOrWords) || m.inSentence().equalsIgnoreCase(idOrWords)).findFirst());
    }

    /** The bundles are read once, the first time an English document is asked for without texts. */
    private static final class Bundled {
        static final Translations TEXTS = new Translations();
    }
}
