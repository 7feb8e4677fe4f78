package academy.triggerpoint.authoring.questions;

import academy.triggerpoint.authoring.questions.ImportedQuestion.Answer;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Option;
import academy.triggerpoint.authoring.questions.ImportedQuestion.Pair;
import academy.triggerpoint.authoring.questions.ImportedQuestion.TrueFalse;
import academy.triggerpoint.authoring.questions.SafeXml.Element;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Moodle XML question export (docs.moodle.org/en/Moodle_XML_format).
 *
 * <p>{@code <question type="category">} sets the category of the questions after it.
 * {@code multichoice} becomes single-choice ({@code <single>true}, the 100% answer is correct;
 * partial credit is dropped with a warning) or multiple-response (every answer with a positive
 * fraction is correct); {@code truefalse}, {@code matching} (a subquestion without text adds an
 * extra answer), {@code numerical} (the first 100% answer with its tolerance, and the unit whose
 * multiplier is 1) and {@code ordering} (the qtype_ordering plugin, answers in the correct order)
 * are imported too. {@code generalfeedback} becomes the rationale and answer {@code <feedback>} the
 * option feedback. Question text is HTML and becomes Markdown; images are not imported but named in
 * a warning. Every other type is rejected with the reason.
 */
final class MoodleXmlParser {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);
    /** Moodle writes one third as 33.33333; anything this close to 100% is full credit. */
    private static final BigDecimal ALMOST_FULL = new BigDecimal("99.9");
    private static final String CONVERT = "; rewrite it as a choice, matching or ordering question";
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("shortanswer", "short-answer questions (the learner types the answer) cannot be imported: the "
                    + "course format has no typed answers; rewrite it as a choice question"),
            Map.entry("essay", "essay questions cannot be imported: the course format has no free-text answers"),
            Map.entry("multianswer", "embedded-answer (Cloze) questions cannot be imported; split it into one "
                    + "question per gap"),
            Map.entry("calculated", calculated()),
            Map.entry("calculatedsimple", calculated()),
            Map.entry("calculatedmulti", calculated()),
            Map.entry("ddwtos", "drag-and-drop into text questions cannot be imported" + CONVERT),
            Map.entry("gapselect", "select-missing-words questions cannot be imported" + CONVERT),
            Map.entry("ddimageortext", "drag-and-drop onto image questions cannot be imported; rebuild it as a hotspot item"),
            Map.entry("ddmarker", "drag-and-drop marker questions cannot be imported; rebuild it as a hotspot item"),
            Map.entry("description", "a description, not a question: it has no answer to import"),
            Map.entry("random", "a random question is a placeholder that draws from a category; there is no question "
                    + "to import"),
            Map.entry("randomsamatch", "a random short-answer matching question draws its pairs from other questions; "
                    + "there is no fixed question to import"));

    private final String file;
    private final List<ImportedQuestion> questions = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private String category;

    private MoodleXmlParser(String file) {
        this.file = file;
    }

    private static String calculated() {
        return "calculated questions cannot be imported: their numbers change with every attempt; write a numeric "
                + "question with fixed values instead";
    }

    static QuestionImport parse(byte[] xml, String file) {
        if (xml == null || new String(xml, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
            return whole(new Rejection(file, "the file is empty; there are no questions to import"));
        }
        Element root;
        try {
            root = SafeXml.parse(xml);
        } catch (SAXParseException e) {
            return whole(new Rejection(file + ":" + Math.max(e.getLineNumber(), 1), notXml(e)));
        } catch (SAXException | IOException e) {
            return whole(new Rejection(file, "the file could not be read as XML: " + e.getMessage()));
        }
        if (!root.name().equals("quiz")) {
            return whole(new Rejection(file + ":" + root.line(), "the document starts with <" + root.name()
                    + ">, but a Moodle XML export starts with <quiz>; export the questions as Moodle XML"));
        }
        MoodleXmlParser parser = new MoodleXmlParser(file);
        root.children("question").forEach(parser::readQuestion);
        return new QuestionImport(parser.questions, parser.rejected);
    }

    private static QuestionImport whole(Rejection rejection) {
        return new QuestionImport(List.of(), List.of(rejection));
    }

    private static String notXml(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which is refused for safety; Moodle exports have none, so remove "
                    + "the <!DOCTYPE ...> declaration (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
        }
        return "the file is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                + "): " + message;
    }

    private void readQuestion(Element question) {
        String type = question.attribute("type");
        String name = strip(question.child("name") == null ? null : question.child("name").childText("text"));
        String where = file + ":" + question.line() + (name == null || name.isEmpty() ? "" : " (question '" + name + "')");
        if ("category".equals(type)) {
            String path = question.child("category") == null ? null : question.child("category").childText("text");
            if (path == null) {
                rejected.add(new Rejection(where, "this category entry has no <category><text>; the questions after "
                        + "it keep the previous category"));
            } else {
                category = Texts.category(path);
            }
            return;
        }
        try {
            questions.add(question(question, type, name, where));
        } catch (QuestionRejected e) {
            rejected.add(new Rejection(where, e.getMessage()));
        } catch (RuntimeException e) {
            // A parser bug must cost one question, never the whole file or a half-read question.
            rejected.add(new Rejection(where, "this question could not be read (" + e + "); check its XML"));
        }
    }

    private ImportedQuestion question(Element question, String type, String name, String where) {
        if (type == null || type.isBlank()) {
            throw new QuestionRejected("the <question> element has no type attribute");
        }
        String unsupported = UNSUPPORTED.get(type);
        if (unsupported != null) {
            throw new QuestionRejected(unsupported);
        }
        Set<String> images = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        Element questionText = question.child("questiontext");
        if (questionText == null || questionText.child("text") == null) {
            throw new QuestionRejected("the question has no <questiontext><text>");
        }
        String stem = Answers.stem(text(questionText, "html", images));
        String rationale = question.child("generalfeedback") == null ? null
                : text(question.child("generalfeedback"), "html", images);
        Answer answer = switch (type) {
            case "multichoice" -> choice(question, images, warnings);
            case "truefalse" -> trueFalse(question, images);
            case "matching" -> matching(question, images, warnings);
            case "numerical" -> numeric(question, warnings);
            case "ordering" -> ordering(question, images);
            default -> throw new QuestionRejected("question type '" + type + "' is not supported; the importer reads "
                    + "multichoice, truefalse, matching, numerical and ordering questions");
        };
        images.forEach(image -> warnings.add("image " + image + " was not imported"));
        return new ImportedQuestion(name == null || name.isEmpty() ? Texts.nameFrom(stem) : name, where, category, stem,
                rationale == null || rationale.isEmpty() ? null : rationale, answer, warnings);
    }

    private Answer choice(Element question, Set<String> images, List<String> warnings) {
        String singleText = strip(question.childText("single"));
        boolean single = singleText == null || singleText.equalsIgnoreCase("true") || singleText.equals("1");
        List<Element> answers = question.children("answer");
        List<Option> options = new ArrayList<>();
        int full = 0;
        for (int i = 0; i < answers.size(); i++) {
            Element answer = answers.get(i);
            BigDecimal fraction = fraction(answer, i);
            String text = text(answer, "html", images);
            boolean correct = single ? fraction.compareTo(ALMOST_FULL) >= 0 : fraction.signum() > 0;
            if (single && !correct && fraction.signum() > 0) {
                warnings.add("the partial credit of answer '" + text + "' (" + fraction.stripTrailingZeros().toPlainString()
                        + "%) was not imported; it now counts as wrong");
            }
            full += correct ? 1 : 0;
            options.add(new Option(text, correct, feedback(answer, images)));
        }
        if (full == 0 && answers.size() >= 2) {
            throw new QuestionRejected(single
                    ? "no answer has a grade of 100%, so there is no correct answer; give the right answer 100%"
                    : "no answer has a positive grade, so there is no correct answer");
        }
        if (single && full > 1) {
            throw new QuestionRejected(full + " answers have a grade of 100%, but a single-choice question has exactly "
                    + "one correct answer; keep one at 100%, or allow multiple answers and split the grade");
        }
        return Answers.choice(!single, options);
    }

    private Answer trueFalse(Element question, Set<String> images) {
        Element trueAnswer = null;
        Element falseAnswer = null;
        for (Element answer : question.children("answer")) {
            String text = text(answer, "moodle_auto_format", images);
            if ("true".equalsIgnoreCase(text)) {
                trueAnswer = answer;
            } else if ("false".equalsIgnoreCase(text)) {
                falseAnswer = answer;
            }
        }
        if (trueAnswer == null || falseAnswer == null) {
            throw new QuestionRejected("a true/false question needs an answer 'true' and an answer 'false'");
        }
        boolean trueRight = fraction(trueAnswer, 0).signum() > 0;
        boolean falseRight = fraction(falseAnswer, 1).signum() > 0;
        if (trueRight == falseRight) {
            throw new QuestionRejected("exactly one of the answers 'true' and 'false' must have a grade of 100%");
        }
        return new TrueFalse(trueRight, feedback(trueAnswer, images), feedback(falseAnswer, images));
    }

    private Answer matching(Element question, Set<String> images, List<String> warnings) {
        List<Pair> pairs = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        List<Element> subquestions = question.children("subquestion");
        for (int i = 0; i < subquestions.size(); i++) {
            Element sub = subquestions.get(i);
            String left = sub.child("text") == null ? "" : text(sub, "html", images);
            String right = sub.child("answer") == null ? "" : Texts.tidyLines(nonNull(sub.child("answer").childText("text")));
            if (right.isEmpty()) {
                throw new QuestionRejected("subquestion " + (i + 1) + " has no answer; give it a right-hand answer");
            }
            if (left.isEmpty()) {
                extras.add(right);
            } else {
                pairs.add(new Pair(left, right));
            }
        }
        return Answers.matching(pairs, extras, warnings);
    }

    private Answer numeric(Element question, List<String> warnings) {
        BigDecimal answer = null;
        BigDecimal tolerance = null;
        int others = 0;
        List<Element> answers = question.children("answer");
        for (int i = 0; i < answers.size(); i++) {
            Element element = answers.get(i);
            BigDecimal fraction = fraction(element, i);
            String value = strip(element.childText("text"));
            if (value == null || value.equals("*")) {
                continue;
            }
            BigDecimal number = decimal(value, "the answer");
            String toleranceText = strip(element.childText("tolerance"));
            BigDecimal margin = toleranceText == null || toleranceText.isEmpty() ? BigDecimal.ZERO
                    : decimal(toleranceText, "the tolerance");
            if (answer == null && fraction.compareTo(ALMOST_FULL) >= 0) {
                answer = number;
                tolerance = margin;
                if (!Texts.tidyLines(nonNull(element.child("feedback") == null ? null
                        : element.child("feedback").childText("text"))).isEmpty()) {
                    warnings.add("the answer feedback was not imported; numeric items have no answer feedback");
                }
            } else {
                others++;
            }
        }
        if (answer == null) {
            throw new QuestionRejected("no numeric answer has a grade of 100%, so there is no correct answer");
        }
        if (others > 0) {
            warnings.add(others + " further accepted answer" + (others == 1 ? " (with its credit) was" : "s (with their credit) were")
                    + " not imported; the item keeps one answer and tolerance");
        }
        return Answers.numeric(answer, tolerance, unit(question, warnings), warnings);
    }

    /** The base unit, the one with multiplier 1; the course format has a single unit and no conversions. */
    private static String unit(Element question, List<String> warnings) {
        Element units = question.child("units");
        if (units == null) {
            return "";
        }
        String base = "";
        int dropped = 0;
        for (Element unit : units.children("unit")) {
            String name = Texts.tidyLines(nonNull(unit.childText("unit_name")));
            String multiplier = strip(unit.childText("multiplier"));
            boolean one;
            try {
                one = multiplier == null || new BigDecimal(multiplier).compareTo(BigDecimal.ONE) == 0;
            } catch (NumberFormatException e) {
                one = false;
            }
            if (one && base.isEmpty() && !name.isEmpty()) {
                base = name;
            } else if (!name.isEmpty()) {
                dropped++;
            }
        }
        if (dropped > 0) {
            warnings.add(dropped + " alternative unit" + (dropped == 1 ? " was" : "s were") + " not imported; "
                    + "the item accepts answers in " + (base.isEmpty() ? "its unit" : base) + " only");
        }
        return base;
    }

    private Answer ordering(Element question, Set<String> images) {
        List<String> steps = new ArrayList<>();
        for (Element answer : question.children("answer")) {
            steps.add(text(answer, "moodle_auto_format", images));
        }
        return Answers.ordering(steps);
    }

    private static BigDecimal fraction(Element answer, int index) {
        String fraction = strip(answer.attribute("fraction"));
        if (fraction == null || fraction.isEmpty()) {
            throw new QuestionRejected("answer " + (index + 1) + " has no fraction attribute (its grade in percent)");
        }
        try {
            return new BigDecimal(fraction);
        } catch (NumberFormatException e) {
            throw new QuestionRejected("the fraction '" + fraction + "' of answer " + (index + 1) + " is not a number");
        }
    }

    private static BigDecimal decimal(String value, String what) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new QuestionRejected(what + " '" + value + "' is not a number");
        }
    }

    private static String feedback(Element answer, Set<String> images) {
        Element feedback = answer.child("feedback");
        if (feedback == null) {
            return null;
        }
        String text = text(feedback, "html", images);
        return text.isEmpty() ? null : text;
    }

    /**
     * The Markdown of a text holder such as {@code <questiontext format="html"><text>..</text>}:
     * its format decides how the text is read; its {@code <file>} attachments count as images.
     */
    private static String text(Element holder, String defaultFormat, Set<String> images) {
        for (Element file : holder.children("file")) {
            String fileName = strip(file.attribute("name"));
            if (fileName != null && !fileName.isEmpty()) {
                images.add(fileName);
            }
        }
        String raw = nonNull(holder.childText("text"));
        String format = holder.attribute("format") == null ? defaultFormat : holder.attribute("format").strip();
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "plain_text" -> Texts.tidyLines(raw);
            case "markdown" -> Texts.tidyMarkdown(raw);
            case "moodle_auto_format" -> HtmlText.autoFormatToMarkdown(raw, images);
            default -> HtmlText.toMarkdown(raw, images);
        };
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
