package academy.triggerpoint.catalog.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * SVG is code as much as picture. A course's SVG may not carry scripts, event handlers, embedded
 * HTML or references to other sites; anything else is drawing.
 */
final class SvgCheck {

    private static final Pattern DECLARATION = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    static void check(String svg, String fileLabel, List<Problem> problems) {
        // A DTD can declare entities that a browser expands into script, or that fetch other files;
        // the checks below read the text unexpanded, so no SVG may declare one at all.
        Matcher dtd = DECLARATION.matcher(svg);
        if (dtd.find()) {
            int line = (int) svg.substring(0, dtd.start()).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(fileLabel, line, "SVG may not contain a <!" + dtd.group(1).toUpperCase(Locale.ROOT)
                    + "> declaration (entities can smuggle script or other files into the drawing); remove it"));
            return;
        }
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        Document doc = Jsoup.parse(svg, "", parser);
        if (doc.selectFirst("svg") == null) {
            problems.add(new Problem(fileLabel, 0, "this file has no <svg> element"));
            return;
        }
        for (Element element : doc.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            int line = Math.max(element.sourceRange().start().lineNumber(), 0);
            if (tag.equals("script") || tag.equals("foreignobject") || tag.equals("iframe") || tag.equals("embed")
                    || tag.equals("object")) {
                problems.add(new Problem(fileLabel, line, "SVG may not contain <" + element.tagName() + ">"));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add(new Problem(fileLabel, line, "SVG may not contain event handler attribute '" + attribute.getKey() + "'"));
                } else if ((name.equals("href") || name.endsWith(":href")) && !value.startsWith("#")) {
                    problems.add(new Problem(fileLabel, line, "SVG may only link inside itself (href=\"#...\"), not to '" + attribute.getValue() + "'"));
                } else if (value.contains("javascript:") || value.contains("url(http")) {
                    problems.add(new Problem(fileLabel, line, "SVG attribute '" + attribute.getKey() + "' refers outside the drawing"));
                }
            }
        }
    }
}
