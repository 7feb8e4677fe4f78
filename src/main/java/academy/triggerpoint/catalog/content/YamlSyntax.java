package academy.triggerpoint.catalog.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;

/**
 * A YAML syntax error as an author can act on it: plain words instead of the parser's vocabulary
 * ("block end", "simple key", "token"), and the line and column of the mistake itself. The parser
 * notices some mistakes a line or more after they were made (an unclosed quote at the end of the
 * file, a missing ':' on the next key); for those the place where the construct started is the one
 * to name, so that is where the problem points.
 */
final class YamlSyntax {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]*)\"");
    private static final Pattern BAD_CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (.)");

    private YamlSyntax() {
    }

    /** The one problem that describes {@code error} in {@code fileLabel}, whose text starts after {@code lineOffset} lines. */
    static Problem problem(JacksonException error, String fileLabel, int lineOffset) {
        Explanation explanation = explain(error);
        int line = explanation.line() > 0 ? explanation.line() + lineOffset : 0;
        return new Problem(fileLabel, line, explanation.message(), "", explanation.column());
    }

    /** A message and where it applies (1-based line in the parsed text, 1-based column or 0). */
    record Explanation(String message, int line, int column) {
    }

    static Explanation explain(JacksonException error) {
        if (error.getCause() instanceof MarkedYamlEngineException marked) {
            return explain(marked);
        }
        String original = Optional.ofNullable(error.getOriginalMessage()).orElse("");
        int line = error.getLocation() == null ? 0 : Math.max(error.getLocation().getLineNr(), 0);
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return new Explanation("the key '" + duplicate.group(1) + "' appears twice in the same block; keep one of them",
                    line, 0);
        }
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return new Explanation("values are nested too deeply here; a course file never needs more than a few levels",
                    line, 0);
        }
        if (lower.contains("length") && lower.contains("exceeds")) {
            return new Explanation("a value here is far longer than any course text may be", line, 0);
        }
        return new Explanation("this is not valid YAML: " + firstSentence(original), line, 0);
    }

    private static Explanation explain(MarkedYamlEngineException e) {
        String problem = Optional.ofNullable(e.getProblem()).orElse("");
        String context = Optional.ofNullable(e.getContext()).orElse("");
        Optional<Mark> at = e.getProblemMark();
        Optional<Mark> started = e.getContextMark();
        Matcher character = BAD_CHARACTER.matcher(problem);
        if (character.find()) {
            String found = character.group(1);
            if (found.startsWith("\\t")) {
                return at(at, "a tab character: YAML indents with spaces only; replace the tab with spaces");
            }
            return at(at, "a value cannot start with '" + found + "'; put the whole value in quotes (\"...\")");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return at(started.or(() -> at), "this line has no ':' after its key; write 'key: value' (or, if the line "
                    + "above continues here, indent it under its key)");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return at(at, "a ':' where a value was expected: put a value that contains ': ' in quotes, or indent this "
                    + "line like the other keys of its block");
        }
        if (problem.contains("unexpected end of stream") && context.contains("quoted")) {
            return at(started.or(() -> at), "the quote that opens here is never closed; end the value with the same "
                    + "quote character");
        }
        Matcher escape = ESCAPE.matcher(problem);
        if (escape.find()) {
            return at(at, "inside double quotes a backslash starts an escape and '\\" + escape.group(1) + "' is not one: "
                    + "write \\\\ for a backslash, or use single quotes");
        }
        if (problem.startsWith("expected ',' or ']'")) {
            return at(started.or(() -> at), "the list that opens with '[' here is not closed with ']' (or its values "
                    + "are not separated by commas)");
        }
        if (problem.startsWith("expected ',' or '}'")) {
            return at(started.or(() -> at), "the block that opens with '{' here is not closed with '}' (or its fields "
                    + "are not separated by commas)");
        }
        if (problem.contains("but found '<scalar>'")) {
            return at(at, "more text follows a value that already ended: check the value's quotes (a quote that "
                    + "opens a value must close it, and inside single quotes a quote is written twice: 'it''s')");
        }
        if (problem.contains("but found '-'") || problem.contains("did not find expected '-'")
                || problem.contains("but found '<block sequence start>'")) {
            return at(at, "this list item is not indented like the items or keys above it; line up the '-' of every "
                    + "item in one list");
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")) {
            return at(at, "this line is not indented like the lines above it; keys of one block start in the same "
                    + "column, and a value's fields are indented further than its key");
        }
        return at(at, "this is not valid YAML: " + firstSentence(problem));
    }

    private static Explanation at(Optional<Mark> mark, String message) {
        return mark.map(m -> new Explanation(message, m.getLine() + 1, m.getColumn() + 1))
                .orElseGet(() -> new Explanation(message, 0, 0));
    }

    private static String firstSentence(String message) {
        String first = message.strip().split("\n")[0];
        int dot = first.indexOf(". ");
        return (dot > 0 ? first.substring(0, dot) : first).strip();
    }
}
