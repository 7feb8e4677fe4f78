package academy.triggerpoint.catalog.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show: CommonMark renders, then jsoup keeps only a safelist of
 * tags and attributes, so a {@code <script>} or an {@code onerror=} written into a lesson never
 * reaches a browser. Image paths are resolved against the lesson's folder and pointed at the
 * course's asset URL.
 */
public final class LessonRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addTags("img", "figure", "figcaption", "hr", "kbd", "mark")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .preserveRelativeLinks(true);
    private static final String BASE = "https://course.invalid/";
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\x00-\\x20]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /** An image reference in a lesson, with its 1-based line in the lesson file. */
    public record ImageRef(String destination, String alt, int line) {
    }

    private LessonRenderer() {
    }

    /** The images a lesson body refers to; {@code lineOffset} is the number of lines before the body. */
    public static List<ImageRef> images(String markdown, int lineOffset) {
        List<ImageRef> refs = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                int line = image.getSourceSpans().isEmpty() ? 0 : image.getSourceSpans().get(0).getLineIndex() + 1;
                refs.add(new ImageRef(image.getDestination(), plainText(image), line + lineOffset));
                visitChildren(image);
            }
        });
        return refs;
    }

    /** A heading in a lesson: its level (1 for {@code #}, 2 for {@code ##} ...) and its 1-based line in the lesson file. */
    public record HeadingRef(int level, int line) {
    }

    /** The headings of a lesson body in order; {@code lineOffset} is the number of lines before the body. */
    public static List<HeadingRef> headings(String markdown, int lineOffset) {
        List<HeadingRef> headings = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                int line = heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex() + 1;
                headings.add(new HeadingRef(heading.getLevel(), line + lineOffset));
            }
        });
        return headings;
    }

    /** Something an author wrote that the learner will not see as written, with where it is. */
    public record Removed(int line, int column, String message) {
    }

    /**
     * What {@link #toSafeHtml} would drop or bypass in {@code markdown}: raw HTML elements and
     * attributes outside the safelist ({@code <script>}, {@code <iframe>}, {@code onerror=} …), links
     * to anything but web pages, mail and the course's own files (an obfuscated
     * {@code jav&#x09;ascript:} included), and raw {@code <img>}, which would escape the image
     * checks. An author is told, so that what they wrote is what the learner sees.
     *
     * @param lineOffset the number of lines before {@code markdown} in its file
     */
    public static List<Removed> removedOnRender(String markdown, int lineOffset) {
        List<Removed> removed = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                rawHtml(block.getLiteral(), block, lineOffset, removed);
            }

            @Override
            public void visit(HtmlInline inline) {
                rawHtml(inline.getLiteral(), inline, lineOffset, removed);
            }

            @Override
            public void visit(Link link) {
                unsafeProtocol(link.getDestination()).ifPresent(scheme -> removed.add(at(link, lineOffset, 0,
                        "the link to '" + scheme + ":…' is removed before learners see the lesson; link only to "
                                + "http(s) pages, mailto: addresses or files of the course")));
                visitChildren(link);
            }
        });
        return removed;
    }

    private static void rawHtml(String literal, Node node, int lineOffset, List<Removed> removed) {
        List<Element> elements = new ArrayList<>();
        org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseFragmentInput(literal, new Element("body"), BASE)
                .forEach(n -> {
                    if (n instanceof Element e) {
                        elements.addAll(e.getAllElements());
                    }
                });
        for (Element element : elements) {
            String tag = element.normalName();
            int lineInLiteral = Math.max(element.sourceRange().start().lineNumber(), 1) - 1;
            if (tag.equals("img")) {
                removed.add(at(node, lineOffset, lineInLiteral, "a raw <img> skips the image checks (alt text, the file, "
                        + "its size); write the image in Markdown: ![what it shows](path)"));
            } else if (!SAFELIST.isSafeTag(tag)) {
                removed.add(at(node, lineOffset, lineInLiteral, "raw HTML <" + tag + "> is removed before learners see "
                        + "the lesson; write it in Markdown or leave it out"));
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
                    removed.add(at(node, lineOffset, lineInLiteral, "the attribute '" + attribute.getKey() + "' of <" + tag
                            + "> is removed before learners see the lesson; leave it out"));
                }
            }
        }
    }

    private static Optional<String> unsafeProtocol(String destination) {
        // Browsers ignore tabs, line breaks and leading spaces inside a URL; "jav\tascript:" is javascript:.
        String plain = destination == null ? "" : CONTROL_OR_SPACE.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(plain);
        if (scheme.find() && !LINK_SCHEMES.contains(scheme.group(1))) {
            return Optional.of(scheme.group(1));
        }
        return Optional.empty();
    }

    private static Removed at(Node node, int lineOffset, int linesInto, String message) {
        if (node.getSourceSpans().isEmpty()) {
            return new Removed(0, 0, message);
        }
        var span = node.getSourceSpans().get(0);
        return new Removed(span.getLineIndex() + 1 + linesInto + lineOffset, linesInto == 0 ? span.getColumnIndex() + 1 : 0,
                message);
    }

    /**
     * Safe HTML for a lesson.
     *
     * @param sourcePath the lesson's path in the course folder, to resolve relative image paths
     * @param assetBase  URL prefix under which the course's files are served, ending with "/"
     */
    public static String toSafeHtml(String markdown, String sourcePath, String assetBase) {
        String html = RENDERER.render(PARSER.parse(markdown));
        String cleaned = Jsoup.clean(html, BASE, SAFELIST);
        Document doc = Jsoup.parseBodyFragment(cleaned);
        for (Element img : doc.select("img")) {
            resolve(sourcePath, img.attr("src")).ifPresentOrElse(
                    path -> img.attr("src", assetBase + path),
                    img::remove);
            img.attr("loading", "lazy");
        }
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href").toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://")) {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
            }
        }
        for (Element table : doc.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        return doc.body().html();
    }

    /**
     * The path inside the course that a relative reference from {@code sourcePath} points to, or
     * empty if it leaves the course folder or is not a plain relative path.
     */
    public static Optional<String> resolve(String sourcePath, String reference) {
        if (reference == null || reference.isBlank() || reference.contains(":") || reference.startsWith("/")
                || reference.startsWith("\\") || reference.contains("?") || reference.contains("#")) {
            return Optional.empty();
        }
        int slash = sourcePath.lastIndexOf('/');
        String folder = slash < 0 ? "" : sourcePath.substring(0, slash + 1);
        String path;
        try {
            path = URI.create("file:///" + folder).resolve(reference.replace(" ", "%20")).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path == null || !path.startsWith("/") || path.contains("/../") || path.startsWith("/..")) {
            return Optional.empty();
        }
        return Optional.of(path.substring(1));
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString().strip();
    }
}
