package academy.triggerpoint.certification.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts embedded (as subsets) in every PDF, in the order they are tried for each
 * character: DejaVu Sans first (Latin, Greek, Cyrillic, Hebrew, Arabic, Armenian, Georgian), then
 * Noto Sans Arabic, Devanagari and Thai, Droid Sans Fallback (Chinese and Japanese) and NanumSquare
 * (Korean). A fallback face is used only for its own scripts and for punctuation and symbols no
 * earlier face has, so a Chinese name does not mix in the few Hanja glyphs the Korean face has.
 *
 * <p>A file is read from the classpath the first time a character needs it. Each thread parses it
 * once (a parsed font reads its tables lazily, so it is not shared between threads) and every
 * document then only subsets it, which is most of what makes a warm render fast. Which characters a
 * file maps is worked out once per JVM and shared: asking "can this be printed" parses nothing.
 */
enum Fonts {

    DEJAVU_SANS("DejaVuSans.ttf"),
    DEJAVU_SANS_BOLD("DejaVuSans-Bold.ttf"),
    NOTO_SANS_ARABIC("NotoSansArabic-Regular.ttf", UnicodeScript.ARABIC),
    NOTO_SANS_DEVANAGARI("NotoSansDevanagari-Regular.ttf", UnicodeScript.DEVANAGARI),
    NOTO_SANS_DEVANAGARI_BOLD("NotoSansDevanagari-Bold.ttf", UnicodeScript.DEVANAGARI),
    NOTO_SANS_THAI("NotoSansThai-Regular.ttf", UnicodeScript.THAI),
    NOTO_SANS_THAI_BOLD("NotoSansThai-Bold.ttf", UnicodeScript.THAI),
    DROID_SANS_FALLBACK("DroidSansFallbackFull.ttf", UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
            UnicodeScript.BOPOMOFO),
    NANUM_SQUARE("NanumSquareR.ttf", UnicodeScript.HANGUL);

    /** Faces tried for regular text, in order. */
    static final List<Fonts> REGULAR = List.of(DEJAVU_SANS, NOTO_SANS_ARABIC, NOTO_SANS_DEVANAGARI, NOTO_SANS_THAI,
            DROID_SANS_FALLBACK, NANUM_SQUARE);
    /** Faces tried for bold text: a bold face where there is one, then the regular face of the same family. */
    static final List<Fonts> BOLD = List.of(DEJAVU_SANS_BOLD, DEJAVU_SANS, NOTO_SANS_ARABIC, NOTO_SANS_DEVANAGARI_BOLD,
            NOTO_SANS_DEVANAGARI, NOTO_SANS_THAI_BOLD, NOTO_SANS_THAI, DROID_SANS_FALLBACK, NANUM_SQUARE);

    private static final Set<UnicodeScript> SHARED_SCRIPTS = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
            UnicodeScript.UNKNOWN);

    private final String resource;
    private final Set<UnicodeScript> scripts;
    private final ThreadLocal<TrueTypeFont> parsed = ThreadLocal.withInitial(() -> parse(bytes()));
    private volatile byte[] bytes;
    private volatile BitSet coverage;

    Fonts(String file, UnicodeScript... scripts) {
        this.resource = "/fonts/" + file;
        this.scripts = scripts.length == 0 ? Set.of() : EnumSet.of(scripts[0], scripts);
    }

    /**
     * Whether this face has a glyph for the code point and is meant for its script. Only the Basic
     * Multilingual Plane: PDFBox applies a font's glyph substitutions one UTF-16 unit at a time, so
     * it cannot draw a character outside it with these fonts (none of them has one anyway).
     */
    boolean prints(int codePoint) {
        if (codePoint > 0xFFFF || !covers(codePoint)) {
            return false;
        }
        return scripts.isEmpty() || scripts.contains(script(codePoint)) || SHARED_SCRIPTS.contains(script(codePoint));
    }

    /** Whether this face maps the code point to a glyph, whatever its script. */
    boolean covers(int codePoint) {
        return coverage().get(codePoint);
    }

    /** The face embedded in the document as a subset; each call embeds another copy, so callers keep it per document. */
    PDFont load(PDDocument document) throws IOException {
        return PDType0Font.load(document, parsed.get(), true);
    }

    static boolean printable(List<Fonts> chain, int codePoint) {
        for (Fonts font : chain) {
            if (font.prints(codePoint)) {
                return true;
            }
        }
        return false;
    }

    private static UnicodeScript script(int codePoint) {
        try {
            return UnicodeScript.of(codePoint);
        } catch (IllegalArgumentException notACodePoint) {
            return UnicodeScript.UNKNOWN;
        }
    }

    private BitSet coverage() {
        BitSet known = coverage;
        if (known == null) {
            synchronized (this) {
                known = coverage;
                if (known == null) {
                    known = mapped(parsed.get());
                    coverage = known;
                }
            }
        }
        return known;
    }

    private static BitSet mapped(TrueTypeFont font) {
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet mapped = new BitSet(0x10000);
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(mapped::set);
                }
            }
            return mapped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes() {
        byte[] known = bytes;
        if (known == null) {
            synchronized (this) {
                known = bytes;
                if (known == null) {
                    known = read(resource);
                    bytes = known;
                }
            }
        }
        return known;
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
