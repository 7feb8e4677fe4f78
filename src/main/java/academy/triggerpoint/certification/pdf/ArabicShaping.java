package academy.triggerpoint.certification.pdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Arabic-script letters in the contextual form each takes in its word (isolated, final, initial,
 * medial), as the Unicode presentation-form characters, with the obligatory lam-alef ligatures.
 * PDFBox draws one glyph per character and does no shaping of its own, so without this a name in
 * Arabic, Persian or Urdu would print as unjoined letters.
 *
 * <p>The table is read from Unicode itself when the class loads: every presentation form whose
 * name ends in "ISOLATED/FINAL/INITIAL/MEDIAL FORM" and whose compatibility decomposition is one
 * letter gives that letter's form; a letter with an initial or medial form joins on both sides,
 * one with only a final form joins only to the letter before it. Marks (harakat) are transparent.
 * What this does not do: mark positioning, optional ligatures and letters Unicode gives no
 * presentation form (those print in their plain form).
 */
final class ArabicShaping {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWJ = 0x200D;

    /** A letter's presentation forms, indexed ISOLATED, FINAL, INITIAL, MEDIAL; 0 where Unicode has none. */
    private static final Map<Integer, int[]> FORMS = new HashMap<>();
    /** Lam followed by this alef: the ligature's isolated and final forms. */
    private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

    static {
        for (int[] block : new int[][] {{0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                String name = Character.getName(cp);
                int form = name == null ? -1 : name.endsWith(" ISOLATED FORM") ? ISOLATED : name.endsWith(" FINAL FORM") ? FINAL
                        : name.endsWith(" INITIAL FORM") ? INITIAL : name.endsWith(" MEDIAL FORM") ? MEDIAL : -1;
                if (form < 0) {
                    continue;
                }
                String base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
                if (base.length() == 1 && Character.isLetter(base.charAt(0))) {
                    int[] forms = FORMS.computeIfAbsent((int) base.charAt(0), b -> new int[4]);
                    if (forms[form] == 0) {
                        forms[form] = cp;
                    }
                } else if (base.length() == 2 && base.charAt(0) == LAM && name.contains("LIGATURE LAM WITH ALEF")
                        && form <= FINAL) {
                    LAM_ALEF.computeIfAbsent((int) base.charAt(1), b -> new int[2])[form] = cp;
                }
            }
        }
    }

    private ArabicShaping() {
    }

    /** Whether the text has a letter this class would change; most text has none and is left alone untouched. */
    static boolean applies(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (FORMS.containsKey((int) text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text in logical order with each Arabic-script letter replaced by its contextual form, where
     * {@code printable} accepts that form; otherwise the letter stays as it is.
     */
    static String shape(String text, IntPredicate printable) {
        if (!applies(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int[] forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinsToNext(neighbour(cps, i, -1));
            int next = neighbour(cps, i, +1);
            int[] ligature = cp == LAM && i + 1 < cps.length ? LAM_ALEF.get(cps[i + 1]) : null;
            if (ligature != null) {
                int form = ligature[joinsBefore ? FINAL : ISOLATED];
                if (form != 0 && printable.test(form)) {
                    out.appendCodePoint(form);
                    i++;
                    continue;
                }
            }
            boolean dual = forms[INITIAL] != 0 || forms[MEDIAL] != 0;
            boolean joinsAfter = dual && joinsToPrevious(next);
            int wanted = joinsBefore && joinsAfter ? MEDIAL : joinsBefore ? FINAL : joinsAfter ? INITIAL : ISOLATED;
            if (joinsBefore && forms[FINAL] == 0 && forms[MEDIAL] == 0) {
                wanted = ISOLATED;
            }
            int form = forms[wanted];
            out.appendCodePoint(form != 0 && printable.test(form) ? form : cp);
        }
        return out.toString();
    }

    /** The nearest code point before or after {@code i} that is not a transparent mark; -1 when there is none. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (!transparent(cps[j])) {
                return cps[j];
            }
        }
        return -1;
    }

    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whether the character before a letter reaches out to it: a dual-joining letter, tatweel or ZWJ. */
    private static boolean joinsToNext(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && (forms[INITIAL] != 0 || forms[MEDIAL] != 0);
    }

    /** Whether the character after a letter joins back to it: any Arabic letter with a final form, tatweel or ZWJ. */
    private static boolean joinsToPrevious(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return true;
        }
        int[] forms = FORMS.get(cp);
        return forms != null && (forms[FINAL] != 0 || forms[MEDIAL] != 0);
    }
}
