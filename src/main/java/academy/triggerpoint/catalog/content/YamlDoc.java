package academy.triggerpoint.catalog.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final JsonNode root;
    private final Map<String, Position> positions;
    private final int lineOffset;

    /** Where a value starts: 1-based line in the file, 1-based column (0 when not known). */
    private record Position(int line, int column) {
    }

    private YamlDoc(JsonNode root, Map<String, Position> positions, int lineOffset) {
        this.root = root;
        this.positions = positions;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code text}; on a syntax error adds one problem, in plain words at the line and
     * column the author has to look at, and returns empty.
     *
     * @param lineOffset lines before {@code text} in its file (front matter starts after "---")
     */
    static Optional<YamlDoc> parse(String text, String fileLabel, int lineOffset, List<Problem> problems) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    var at = parser.currentTokenLocation();
                    positions.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(),
                            new Position(at.getLineNr() + lineOffset, Math.max(at.getColumnNr(), 0)));
                }
            }
            JsonNode root = MAPPER.readTree(text);
            return Optional.of(new YamlDoc(root == null ? MAPPER.createObjectNode() : root, positions, lineOffset));
        } catch (JacksonException e) {
            problems.add(YamlSyntax.problem(e, fileLabel, lineOffset));
            return Optional.empty();
        }
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at {@code pointer} (e.g. {@code /modules/2/id}), or of its nearest parent. */
    int line(String pointer) {
        return position(pointer).line();
    }

    /** The 1-based column where the line of {@link #line} names the value, or 0 when not known. */
    int column(String pointer) {
        return position(pointer).column();
    }

    private Position position(String pointer) {
        String p = pointer;
        while (true) {
            Position position = positions.get(p);
            if (position != null) {
                return position;
            }
            if (p.isEmpty()) {
                return new Position(lineOffset + 1, 0);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
