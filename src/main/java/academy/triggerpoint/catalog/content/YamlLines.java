package academy.triggerpoint.catalog.content;

import java.util.ArrayList;
import java.util.Map;

/** Where each value of a YAML document is, so an editor can take an author to a field's line. */
public final class YamlLines {

    private YamlLines() {
    }

    /**
     * The 1-based line of every value in {@code yaml} by its JSON pointer ({@code /stages/2/title});
     * empty when the text is not valid YAML.
     */
    public static Map<String, Integer> of(String yaml) {
        return YamlDoc.parse(yaml, "", 0, new ArrayList<>()).map(YamlDoc::lines).orElse(Map.of());
    }
}
