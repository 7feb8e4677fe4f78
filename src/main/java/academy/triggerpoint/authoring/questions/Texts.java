package academy.triggerpoint.authoring.questions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers and the YAML writer. */
final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern MARKDOWN_MARKERS = Pattern.compile("[*_`#>\\[\\]]+");
    /** Letters that Unicode does not decompose into a base letter plus accent. */
    private static final Map<Character, String> FOLDS = Map.ofEntries(Map.entry('ł', "l"), Map.entry('ø', "o"),
            Map.entry('đ', "d"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('þ', "th"), Map.entry('ð', "d"), Map.entry('ı', "i"), Map.entry('ħ', "h"));
    private static final int NAME_LENGTH = 60;

    private Texts() {
    }

    /**
     * Lower-case ASCII words joined by single hyphens, with accents folded ("Łukasz's test" becomes
     * "lukasz-s-test"); empty when nothing ASCII is left, as for Greek or Arabic text.
     */
    static String kebab(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            folded.append(FOLDS.getOrDefault(c, String.valueOf(c)));
        }
        String ascii = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        String id = NOT_ID.matcher(ascii).replaceAll("-");
        return trimHyphens(id);
    }

    /** {@code id} cut to at most {@code max} characters, at a hyphen when one is near the end. */
    static String cut(String id, int max) {
        if (id.length() <= max) {
            return id;
        }
        String cut = id.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        if (hyphen >= max / 2) {
            cut = cut.substring(0, hyphen);
        }
        return trimHyphens(cut);
    }

    private static String trimHyphens(String id) {
        int start = 0;
        int end = id.length();
        while (start < end && id.charAt(start) == '-') {
            start++;
        }
        while (end > start && id.charAt(end - 1) == '-') {
            end--;
        }
        return id.substring(start, end);
    }

    /** A question name from its stem when the source gives none: the first words of the first line. */
    static String nameFrom(String stem) {
        String firstLine = stem.strip().lines().findFirst().orElse("");
        String plain = MARKDOWN_MARKERS.matcher(firstLine).replaceAll("").strip().replaceAll("\\s+", " ");
        if (plain.length() <= NAME_LENGTH) {
            return plain;
        }
        int space = plain.lastIndexOf(' ', NAME_LENGTH);
        return plain.substring(0, space > NAME_LENGTH / 2 ? space : NAME_LENGTH);
    }

    /** Each line stripped, runs of blank lines reduced to one, no blank lines at either end. */
    static String tidyLines(String text) {
        List<String> lines = new ArrayList<>();
        text.lines().forEach(line -> lines.add(line.strip()));
        return BLANK_LINES.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
    }

    /** Like {@link #tidyLines} but keeps indentation relative to the text, which Markdown gives meaning. */
    static String tidyMarkdown(String text) {
        return BLANK_LINES.matcher(text.stripIndent()).replaceAll("\n\n").strip();
    }

    /**
     * A Moodle category path without its context and the automatic "top" level: both
     * {@code $course$/top/Shoulder/Red flags} and {@code Shoulder/Red flags} give
     * {@code Shoulder/Red flags}. Moodle writes a slash inside a name as {@code //}; it comes back as
     * a plain slash, which is good enough for a tag. Null when nothing is left.
     */
    static String category(String path) {
        if (path == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.strip().split("(?<!/)/(?!/)")) {
            String name = part.replace("//", "/").strip();
            boolean context = parts.isEmpty() && name.startsWith("$") && name.endsWith("$");
            boolean top = parts.isEmpty() && name.equals("top");
            if (!name.isEmpty() && !context && !top) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** The last level of a category, the most specific topic. */
    static String categoryLeaf(String category) {
        return category.substring(category.lastIndexOf('/') + 1);
    }
}
