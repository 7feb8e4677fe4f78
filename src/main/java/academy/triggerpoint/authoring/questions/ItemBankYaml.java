package academy.triggerpoint.authoring.questions;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Choice;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Matching;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Numeric;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Ordering;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import academy.triggerpoint.authoring.questions.ImportedQuestion.TrueFalse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes imported questions as an item bank file ({@code modules/<module>/items/<name>.yaml}).
 *
 * <p>The YAML is written by hand rather than by a YAML library because the file is meant to be
 * read and edited by authors: fields in the documented order, Markdown in literal blocks, quotes
 * only where YAML needs them. Any text that could be misread (a stem "yes", an option "1e3", a
 * leading "- ") is double-quoted, so what the course loader reads back is exactly the text imported.
 */
public final class ItemBankYaml {

    /** Item ids are at most this long, suffix included. */
    public static final int MAX_ID_LENGTH = 80;
    private static final String DIFFICULTY = "medium";
    private static final String IMPORTED_TAG = "imported";
    /** Words that YAML 1.1 or 1.2 reads as booleans or null when unquoted. */
    private static final Set<String> SPECIAL_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private ItemBankYaml() {
    }

    /**
     * YAML text of an item bank file holding these questions. Ids are made from the question names
     * (kebab-case, max 80 chars), made unique against {@code takenIds} and each other by suffixing
     * -2, -3...; every item gets lesson {@code lessonId}, difficulty medium, tags [imported] plus the
     * question's category as a kebab-case tag when it has one. A question without a rationale gets
     * no rationale field (the course validator then asks the author to write one).
     *
     * <p>The category tag is made from the category's last level ({@code Shoulder/Red flags} gives
     * {@code red-flags}), the most specific topic. A numeric question without a unit gets no unit
     * field, for the same reason as a missing rationale: the course format requires one and only the
     * author knows it.
     */
    public static String write(List<ImportedQuestion> questions, String lessonId, Set<String> takenIds) {
        return write(questions, lessonId, takenIds, null);
    }

    /**
     * As {@link #write(List, String, Set)}, every item also tagged {@code importTag} (when not null), so
     * that a quiz can draw exactly these questions with a pool on that tag.
     */
    public static String write(List<ImportedQuestion> questions, String lessonId, Set<String> takenIds, String importTag) {
        Objects.requireNonNull(lessonId, "lessonId");
        if (questions.isEmpty()) {
            return "items: []\n";
        }
        Set<String> used = new HashSet<>(takenIds);
        StringBuilder yaml = new StringBuilder("items:\n");
        for (int i = 0; i < questions.size(); i++) {
            if (i > 0) {
                yaml.append('\n');
            }
            String id = uniqueId(questions.get(i).name(), used);
            used.add(id);
            item(yaml, questions.get(i), id, lessonId, importTag);
        }
        return yaml.toString();
    }

    /** The id for a question called {@code name}, not in {@code used}. */
    static String uniqueId(String name, Set<String> used) {
        String base = Texts.cut(Texts.kebab(name), MAX_ID_LENGTH);
        if (base.isEmpty()) {
            // Greek or Arabic names leave no ASCII letters; the author can rename the item.
            base = "question";
        }
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            String suffix = "-" + n;
            id = Texts.cut(base, MAX_ID_LENGTH - suffix.length()) + suffix;
        }
        return id;
    }

    /** The tags {@link #write(List, String, Set, String)} gives these questions, all of them. */
    public static Set<String> tagsOf(List<ImportedQuestion> questions, String importTag) {
        Set<String> all = new java.util.LinkedHashSet<>();
        questions.forEach(q -> all.addAll(tags(q, importTag)));
        return all;
    }

    private static List<String> tags(ImportedQuestion q, String importTag) {
        List<String> tags = new ArrayList<>(List.of(IMPORTED_TAG));
        if (importTag != null && !tags.contains(importTag)) {
            tags.add(importTag);
        }
        if (q.category() != null) {
            String tag = Texts.kebab(Texts.categoryLeaf(q.category()));
            if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static void item(StringBuilder y, ImportedQuestion q, String id, String lessonId, String importTag) {
        String in = "    ";
        y.append("  - id: ").append(scalar(id, in)).append('\n');
        field(y, in, "type", q.type());
        field(y, in, "lesson", lessonId);
        List<String> tags = tags(q, importTag);
        y.append(in).append("tags: [").append(String.join(", ", tags.stream().map(t -> scalar(t, in)).toList())).append("]\n");
        field(y, in, "difficulty", DIFFICULTY);
        field(y, in, "stem", q.stem());
        if (q.rationale() != null) {
            field(y, in, "rationale", q.rationale());
        }
        switch (q.answer()) {
            case Choice choice -> options(y, in, choice.options());
            case TrueFalse tf -> {
                y.append(in).append("answer: ").append(tf.answer()).append('\n');
                optionalField(y, in, "feedbackTrue", tf.feedbackTrue());
                optionalField(y, in, "feedbackFalse", tf.feedbackFalse());
            }
            case Matching matching -> {
                y.append(in).append("pairs:\n");
                for (Pair pair : matching.pairs()) {
                    y.append(in).append("  - left: ").append(scalar(pair.left(), in + "      ")).append('\n');
                    field(y, in + "    ", "right", pair.right());
                }
                if (!matching.distractors().isEmpty()) {
                    list(y, in, "distractors", matching.distractors());
                }
            }
            case Ordering ordering -> list(y, in, "sequence", ordering.sequence());
            case Numeric numeric -> {
                y.append(in).append("answer: ").append(numeric.answer().toPlainString()).append('\n');
                y.append(in).append("tolerance: ").append(numeric.tolerance().toPlainString()).append('\n');
                optionalField(y, in, "unit", numeric.unit());
            }
        }
    }

    /** Option ids are letters in order: a, b, ... z, aa, ab ... */
    private static void options(StringBuilder y, String in, List<Option> options) {
        y.append(in).append("options:\n");
        String keys = in + "    ";
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            y.append(in).append("  - id: ").append(letters(i)).append('\n');
            field(y, keys, "text", option.text());
            if (option.correct()) {
                y.append(keys).append("correct: true\n");
            }
            optionalField(y, keys, "feedback", option.feedback());
        }
    }

    static String letters(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }

    private static void list(StringBuilder y, String in, String key, List<String> values) {
        y.append(in).append(key).append(":\n");
        for (String value : values) {
            y.append(in).append("  - ").append(scalar(value, in + "    ")).append('\n');
        }
    }

    private static void field(StringBuilder y, String in, String key, String value) {
        y.append(in).append(key).append(": ").append(scalar(value, in + "  ")).append('\n');
    }

    private static void optionalField(StringBuilder y, String in, String key, String value) {
        if (value != null && !value.isBlank()) {
            field(y, in, key, value);
        }
    }

    /**
     * {@code value} as a YAML scalar: plain when nothing in it means anything to YAML, a literal
     * block for plain multi-line text, and double-quoted with escapes otherwise.
     *
     * @param blockIndent the indentation of a literal block's lines
     */
    public static String scalar(String value, String blockIndent) {
        if (isPlain(value)) {
            return value;
        }
        if (isLiteralBlock(value)) {
            StringBuilder block = new StringBuilder("|-");
            for (String line : value.split("\n", -1)) {
                block.append('\n');
                if (!line.isEmpty()) {
                    block.append(blockIndent).append(line);
                }
            }
            return block.toString();
        }
        return doubleQuoted(value);
    }

    /** Starting with a letter rules out every YAML indicator, number, date and {@code ~}. */
    private static boolean isPlain(String value) {
        return !value.isEmpty()
                && Character.isLetter(value.codePointAt(0))
                && value.equals(value.strip())
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && !SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT))
                && value.codePoints().allMatch(c -> c >= ' ' && isSafe(c));
    }

    private static boolean isLiteralBlock(String value) {
        return value.contains("\n")
                && !Character.isWhitespace(value.charAt(0))
                && !Character.isWhitespace(value.charAt(value.length() - 1))
                && value.lines().noneMatch(line -> line.startsWith("\t"))
                && value.codePoints().allMatch(c -> c == '\n' || c == '\t' || c >= ' ' && isSafe(c));
    }

    /**
     * Printable in YAML and not a line break to either YAML version: no DEL, C1 controls, next-line,
     * line and paragraph separators, byte-order marks, surrogates or non-characters.
     */
    private static boolean isSafe(int c) {
        return c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c != 0xFEFF
                && !(c >= 0xD800 && c <= 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
    }

    private static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c >= ' ' && isSafe(c)) {
                        quoted.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
