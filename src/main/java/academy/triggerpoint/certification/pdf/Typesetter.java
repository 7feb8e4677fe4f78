package academy.triggerpoint.certification.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one place the PDFs put text on a page. A line of text is prepared as a reader expects to see
 * it, since PDFBox itself draws one glyph per character from one font, left to right:
 * <ol>
 *   <li>composed (NFC), line breaks and tabs as spaces;</li>
 *   <li>Arabic-script letters in their joined forms ({@link ArabicShaping});</li>
 *   <li>right-to-left runs (Arabic, Hebrew) put in visual order with {@link Bidi}, brackets mirrored;</li>
 *   <li>invisible format characters (direction marks, joiners, variation selectors) left out;</li>
 *   <li>split into runs, each in the first of {@link Fonts#REGULAR} or {@link Fonts#BOLD} that can
 *   print it; spaces, marks and punctuation stay in the run they are in when its font has them.</li>
 * </ol>
 * Widths are the sum of the runs' widths, so centring and wrapping work across fonts. PDFBox applies
 * a font's own substitutions (Devanagari conjuncts) when it draws; there is no mark positioning, so
 * Thai and Devanagari vowel signs sit where the font's default puts them.
 *
 * <p>Every line is drawn as tagged content of a structure element ({@link Tagging}); where the glyphs
 * do not read as the text (visual order, joined forms, ligatures, conjuncts: {@link GlyphSubstitutions})
 * the line carries the text as written as its ActualText, which screen readers read instead.
 */
final class Typesetter {

    /** A piece of a line drawn in one font, in visual order. */
    record Run(PDFont font, String text) {
    }

    /** A line ready to draw: its runs left to right, and the text as written (composed, without invisible characters). */
    record Line(List<Run> runs, String written) {

        float width(float size) throws IOException {
            float units = 0;
            for (Run run : runs) {
                units += units(run);
            }
            return units / 1000 * size;
        }
    }

    private static final GsubWorkerFactory GSUB_WORKERS = new GsubWorkerFactory();

    private final PDDocument document;
    private final Tagging tagging;
    private final Map<Fonts, PDFont> loaded = new EnumMap<>(Fonts.class);
    private final GlyphSubstitutions substitutions = new GlyphSubstitutions();

    Typesetter(PDDocument document, Tagging tagging) {
        this.document = document;
        this.tagging = tagging;
    }

    /** The first character of the text that no embedded font prints (in any weight), if there is one. */
    static OptionalInt firstUnprintable(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String prepared = withoutFormatCharacters(ArabicShaping.shape(normalised(text),
                cp -> Fonts.printable(Fonts.REGULAR, cp)));
        return prepared.codePoints().filter(cp -> !Fonts.printable(Fonts.REGULAR, cp)).findFirst();
    }

    /**
     * Checks that a field's text can be printed.
     *
     * @throws UnprintableTextException naming the field and the first character that cannot
     */
    static void requirePrintable(String field, String text) {
        OptionalInt unprintable = firstUnprintable(text);
        if (unprintable.isPresent()) {
            throw new UnprintableTextException(field, unprintable.getAsInt());
        }
    }

    /** A character as a person would name it in a message: {@code 'X' (U+0058)}. */
    static String describe(int codePoint) {
        return "'" + Character.toString(codePoint) + "' (U+" + String.format("%04X", codePoint) + ")";
    }

    /**
     * The text laid out as one line.
     *
     * @throws UnprintableTextException when a character is in no embedded font
     */
    Line line(String text, boolean bold) throws IOException {
        List<Fonts> chain = bold ? Fonts.BOLD : Fonts.REGULAR;
        String logical = normalised(text);
        String visual = withoutFormatCharacters(visualOrder(ArabicShaping.shape(logical, cp -> Fonts.printable(chain, cp))));
        List<Run> runs = new ArrayList<>();
        Fonts current = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            Fonts font = current != null && staysInRun(cp) && current.prints(cp) ? current : firstPrinting(chain, cp);
            if (font == null) {
                throw new UnprintableTextException("text", cp);
            }
            if (font != current && !run.isEmpty()) {
                runs.add(new Run(font(current), run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(font(current), run.toString()));
        }
        return new Line(List.copyOf(runs), withoutFormatCharacters(logical));
    }

    float width(String text, boolean bold, float size) throws IOException {
        return line(text, bold).width(size);
    }

    /** Draws the text with its left edge at x and its baseline at y, as (part of) the content of {@code element}. */
    void draw(PDPageContentStream s, PDStructureElement element, String text, boolean bold, float size, Color colour,
              float x, float y) throws IOException {
        Line line = line(text, bold);
        tagging.content(s, element, actualText(line), () -> paint(s, line, size, colour, x, y));
    }

    /** Draws the text centred on the page's width, as (part of) the content of {@code element}. */
    void centred(PDPageContentStream s, PDStructureElement element, String text, boolean bold, float size, Color colour,
                 float pageWidth, float y) throws IOException {
        Line line = line(text, bold);
        float x = (pageWidth - line.width(size)) / 2;
        tagging.content(s, element, actualText(line), () -> paint(s, line, size, colour, x, y));
    }

    /** Draws text repeated only because a page broke (a table's header row), which a screen reader has read already. */
    void drawRepeated(PDPageContentStream s, String text, boolean bold, float size, Color colour, float x, float y)
            throws IOException {
        Line line = line(text, bold);
        tagging.pagination(s, () -> paint(s, line, size, colour, x, y));
    }

    /**
     * Saves the document. PDFBox writes each font's ToUnicode map (glyph to text, for copying, search
     * and PDF/UA) from the font's cmap when it subsets the fonts, during the first save; a glyph that
     * GSUB put in place of several characters (a Devanagari conjunct) has no entry there, so when one
     * was drawn its text is added to the map and the document saved again.
     */
    byte[] save() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        if (substitutions.completeToUnicodeMaps()) {
            out.reset();
            document.save(out);
        }
        return out.toByteArray();
    }

    /**
     * The text as written when the glyphs drawn do not read as it: right-to-left text in visual
     * order, joined Arabic letters, glyphs that GSUB substituted (ligatures, conjuncts); null when
     * they do. Screen readers and copying use it instead of the glyphs.
     */
    private String actualText(Line line) throws IOException {
        StringBuilder drawn = new StringBuilder(line.written().length());
        boolean substituted = false;
        for (Run run : line.runs()) {
            drawn.append(run.text());
            substituted |= run.font() instanceof PDType0Font font && substitutions.substitutes(font, run.text());
        }
        return substituted || !drawn.toString().equals(line.written()) ? line.written() : null;
    }

    private static void paint(PDPageContentStream s, Line line, float size, Color colour, float x, float y) throws IOException {
        s.beginText();
        s.setNonStrokingColor(colour);
        s.newLineAtOffset(x, y);
        for (Run run : line.runs()) {
            s.setFont(run.font(), size);
            s.showText(run.text());
        }
        s.endText();
    }

    /**
     * The text broken into lines no wider than {@code maxWidth}, at spaces; a word wider than a line
     * (a title in Chinese has no spaces) is broken between characters. Continuation lines start
     * with {@code indent}.
     */
    List<String> wrap(String text, boolean bold, float size, float maxWidth, String indent) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : normalised(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, bold, size) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line);
                candidate = indent + word;
            }
            line = breakLongWord(candidate, bold, size, maxWidth, indent, lines);
        }
        lines.add(line);
        return lines;
    }

    /** Adds the pieces of an over-long line that fill a line each to {@code lines} and returns the rest. */
    private String breakLongWord(String text, boolean bold, float size, float maxWidth, String indent, List<String> lines)
            throws IOException {
        String rest = text;
        while (width(rest, bold, size) > maxWidth) {
            int end = 0;
            while (end < rest.length() && rest.charAt(end) == ' ') {
                end++;
            }
            end = end < rest.length() ? rest.offsetByCodePoints(end, 1) : end;
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (width(rest.substring(0, next), bold, size) > maxWidth) {
                    break;
                }
                end = next;
            }
            if (end >= rest.length()) {
                break;
            }
            lines.add(rest.substring(0, end));
            rest = indent + rest.substring(end);
        }
        return rest;
    }

    /**
     * A run's advance in font units per 1000. For a Devanagari font, after the glyph substitutions
     * PDFBox applies when it draws (conjuncts make a name a fifth narrower), word by word as PDFBox
     * does; for the others the characters' own widths (Latin ligatures change a line by under a point).
     */
    private static float units(Run run) throws IOException {
        if (!conjoins(run)) {
            return run.font().getStringWidth(run.text());
        }
        PDType0Font font = (PDType0Font) run.font();
        GsubWorker worker = GSUB_WORKERS.getGsubWorker(font.getCmapLookup(), font.getGsubData());
        String text = run.text();
        float units = 0;
        int start = 0;
        while (start < text.length()) {
            boolean space = Character.isWhitespace(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && Character.isWhitespace(text.charAt(end)) == space) {
                end++;
            }
            if (space) {
                units += font.getStringWidth(text.substring(start, end));
            } else {
                List<Integer> glyphs = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    glyphs.add(font.getCmapLookup().getGlyphId(text.charAt(i)));
                }
                for (int glyph : worker.applyTransforms(glyphs)) {
                    units += font.getWidthFromFont(glyph);
                }
            }
            start = end;
        }
        return units;
    }

    /** Whether the run is in a Devanagari font, whose conjuncts PDFBox draws as glyphs of their own. */
    private static boolean conjoins(Run run) {
        return run.font() instanceof PDType0Font font && font.getGsubData() != GsubData.NO_DATA_FOUND
                && font.getGsubData().getLanguage() == Language.DEVANAGARI;
    }

    private PDFont font(Fonts face) throws IOException {
        PDFont font = loaded.get(face);
        if (font == null) {
            font = face.load(document);
            loaded.put(face, font);
        }
        return font;
    }

    private static Fonts firstPrinting(List<Fonts> chain, int cp) {
        for (Fonts font : chain) {
            if (font.prints(cp)) {
                return font;
            }
        }
        return null;
    }

    /** Spaces, marks, digits and punctuation: kept in the current run rather than starting a new one. */
    private static boolean staysInRun(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED || isMark(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Composed characters, and line breaks, tabs and other control characters as spaces. */
    private static String normalised(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < composed.length(); i++) {
            if (Character.isISOControl(composed.charAt(i))) {
                StringBuilder spaced = new StringBuilder(composed.length());
                composed.codePoints().forEach(cp -> spaced.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
                return spaced.toString();
            }
        }
        return composed;
    }

    /** Leaves out characters that draw nothing: direction marks and embeddings, joiners, soft hyphens, variation selectors. */
    private static String withoutFormatCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean invisible = Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF);
            if (invisible && kept == null) {
                kept = new StringBuilder(text.substring(0, i));
            } else if (!invisible && kept != null) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept == null ? text : kept.toString();
    }

    /** Right-to-left runs reversed (keeping each letter's marks after it) and all runs in visual order. */
    static String visualOrder(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        List<String> clusters = new ArrayList<>();
        StringBuilder cluster = new StringBuilder();
        run.codePoints().forEach(cp -> {
            if (!cluster.isEmpty() && !isMark(cp)) {
                clusters.add(cluster.toString());
                cluster.setLength(0);
            }
            cluster.appendCodePoint(Character.isMirrored(cp) ? mirrored(cp) : cp);
        });
        if (!cluster.isEmpty()) {
            clusters.add(cluster.toString());
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            out.append(clusters.get(i));
        }
        return out.toString();
    }

    private static int mirrored(int cp) {
        String pairs = "()[]{}<>«»‹›";
        int at = pairs.indexOf(cp);
        return at < 0 ? cp : pairs.charAt(at ^ 1);
    }
}
