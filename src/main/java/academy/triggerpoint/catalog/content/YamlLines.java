package academy.triggerpoint.catalog.content;

import java.util.ArrayList;

/** Where a value of a YAML document is, so an editor can take an author to a field's line. */
public final class YamlLines {

    private YamlLines() {
    }

    /**
     * The 1-based line of the value at {@code pointer} ({@code /stages/2/title}) in {@code yaml}, or
     * of its nearest parent that is there; 1 when the text is not valid YAML.
     */
    public static int lineOf(String yaml, String pointer) {
        return YamlDoc.parse(yaml, "", 0, new ArrayList<>()).map(doc -> doc.line(pointer)).orElse(1);
    }
}
