package academy.triggerpoint.catalog.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed YAML document that remembers the line of every value, so a problem found in the tree
 * can name the line an author has to change.
 */
final class YamlDoc {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final int lineOffset;

    private YamlDoc(JsonNode root, Map<String, Integer> lines, int lineOffset) {
        this.root = root;
        this.lines = lines;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code text}; on a syntax error adds a problem and returns empty.
     *
     * @param lineOffset lines before {@code text} in its file (front matter starts after "---")
     */
    static Optional<YamlDoc> parse(String text, String fileLabel, int lineOffset, List<Problem> problems) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr() + lineOffset);
                }
            }
            JsonNode root = MAPPER.readTree(text);
            return Optional.of(new YamlDoc(root == null ? MAPPER.createObjectNode() : root, lines, lineOffset));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + lineOffset;
            problems.add(new Problem(fileLabel, Math.max(line, 0), "this is not valid YAML: " + explain(e.getOriginalMessage(), lineOffset)));
            return Optional.empty();
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at {@code pointer} (e.g. {@code /modules/2/id}), or of its nearest parent. */
    int line(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return lineOffset + 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * SnakeYAML explains in several lines ("while parsing X / in reader, line 3 / expected Y"); an
     * author needs "expected Y (while parsing X that starts on line 3)".
     */
    static String explain(String message, int lineOffset) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String[] lines = message.split("\n");
        String context = lines[0].strip();
        String expected = null;
        Integer contextLine = null;
        for (String line : lines) {
            String trimmed = line.strip();
            Matcher at = LINE.matcher(trimmed);
            if (contextLine == null && at.find()) {
                contextLine = Integer.parseInt(at.group(1)) + lineOffset;
            }
            if (expected == null && (trimmed.startsWith("expected") || trimmed.startsWith("found")
                    || trimmed.startsWith("mapping values") || trimmed.startsWith("could not"))) {
                expected = trimmed;
            }
        }
        if (expected == null) {
            return context;
        }
        return expected + " (" + context + (contextLine == null ? "" : " that starts on line " + contextLine) + ")";
    }
}
