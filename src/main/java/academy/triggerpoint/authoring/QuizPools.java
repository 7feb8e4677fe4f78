package academy.triggerpoint.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A module's quiz as far as question imports care: whether it draws from some tags, and the
 * module.yaml with one more pool in its {@code draw:} list. The pool is added as text, so the
 * author's comments and layout stay as they were.
 */
final class QuizPools {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private QuizPools() {
    }

    /** The quiz's title when {@code moduleYaml} has a quiz that draws from any of {@code tags} or includes any of {@code ids}. */
    static Optional<String> drawingFrom(String moduleYaml, Collection<String> tags, Collection<String> ids) {
        JsonNode quiz = quiz(moduleYaml);
        if (quiz == null) {
            return Optional.empty();
        }
        boolean draws = false;
        for (JsonNode pool : quiz.path("draw")) {
            for (JsonNode tag : pool.path("tags")) {
                draws |= tags.contains(tag.asString());
            }
        }
        for (JsonNode id : quiz.path("include")) {
            draws |= ids.contains(id.asString());
        }
        return draws ? Optional.of(quiz.path("title").asString("")) : Optional.empty();
    }

    /** The quiz's title, or empty when the module has no quiz (or is not valid YAML). */
    static Optional<String> title(String moduleYaml) {
        JsonNode quiz = quiz(moduleYaml);
        return quiz == null ? Optional.empty() : Optional.of(quiz.path("title").asString(""));
    }

    /**
     * {@code moduleYaml} with a pool {@code - tags: [tag], count: count} at the end of its quiz's
     * {@code draw:} list (a {@code draw:} list is started when the quiz has none); empty when the
     * module has no quiz or writes its pools in a form this cannot extend (such as {@code draw: [...]}).
     */
    static Optional<String> withPool(String moduleYaml, String tag, int count) {
        List<String> lines = new ArrayList<>(List.of(moduleYaml.split("\n", -1)));
        int quiz = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^quiz:\\s*(#.*)?$")) {
                quiz = i;
                break;
            }
        }
        if (quiz < 0) {
            return Optional.empty();
        }
        int quizEnd = blockEnd(lines, quiz, 0);
        String childIndent = null;
        int draw = -1;
        for (int i = quiz + 1; i < quizEnd; i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (childIndent == null) {
                childIndent = line.substring(0, indent(line));
            }
            if (indent(line) == childIndent.length() && line.strip().startsWith("draw:")) {
                if (!line.strip().matches("draw:\\s*(#.*)?")) {
                    return Optional.empty();
                }
                draw = i;
            }
        }
        if (childIndent == null) {
            return Optional.empty();
        }
        List<String> added;
        int at;
        if (draw >= 0) {
            at = blockEnd(lines, draw, childIndent.length());
            String itemIndent = childIndent + "  ";
            for (int i = draw + 1; i < at; i++) {
                if (lines.get(i).strip().startsWith("- ")) {
                    itemIndent = lines.get(i).substring(0, indent(lines.get(i)));
                    break;
                }
            }
            added = List.of(itemIndent + "- tags: [" + tag + "]", itemIndent + "  count: " + count);
        } else {
            at = quizEnd;
            added = List.of(childIndent + "draw:", childIndent + "  - tags: [" + tag + "]", childIndent + "    count: " + count);
        }
        lines.addAll(at, added);
        String result = String.join("\n", lines);
        if (!result.endsWith("\n")) {
            result += "\n";
        }
        return hasPool(result, tag, count) ? Optional.of(result) : Optional.empty();
    }

    /** Just after the last non-blank line that belongs under the line at {@code start}, indented {@code indent}. */
    private static int blockEnd(List<String> lines, int start, int indent) {
        int end = start + 1;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            boolean inside = indent(line) > indent || (indent > 0 && indent(line) == indent && line.strip().startsWith("- "))
                    || (indent == 0 && line.startsWith("-"));
            if (!inside && !(line.strip().startsWith("#") && indent(line) > indent)) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** The check that the text edit did what it meant: the YAML now reads with that pool. */
    private static boolean hasPool(String moduleYaml, String tag, int count) {
        JsonNode quiz = quiz(moduleYaml);
        if (quiz == null) {
            return false;
        }
        for (JsonNode pool : quiz.path("draw")) {
            if (pool.path("count").asInt(-1) == count && pool.path("tags").size() == 1
                    && tag.equals(pool.path("tags").get(0).asString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode quiz(String moduleYaml) {
        try {
            JsonNode root = MAPPER.readTree(moduleYaml);
            JsonNode quiz = root == null ? null : root.get("quiz");
            return quiz != null && quiz.isObject() ? quiz : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
