package academy.triggerpoint.catalog.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
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
