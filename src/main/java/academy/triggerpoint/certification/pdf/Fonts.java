package academy.triggerpoint.certification.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu Sans fonts embedded (as subsets) in every PDF. The files are read once; each thread
 * parses them once (a parsed font reads its tables lazily, so it is not shared between threads)
 * and every document then only subsets them, which is most of what makes a warm render fast.
 */
final class Fonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final ThreadLocal<TrueTypeFont> PARSED_REGULAR = ThreadLocal.withInitial(() -> parse(REGULAR));
    private static final ThreadLocal<TrueTypeFont> PARSED_BOLD = ThreadLocal.withInitial(() -> parse(BOLD));

    private Fonts() {
    }

    static PDFont regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, PARSED_REGULAR.get(), true);
    }

    static PDFont bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, PARSED_BOLD.get(), true);
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
