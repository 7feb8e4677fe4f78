package academy.triggerpoint.authoring.questions.qti;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Markdown as the XHTML that QTI bodies hold. Only the elements QTI's content model has and
 * course texts use are kept (paragraphs, emphasis, code, lists, links, headings, quotes); raw HTML
 * in the Markdown is shown as text, as the learner would see it. The Markdown itself travels in the
 * extension, so nothing is lost by what is left out here.
 */
final class QtiHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).softbreak(" ").build();
    private static final Safelist ALLOWED = Safelist.none()
            .addTags("p", "br", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h1", "h2", "h3", "h4",
                    "h5", "h6", "a", "hr", "sub", "sup")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private QtiHtml() {
    }

    /** Block content: paragraphs and lists. */
    static String blocks(String markdown) {
        return render(markdown, false);
    }

    /** Inline content, for a choice or a label: one paragraph's content without the paragraph. */
    static String inline(String markdown) {
        return render(markdown, true);
    }

    private static String render(String markdown, boolean inline) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, ALLOWED));
        if (inline) {
            List<org.jsoup.nodes.Element> paragraphs = clean.body().children().stream().toList();
            if (paragraphs.size() == 1 && paragraphs.getFirst().tagName().equals("p")) {
                paragraphs.getFirst().unwrap();
            } else {
                // Several blocks cannot sit inside an inline choice: keep them as text lines.
                String text = clean.body().wholeText().strip();
                clean.body().empty().appendText(text);
            }
        }
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8").prettyPrint(false);
        return clean.body().html().strip();
    }
}
