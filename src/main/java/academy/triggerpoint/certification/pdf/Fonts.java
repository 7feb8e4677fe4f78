package academy.triggerpoint.certification.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The DejaVu Sans files embedded (as subsets) in every PDF, read once from the classpath. */
final class Fonts {

    static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
