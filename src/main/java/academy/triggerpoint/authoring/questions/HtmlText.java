package academy.triggerpoint.authoring.questions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Moodle stores question text as HTML; stems and options here are Markdown. This keeps what
 * matters for reading the question (paragraphs, line breaks, lists, bold, italics, code, links)
 * and drops the rest. Images are not carried over: their file names are collected so the importer
 * can tell the author which ones to add by hand.
 */
public final class HtmlText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "table", "figure", "dl", "hr");
    private static final Set<String> LINES = Set.of("div", "section", "article", "header", "footer", "tr", "dt", "dd",
            "figcaption", "caption", "address");
    private static final Set<String> IGNORED = Set.of("script", "style", "head", "title", "noscript", "template");

    private static final String HARD_BREAK = "\\\n";
    /** A hard break before a blank line or at the end would show as a stray backslash. */
    private static final Pattern DANGLING_BREAK = Pattern.compile("\\\\(?=\n\\s*\n|\\s*$)");

    private final Set<String> images;
    private final StringBuilder out = new StringBuilder();
    private boolean pendingSpace;
    private boolean leadingSpace;
    private int listDepth;

    private HtmlText(Set<String> images) {
        this.images = images;
    }

    /** Markdown for an HTML fragment; the file name of every image in it is added to {@code images}. */
    public static String toMarkdown(String html, Set<String> images) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            // Most answers are bare text: HTML would only collapse their white space, so skip the parser.
            return collapseWhitespace(html).strip();
        }
        HtmlText text = new HtmlText(images);
        text.children(Jsoup.parseBodyFragment(html).body());
        return DANGLING_BREAK.matcher(Texts.tidyMarkdown(text.out.toString())).replaceAll("").strip();
    }

    /** Plain text with its line breaks kept, treated as HTML otherwise (Moodle's "auto-format"). */
    static String autoFormatToMarkdown(String text, Set<String> images) {
        return toMarkdown(text.replace("\n", "<br>"), images);
    }

    /** The file name an image source refers to, e.g. {@code @@PLUGINFILE@@/knee%20x-ray.png} gives {@code knee x-ray.png}. */
    static String imageName(String src) {
        if (src.startsWith("data:")) {
            return "embedded in the text";
        }
        String path = src.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            node(child);
        }
    }

    private void node(Node node) {
        if (node instanceof TextNode text) {
            text(text.getWholeText());
        } else if (node instanceof Element element) {
            element(element);
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (IGNORED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> lineBreak();
            case "img" -> image(e);
            case "strong", "b" -> wrap(e, "**");
            case "em", "i" -> wrap(e, "*");
            case "code", "kbd", "samp", "tt" -> wrap(e, "`");
            case "a" -> link(e);
            case "ul", "ol" -> list(e, tag.equals("ol"));
            case "pre" -> pre(e);
            case "td", "th" -> cell(e);
            default -> block(e, tag);
        }
    }

    private void block(Element e, String tag) {
        if (PARAGRAPHS.contains(tag)) {
            blankLine();
            children(e);
            blankLine();
        } else if (LINES.contains(tag)) {
            endLine();
            children(e);
            endLine();
        } else {
            children(e);
        }
    }

    private void image(Element e) {
        String src = e.attr("src").strip();
        if (!src.isEmpty()) {
            images.add(imageName(src));
        }
    }

    /** Emphasis markers must touch the words they wrap, so surrounding spaces are moved outside. */
    private void wrap(Element e, String marker) {
        HtmlText inner = inner(e);
        String content = inner.out.toString().strip();
        if (content.isEmpty()) {
            return;
        }
        if (inner.leadingSpace) {
            space();
        }
        write(content.contains("\n") ? content : marker + content + marker);
        if (inner.pendingSpace) {
            space();
        }
    }

    private void link(Element e) {
        HtmlText inner = inner(e);
        String content = inner.out.toString().strip();
        String href = e.attr("href").strip();
        if (inner.leadingSpace) {
            space();
        }
        boolean web = href.startsWith("http://") || href.startsWith("https://");
        if (web && !content.isEmpty() && !content.equals(href)) {
            write("[" + content + "](" + href + ")");
        } else if (!content.isEmpty()) {
            write(content);
        } else if (web) {
            write(href);
        }
        if (inner.pendingSpace) {
            space();
        }
    }

    private HtmlText inner(Element e) {
        HtmlText inner = new HtmlText(images);
        inner.listDepth = listDepth;
        inner.children(e);
        return inner;
    }

    private void list(Element e, boolean numbered) {
        if (listDepth == 0) {
            blankLine();
        } else {
            startLine();
        }
        int number = 1;
        for (Element item : e.children()) {
            startLine();
            String marker = item.normalName().equals("li") ? (numbered ? number++ + ". " : "- ") : "";
            out.append("  ".repeat(listDepth)).append(marker);
            listDepth++;
            children(item);
            listDepth--;
        }
        if (listDepth == 0) {
            blankLine();
        } else {
            startLine();
        }
    }

    private void pre(Element e) {
        blankLine();
        out.append("```\n").append(e.wholeText().stripTrailing()).append("\n```");
        blankLine();
    }

    private void cell(Element e) {
        if (e.elementSiblingIndex() > 0) {
            write("|");
            space();
        }
        children(e);
        space();
    }

    private void text(String raw) {
        String text = collapseWhitespace(raw);
        if (text.isBlank()) {
            if (!text.isEmpty()) {
                space();
            }
            return;
        }
        if (text.charAt(0) == ' ') {
            space();
        }
        write(text.strip());
        if (text.charAt(text.length() - 1) == ' ') {
            space();
        }
    }

    /** HTML white space: every run of spaces, tabs, line breaks and no-break spaces is one space. */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private void space() {
        if (out.isEmpty()) {
            leadingSpace = true;
        } else if (!atLineStart()) {
            pendingSpace = true;
        }
    }

    private void write(String text) {
        if (pendingSpace && !atLineStart()) {
            out.append(' ');
        }
        pendingSpace = false;
        out.append(text);
    }

    /** Moves to the start of a line unless already there. */
    private void startLine() {
        pendingSpace = false;
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Ends a line-like block (a div, a table row) with a hard break unless the line is already ended. */
    private void endLine() {
        pendingSpace = false;
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append(HARD_BREAK);
        }
    }

    /**
     * A line break that survives Markdown, where a plain newline only continues the paragraph: a
     * backslash at the end of the line (CommonMark's hard break). Two breaks in a row start a new
     * paragraph, as they look in Moodle.
     */
    private void lineBreak() {
        pendingSpace = false;
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n' && !endsWith(HARD_BREAK)) {
            return;
        }
        if (endsWith(HARD_BREAK)) {
            out.setLength(out.length() - HARD_BREAK.length());
            out.append("\n\n");
        } else {
            out.append(HARD_BREAK);
        }
    }

    private boolean endsWith(String suffix) {
        int start = out.length() - suffix.length();
        return start >= 0 && out.indexOf(suffix, start) == start;
    }

    private void blankLine() {
        pendingSpace = false;
        if (out.isEmpty()) {
            return;
        }
        while (out.length() < 2 || out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private boolean atLineStart() {
        if (out.isEmpty()) {
            return true;
        }
        char last = out.charAt(out.length() - 1);
        // After a list marker ("- ") the next word follows directly.
        return last == '\n' || last == ' ';
    }
}
