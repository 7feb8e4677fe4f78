package academy.triggerpoint.certification.pdf;

import academy.triggerpoint.shared.PrintableText;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers "can this be printed?" for the rest of the application with the same fonts, in the same
 * order, and after the same preparation as the certificate and transcript use to draw text.
 */
@Component
class CertificateFonts implements PrintableText {

    @Override
    public Optional<String> unprintable(String text) {
        var first = Typesetter.firstUnprintable(text);
        return first.isEmpty() ? Optional.empty() : Optional.of("The character " + Typesetter.describe(first.getAsInt())
                + " cannot be printed on a certificate. Leave it out or write it another way.");
    }
}
