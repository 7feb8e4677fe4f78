package academy.triggerpoint.certification.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What the glyph substitutions PDFBox applies when it draws (a font's GSUB: Latin f-ligatures,
 * Devanagari conjuncts and reph) do to the text of one document. Such glyphs do not read back as the
 * characters they replace: a ligature reads as its own character ("ﬁ"), a conjunct as none at all.
 * {@link Typesetter} gives the lines they are in an ActualText, and the conjuncts an entry in their
 * font's ToUnicode map, which PDF/UA requires of every glyph drawn.
 */
final class GlyphSubstitutions {

    private static final GsubWorkerFactory WORKERS = new GsubWorkerFactory();
    /** The features fontbox's GSUB worker for Latin applies (DejaVu Sans has the f-ligatures among them). */
    private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");

    /** The glyph sequences a font's GSUB features replace, and the longest one's length. */
    private record Replaced(Set<List<Integer>> sequences, int longest) {
    }

    /** Glyphs drawn that the font's cmap gives no character (Devanagari conjuncts), with the text each stands for. */
    private final Map<PDType0Font, Map<Integer, String>> glyphsWithoutCharacters = new HashMap<>();
    /** For each Latin font, the glyph sequences the GSUB features PDFBox applies replace: a word with none is drawn as it is. */
    private final Map<PDType0Font, Replaced> latinSubstitutions = new HashMap<>();

    /**
     * Whether PDFBox draws other glyphs for the text than its characters' own, applying the font's
     * GSUB word by word as it does; remembers the drawn glyphs that have no character of their own.
     */
    boolean substitutes(PDType0Font font, String text) {
        if (font.getGsubData() == GsubData.NO_DATA_FOUND) {
            return false;
        }
        GsubWorker worker = WORKERS.getGsubWorker(font.getCmapLookup(), font.getGsubData());
        boolean substituted = false;
        for (String word : text.split("\\s+")) {
            List<Integer> own = glyphs(font, word);
            if (!mayChange(font, own)) {
                continue;
            }
            List<Integer> drawn = worker.applyTransforms(own);
            if (drawn.equals(own)) {
                continue;
            }
            substituted = true;
            for (int glyph : drawn) {
                List<Integer> characters = font.getCmapLookup().getCharCodes(glyph);
                if (!own.contains(glyph) && (characters == null || characters.isEmpty())) {
                    String standsFor = standsFor(font, worker, word, glyph);
                    if (standsFor != null) {
                        glyphsWithoutCharacters.computeIfAbsent(font, f -> new HashMap<>()).putIfAbsent(glyph, standsFor);
                    }
                }
            }
        }
        return substituted;
    }

    /**
     * Whether GSUB could change the glyphs. Asking the GSUB worker costs about as much as drawing
     * (fontbox compiles regular expressions per call), so for a Latin font, where substitutions only
     * replace sequences of glyphs (ligatures), a word with none of those sequences is left alone
     * without asking; the Devanagari worker also reorders glyphs, so it is always asked.
     */
    private boolean mayChange(PDType0Font font, List<Integer> glyphs) {
        GsubData gsub = font.getGsubData();
        if (gsub.getLanguage() != Language.LATIN) {
            return true;
        }
        Replaced replaced = latinSubstitutions.computeIfAbsent(font, f -> {
            Set<List<Integer>> sequences = new HashSet<>();
            for (String feature : LATIN_FEATURES) {
                if (gsub.isFeatureSupported(feature)) {
                    sequences.addAll(gsub.getFeature(feature).getAllGlyphIdsForSubstitution());
                }
            }
            return new Replaced(sequences, sequences.stream().mapToInt(List::size).max().orElse(0));
        });
        for (int start = 0; start < glyphs.size(); start++) {
            for (int end = start + 1; end <= Math.min(glyphs.size(), start + replaced.longest()); end++) {
                if (replaced.sequences().contains(glyphs.subList(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The characters a substituted glyph stands for: of the shortest piece of the word that GSUB turns
     * into output with this glyph, those whose own glyph is not in that output ("प्र" for the conjunct
     * pra, "र्" for the reph over the next consonant).
     */
    private static String standsFor(PDType0Font font, GsubWorker worker, String word, int glyph) {
        for (int length = 1; length <= word.length(); length++) {
            for (int start = 0; start + length <= word.length(); start++) {
                String piece = word.substring(start, start + length);
                List<Integer> own = glyphs(font, piece);
                List<Integer> drawn = worker.applyTransforms(own);
                if (drawn.contains(glyph)) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < piece.length(); i++) {
                        if (!drawn.contains(own.get(i))) {
                            text.append(piece.charAt(i));
                        }
                    }
                    return text.isEmpty() ? piece : text.toString();
                }
            }
        }
        return null;
    }

    private static List<Integer> glyphs(PDType0Font font, String text) {
        List<Integer> glyphs = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(font.getCmapLookup().getGlyphId(text.charAt(i)));
        }
        return glyphs;
    }

    /**
     * Adds the text of each glyph drawn without a character of its own to its font's ToUnicode map.
     * Call after the document was saved once (PDFBox writes the maps when it subsets the fonts);
     * returns whether anything was added, so the document must be saved again.
     */
    boolean completeToUnicodeMaps() throws IOException {
        for (Map.Entry<PDType0Font, Map<Integer, String>> font : glyphsWithoutCharacters.entrySet()) {
            addToUnicode(font.getKey(), font.getValue());
        }
        return !glyphsWithoutCharacters.isEmpty();
    }

    /** Adds glyph-to-text entries to the font's ToUnicode CMap, which PDFBox wrote for the font's subset. */
    private static void addToUnicode(PDType0Font font, Map<Integer, String> texts) throws IOException {
        COSStream map = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (map == null) {
            return;
        }
        String cmap;
        try (InputStream in = map.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        int end = cmap.lastIndexOf("endcmap");
        if (end < 0) {
            return;
        }
        StringBuilder entries = new StringBuilder();
        List<Map.Entry<Integer, String>> all = new ArrayList<>(texts.entrySet());
        for (int from = 0; from < all.size(); from += 100) { // a bfchar block has at most 100 entries
            List<Map.Entry<Integer, String>> block = all.subList(from, Math.min(all.size(), from + 100));
            entries.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                entries.append(String.format("<%04X> <", entry.getKey()));
                entry.getValue().chars().forEach(c -> entries.append(String.format("%04X", c)));
                entries.append(">\n");
            }
            entries.append("endbfchar\n");
        }
        try (OutputStream out = map.createOutputStream(COSName.FLATE_DECODE)) {
            out.write((cmap.substring(0, end) + entries + cmap.substring(end)).getBytes(StandardCharsets.US_ASCII));
        }
    }
}
