package academy.triggerpoint.authoring.questions.qti;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML by hand, so that one item always gives the same bytes: attributes in the
 * order written, two spaces per level, {@code \n} line ends, and character data escaped.
 */
final class Xml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;

    /** Opens {@code name} with attributes given as name, value pairs; a null value leaves the attribute out. */
    Xml open(String name, String... attributes) {
        closeTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        tagOpen = true;
        open.push(name);
        return this;
    }

    Xml close() {
        String name = open.pop();
        if (tagOpen) {
            out.append("/>\n");
            tagOpen = false;
        } else {
            indent();
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** An element with no content. */
    Xml empty(String name, String... attributes) {
        return open(name, attributes).close();
    }

    /** An element holding only text, on one line. */
    Xml text(String name, String text, String... attributes) {
        closeTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding an already well-formed XML fragment, such as rendered Markdown. */
    Xml fragment(String name, String xml, String... attributes) {
        closeTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(xml).append("</").append(name).append(">\n");
        return this;
    }

    /** Raw well-formed XML on its own line at the current depth. */
    Xml raw(String xml) {
        closeTag();
        indent();
        out.append(xml).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true)).append('"');
            }
        }
    }

    private void closeTag() {
        if (tagOpen) {
            out.append(">\n");
            tagOpen = false;
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    static String escape(String text, boolean attribute) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append(attribute ? "&quot;" : "\"");
                case '\n' -> s.append(attribute ? "&#10;" : "\n");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20) {
                        // Not representable in XML 1.0 at all; course texts never hold one.
                        s.append('\uFFFD');
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }
}
