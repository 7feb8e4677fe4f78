package academy.triggerpoint.shared;

import java.util.Optional;

/**
 * Whether text can be printed on the academy's certificates and transcripts, which embed a fixed
 * set of fonts. Asked where a name that prints on certificates is entered; answered by the module
 * that owns the fonts (certification), so the modules that ask need not depend on it.
 */
public interface PrintableText {

    /**
     * Empty when every character can be printed; otherwise a message for the person who typed the
     * text, naming the first character that cannot: "The character '🧪' (U+1F9EA) cannot be
     * printed on a certificate."
     */
    Optional<String> unprintable(String text);
}
