package academy.triggerpoint.catalog.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * Marks course content with its language. The page's {@code <html lang>} is the interface language;
 * a course's texts are in the course's (or a translation's) language, and an element showing them
 * says so, so that screen readers pronounce them as written.
 */
final class ContentLang {

    private ContentLang() {
    }

    /** Sets {@code lang} on the element that holds content in the language {@code tag}. */
    static <C extends Component> C set(C component, String tag) {
        component.getElement().setAttribute("lang", tag);
        return component;
    }

    /** The language's name in the reader's language: "English", "Englisch", "inglés". */
    static String name(String tag, Locale reader) {
        return Locale.forLanguageTag(tag).getDisplayName(reader);
    }
}
