package academy.triggerpoint.authoring.questions;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Answer;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import academy.triggerpoint.authoring.questions.ImportedQuestion.TrueFalse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT, Moodle's plain-text question format (docs.moodle.org/en/GIFT_format).
 *
 * <p>Questions are separated by blank lines; whole-line {@code //} comments are skipped;
 * {@code $CATEGORY:} sets the category of the questions after it. A question is an optional
 * {@code ::title::}, an optional {@code [html]}, {@code [markdown]}, {@code [plain]} or
 * {@code [moodle]} format, the question text and one answer block in braces. When text follows the
 * answer block (Moodle's "missing word" style) the stem shows {@code _____} where the block was,
 * as Moodle does. A question with two answer blocks is an embedded-answer question and is rejected.
 *
 * <p>Answer blocks: {@code {=right ~wrong}} is single-choice (only a {@code =} answer is correct;
 * partial credit on {@code ~%50%} answers is dropped with a warning); {@code {~%50%a ~%50%b ~%-100%c}},
 * with no {@code =}, is multiple-response with every positively weighted answer correct;
 * {@code {T}}, {@code {FALSE}} with optional {@code #wrong#right} feedback is true-false;
 * {@code {=a -> 1 =b -> 2}} is matching (an empty left side makes an extra answer);
 * {@code {#3.5:0.5}}, {@code {#3..4}} and {@code {#=3:0 =%50%4:1}} are numeric, taking the first
 * full-credit answer. {@code #feedback} follows an answer, {@code ####feedback} at the end of the
 * block is the general feedback and becomes the rationale. Short-answer and essay questions and
 * descriptions are rejected, since the course format cannot express them.
 */
final class GiftParser {

    /** The characters GIFT lets an author escape with a backslash. */
    private static final String ESCAPABLE = "\\~=#{}:";
    /** Escaped characters are swapped for private-use placeholders while the structure is read. */
    private static final char PLACEHOLDER = '\uE000';
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)T|TRUE|F|FALSE");
    private static final String BLANK = "_____";

    private enum Format { HTML, MOODLE, PLAIN, MARKDOWN }

    private record Line(int number, String text) {
    }

    /** One {@code =} or {@code ~} answer of a block, still escaped. */
    private record Part(char marker, BigDecimal weight, String text, String feedback) {
    }

    private final String file;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private String category;

    private GiftParser(String file) {
        this.file = file;
    }

    static QuestionImport parse(String text, String file) {
        GiftParser parser = new GiftParser(file);
        parser.readAll(text);
        return new QuestionImport(parser.questions, parser.rejected);
    }

    private void readAll(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        String[] lines = normalized.split("\n", -1);
        List<Line> block = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                readBlock(block);
                block.clear();
            } else if (!line.strip().startsWith("//")) {
                block.add(new Line(i + 1, line));
            }
        }
        readBlock(block);
    }

    private void readBlock(List<Line> block) {
        List<Line> lines = new ArrayList<>();
        for (Line line : block) {
            String text = line.text().strip();
            if (text.startsWith("$CATEGORY:")) {
                category = Texts.category(text.substring("$CATEGORY:".length()));
            } else {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        String where = file + ":" + lines.getFirst().number();
        StringBuilder raw = new StringBuilder();
        lines.forEach(line -> raw.append(line.text()).append('\n'));
        try {
            questions.add(question(raw.toString(), where));
        } catch (QuestionRejected e) {
            rejected.add(new Rejection(where, e.getMessage()));
        } catch (RuntimeException e) {
            // A parser bug must cost one question, never the whole file or a half-read question.
            rejected.add(new Rejection(where, "this question could not be read (" + e + "); check its syntax"));
        }
    }

    private ImportedQuestion question(String raw, String where) {
        Set<String> images = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        String s = escape(raw).strip();
        String title = null;
        if (s.startsWith("::")) {
            int end = s.indexOf("::", 2);
            if (end < 0) {
                throw new QuestionRejected("the title opened with '::' is not closed with '::'; "
                        + "write a colon inside a title as '\\:'");
            }
            title = Texts.tidyLines(restore(s.substring(2, end)));
            s = s.substring(end + 2).strip();
        }
        Format format = Format.MOODLE;
        Matcher m = FORMAT.matcher(s);
        if (m.find()) {
            format = Format.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            s = s.substring(m.end());
        }
        int open = s.indexOf('{');
        int firstClose = s.indexOf('}');
        if (open < 0 && firstClose < 0) {
            throw new QuestionRejected("a description, not a question: there is no answer block in braces { }, "
                    + "so there is nothing to import");
        }
        if (firstClose >= 0 && (open < 0 || firstClose < open)) {
            throw new QuestionRejected("there is a '}' without a '{' before it; write a literal brace as '\\}'");
        }
        int close = s.indexOf('}', open);
        if (close < 0) {
            throw new QuestionRejected("the answer block opened with '{' is not closed with '}'; add the '}' "
                    + "(a blank line inside the block also ends the question) or write a literal brace as '\\{'");
        }
        int nested = s.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new QuestionRejected("there is a '{' inside the answer block; write a literal brace as '\\{'");
        }
        String after = s.substring(close + 1);
        if (after.indexOf('{') >= 0) {
            throw new QuestionRejected("the question has more than one answer block { }; embedded answers "
                    + "cannot be imported, so split it into one question per answer block");
        }
        if (after.indexOf('}') >= 0) {
            throw new QuestionRejected("there is a '}' after the answer block; write a literal brace as '\\}'");
        }
        String block = s.substring(open + 1, close);
        String rationale = null;
        int general = block.lastIndexOf("####");
        if (general >= 0) {
            rationale = text(block.substring(general + 4), format, images);
            block = block.substring(0, general);
        }
        String stem = Answers.stem(text(missingWord(s.substring(0, open), after), format, images));
        Answer answer = answer(block.strip(), format, images, warnings);
        images.forEach(image -> warnings.add("image " + image + " was not imported"));
        String name = title == null || title.isBlank() ? Texts.nameFrom(stem) : title;
        return new ImportedQuestion(name, where, category, stem, rationale == null || rationale.isBlank() ? null : rationale,
                answer, warnings);
    }

    /** Moodle shows a blank where an answer block sits mid-sentence; so does the stem. */
    private static String missingWord(String before, String after) {
        String rest = after.strip();
        if (rest.isEmpty()) {
            return before;
        }
        boolean punctuation = ".,;:!?)".indexOf(rest.charAt(0)) >= 0;
        return before.stripTrailing() + " " + BLANK + (punctuation ? "" : " ") + rest;
    }

    private Answer answer(String block, Format format, Set<String> images, List<String> warnings) {
        if (block.isEmpty()) {
            throw new QuestionRejected("essay questions ({} with no answers) cannot be imported: the course format "
                    + "has no free-text answers");
        }
        if (block.startsWith("#")) {
            return numeric(block.substring(1), warnings);
        }
        if (block.indexOf('~') >= 0) {
            return choice(parts(block, format, images), warnings);
        }
        if (block.indexOf('=') >= 0 && block.contains("->")) {
            return matching(block, format, images, warnings);
        }
        int hash = block.indexOf('#');
        String value = (hash < 0 ? block : block.substring(0, hash)).strip();
        if (TRUE_FALSE.matcher(value).matches()) {
            return trueFalse(block, format, images);
        }
        throw new QuestionRejected("short-answer questions (the learner types the answer) cannot be imported: the "
                + "course format has no typed answers; add wrong answers marked '~' to make it a choice question");
    }

    private Answer choice(List<Part> parts, List<String> warnings) {
        boolean single = parts.stream().anyMatch(p -> p.marker() == '=');
        List<Option> options = new ArrayList<>();
        for (Part part : parts) {
            boolean correct = single ? part.marker() == '=' : part.weight().signum() > 0;
            if (single && part.marker() == '~' && part.weight().signum() > 0) {
                warnings.add("the partial credit of answer '" + part.text() + "' (" + part.weight().toPlainString()
                        + "%) was not imported; it now counts as wrong");
            }
            options.add(new Option(part.text(), correct, part.feedback()));
        }
        long correct = options.stream().filter(Option::correct).count();
        if (single && correct > 1) {
            throw new QuestionRejected(correct + " answers are marked correct with '='; a single-choice question "
                    + "has exactly one, so mark the others '~' (or weight every correct answer, like ~%50%, "
                    + "to make a multiple-response question)");
        }
        if (correct == 0) {
            throw new QuestionRejected("no answer is marked correct; mark the right answer with '=' "
                    + "(or give each correct answer a positive weight like ~%50%)");
        }
        return Answers.choice(!single, options);
    }

    private Answer matching(String block, Format format, Set<String> images, List<String> warnings) {
        List<Pair> pairs = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (String answer : split(block)) {
            String body = answer.substring(1);
            int arrow = body.indexOf("->");
            if (arrow < 0) {
                throw new QuestionRejected("the answer '" + restore(body).strip() + "' of this matching question has "
                        + "no '->'; write every pair as '=left -> right'");
            }
            String left = text(body.substring(0, arrow), format, images);
            String right = Texts.tidyLines(restore(body.substring(arrow + 2)));
            if (left.isEmpty()) {
                extras.add(right);
            } else {
                pairs.add(new Pair(left, right));
            }
        }
        return Answers.matching(pairs, extras, warnings);
    }

    /** Moodle's order: {@code {T#feedback for a wrong answer#feedback for a right answer}}. */
    private Answer trueFalse(String block, Format format, Set<String> images) {
        String[] bits = block.split("#", 3);
        boolean answer = bits[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
        String wrong = bits.length > 1 ? blankToNull(text(bits[1], format, images)) : null;
        String right = bits.length > 2 ? blankToNull(text(bits[2], format, images)) : null;
        return answer ? new TrueFalse(true, right, wrong) : new TrueFalse(false, wrong, right);
    }

    private Answer numeric(String block, List<String> warnings) {
        String body = block.strip();
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            warnings.add("the feedback for wrong answers was not imported; numeric items have no answer feedback");
            body = body.substring(0, tilde).strip();
        }
        List<String> answers = new ArrayList<>();
        if (body.startsWith("=")) {
            split(body).forEach(a -> answers.add(a.substring(1)));
        } else {
            answers.add(body);
        }
        BigDecimal[] chosen = null;
        int others = 0;
        for (String answer : answers) {
            String value = answer.strip();
            BigDecimal weight = BigDecimal.valueOf(100);
            Matcher w = WEIGHT.matcher(value);
            if (w.find()) {
                weight = new BigDecimal(w.group(1));
                value = value.substring(w.end());
            }
            int hash = value.indexOf('#');
            String feedback = hash < 0 ? "" : value.substring(hash + 1).strip();
            value = restore(hash < 0 ? value : value.substring(0, hash)).strip();
            if (value.isEmpty() || value.equals("*")) {
                continue;
            }
            BigDecimal[] parsed = number(value);
            if (chosen == null && weight.compareTo(BigDecimal.valueOf(100)) >= 0) {
                chosen = parsed;
                if (!feedback.isEmpty()) {
                    warnings.add("the answer feedback was not imported; numeric items have no answer feedback");
                }
            } else {
                others++;
            }
        }
        if (chosen == null) {
            throw new QuestionRejected(answers.isEmpty() || answers.stream().allMatch(String::isBlank)
                    ? "the numeric answer is missing; write it like {#3.5}, {#3.5:0.5} or {#3..4}"
                    : "no numeric answer gets full credit; give one answer no weight (or %100%)");
        }
        if (others > 0) {
            warnings.add(others + " further accepted answer" + (others == 1 ? " (with its credit) was" : "s (with their credit) were")
                    + " not imported; the item keeps one answer and tolerance");
        }
        return Answers.numeric(chosen[0], chosen[1], "", warnings);
    }

    /** {@code answer}, {@code answer:tolerance} or {@code low..high}, as answer and tolerance. */
    private static BigDecimal[] number(String value) {
        try {
            int range = value.indexOf("..", 1);
            if (range > 0) {
                BigDecimal low = new BigDecimal(value.substring(0, range).strip());
                BigDecimal high = new BigDecimal(value.substring(range + 2).strip());
                BigDecimal half = high.subtract(low).abs().divide(BigDecimal.TWO);
                return new BigDecimal[] {low.add(high).divide(BigDecimal.TWO), half};
            }
            int colon = value.indexOf(':');
            if (colon > 0) {
                return new BigDecimal[] {new BigDecimal(value.substring(0, colon).strip()),
                        new BigDecimal(value.substring(colon + 1).strip())};
            }
            return new BigDecimal[] {new BigDecimal(value), BigDecimal.ZERO};
        } catch (NumberFormatException e) {
            throw new QuestionRejected("the numeric answer '" + value + "' is not a number; write it like 3.5, "
                    + "3.5:0.5 (answer:tolerance) or 3..4 (a range)");
        }
    }

    /** The {@code =} and {@code ~} answers of a choice block, with weights and feedback taken apart. */
    private List<Part> parts(String block, Format format, Set<String> images) {
        List<Part> parts = new ArrayList<>();
        for (String answer : split(block)) {
            char marker = answer.charAt(0);
            String body = answer.substring(1).strip();
            BigDecimal weight = BigDecimal.ZERO;
            if (body.startsWith("%")) {
                Matcher w = WEIGHT.matcher(body);
                if (!w.find()) {
                    throw new QuestionRejected("the weight in '" + restore(body) + "' is not a percentage like %50% or %-100%");
                }
                weight = new BigDecimal(w.group(1));
                body = body.substring(w.end());
            }
            int hash = body.indexOf('#');
            String feedback = hash < 0 ? null : blankToNull(text(body.substring(hash + 1), format, images));
            String text = text(hash < 0 ? body : body.substring(0, hash), format, images);
            parts.add(new Part(marker, marker == '=' ? BigDecimal.valueOf(100) : weight, text, feedback));
        }
        return parts;
    }

    /** Splits an escaped block before every {@code =} and {@code ~}; each piece keeps its marker. */
    private static List<String> split(String block) {
        String body = block.strip();
        List<String> answers = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '=' || c == '~') {
                if (start < 0 && i > 0) {
                    throw new QuestionRejected("each answer must start with '=' or '~', but '" + restore(body.substring(0, i)).strip()
                            + "' does not; write a literal '=' or '~' as '\\=' or '\\~'");
                }
                if (start >= 0) {
                    answers.add(body.substring(start, i));
                }
                start = i;
            }
        }
        if (start >= 0) {
            answers.add(body.substring(start));
        }
        return answers;
    }

    private static String text(String escaped, Format questionFormat, Set<String> images) {
        String text = restore(escaped).strip();
        Format format = questionFormat;
        Matcher m = FORMAT.matcher(text);
        if (m.find()) {
            format = Format.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            text = text.substring(m.end());
        }
        return switch (format) {
            case HTML -> HtmlText.toMarkdown(text, images);
            case MARKDOWN -> Texts.tidyMarkdown(text);
            case MOODLE, PLAIN -> Texts.tidyLines(text);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Swaps escaped characters for placeholders and {@code \n} for a line break. */
    private static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                int k = ESCAPABLE.indexOf(next);
                if (k >= 0) {
                    out.append((char) (PLACEHOLDER + k));
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String restore(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (char c : escaped.toCharArray()) {
            int k = c - PLACEHOLDER;
            out.append(k >= 0 && k < ESCAPABLE.length() ? ESCAPABLE.charAt(k) : c);
        }
        return out.toString();
    }
}
