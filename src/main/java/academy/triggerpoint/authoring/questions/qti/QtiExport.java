package academy.triggerpoint.authoring.questions.qti;

import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition.Choice;
import academy.triggerpoint.catalog.content.ItemDefinition.Hotspot;
import academy.triggerpoint.catalog.content.ItemDefinition.KeyFeatures;
import academy.triggerpoint.catalog.content.ItemDefinition.Matching;
import academy.triggerpoint.catalog.content.ItemDefinition.Numeric;
import academy.triggerpoint.catalog.content.ItemDefinition.Option;
import academy.triggerpoint.catalog.content.ItemDefinition.Ordering;
import academy.triggerpoint.catalog.content.ItemDefinition.Region;
import academy.triggerpoint.catalog.content.ItemDefinition.ScriptConcordance;
import academy.triggerpoint.catalog.content.ItemDefinition.TrueFalse;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes items, and a quiz, as a QTI 3.0 content package. The mapping is documented in
 * docs/course-format.md ("QTI 3.0"). Writing is deterministic: the same items give the same bytes.
 */
public final class QtiExport {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String TPA = "https://triggerpoint.academy/ns/qti-extension/1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String QTI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
    static final String CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    /** Where a package keeps the schema of the extension, so a validating reader can check it too. */
    static final String TPA_XSD = "schemas/tpa-qti-extension-1.xsd";
    static final String RESPONSE = "RESPONSE";
    static final String RATIONALE = "RATIONALE";
    private static final long FIXED_TIME = 315_532_800_000L;

    private QtiExport() {
    }

    /**
     * A package of the items, one {@code qti-assessment-item} each.
     *
     * @param files the course's files by path, for the hotspot pictures
     */
    public static byte[] bank(String identifier, List<ItemDefinition> items, Function<String, Optional<byte[]>> files) {
        return write(identifier, items, null, files);
    }

    /**
     * A package of the quiz: its {@code qti-assessment-test} (the included items in one section, each
     * pool a section that selects its count and shuffles) and every item it may ask.
     *
     * @param courseItems the course's items, from which the pools draw
     */
    public static byte[] quiz(QuizDefinition quiz, List<ItemDefinition> courseItems, Function<String, Optional<byte[]>> files) {
        Map<String, ItemDefinition> byId = new LinkedHashMap<>();
        courseItems.forEach(i -> byId.put(i.id(), i));
        Set<ItemDefinition> asked = new LinkedHashSet<>();
        quiz.include().stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(asked::add);
        for (QuizDefinition.Pool pool : quiz.draw()) {
            asked.addAll(candidates(pool, quiz, courseItems));
        }
        return write("quiz-" + quiz.moduleId(), List.copyOf(asked), quiz, files);
    }

    /** The items a pool may draw: not included, carrying one of its tags (as the quiz rules say). */
    static List<ItemDefinition> candidates(QuizDefinition.Pool pool, QuizDefinition quiz, List<ItemDefinition> items) {
        return items.stream().filter(i -> !quiz.include().contains(i.id()))
                .filter(i -> i.common().tags().stream().anyMatch(pool.tags()::contains)).toList();
    }

    private static byte[] write(String identifier, List<ItemDefinition> items, QuizDefinition quiz,
                                Function<String, Optional<byte[]>> files) {
        Map<String, byte[]> entries = new TreeMap<>();
        Map<String, String> images = new LinkedHashMap<>(); // course path -> package path
        for (ItemDefinition item : items) {
            if (item instanceof Hotspot h && !images.containsKey(h.image())) {
                String name = h.image().substring(h.image().lastIndexOf('/') + 1);
                String path = "images/" + name;
                for (int n = 2; images.containsValue(path); n++) {
                    int dot = name.lastIndexOf('.');
                    path = "images/" + (dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
                }
                images.put(h.image(), path);
                entries.put(path, files.apply(h.image()).orElse(new byte[0]));
            }
        }
        Map<String, String> itemFiles = new LinkedHashMap<>();
        for (ItemDefinition item : items) {
            String path = "items/" + item.id() + ".xml";
            itemFiles.put(item.id(), path);
            String href = item instanceof Hotspot h ? "../" + images.get(h.image()) : null;
            entries.put(path, item(item, href).getBytes(StandardCharsets.UTF_8));
        }
        entries.put(TPA_XSD, extensionSchema());
        String test = quiz == null ? null : "tests/quiz-" + quiz.moduleId() + ".xml";
        if (quiz != null) {
            entries.put(test, test(quiz, items).getBytes(StandardCharsets.UTF_8));
        }
        entries.put("imsmanifest.xml", manifest(identifier, items, itemFiles, images, test).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    static byte[] extensionSchema() {
        try (InputStream in = QtiExport.class.getResourceAsStream("/qti/tpa-qti-extension-1.xsd")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the QTI extension schema is missing from the classpath", e);
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The manifest first: some readers look for it there.
            List<String> order = new ArrayList<>(List.of("imsmanifest.xml"));
            entries.keySet().stream().filter(k -> !k.equals("imsmanifest.xml")).forEach(order::add);
            for (String path : order) {
                ZipEntry entry = new ZipEntry(path);
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(entries.get(path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A QTI identifier (an NCName) for one of ours, which may start with a digit. */
    static String identifier(String id) {
        return !id.isEmpty() && (Character.isLetter(id.charAt(0)) || id.charAt(0) == '_') ? id : "i-" + id;
    }

    private static String manifest(String identifier, List<ItemDefinition> items, Map<String, String> itemFiles,
                                   Map<String, String> images, String test) {
        Xml x = new Xml();
        x.open("manifest", "xmlns", CP, "xmlns:xsi", XSI, "xsi:schemaLocation", CP + " " + CP_XSD,
                "identifier", "MANIFEST-" + identifier(identifier));
        x.open("metadata").text("schema", "QTI Package").text("schemaversion", "3.0.0").close();
        x.empty("organizations");
        x.open("resources");
        Map<String, String> imageIds = new LinkedHashMap<>();
        int n = 1;
        for (String path : images.values()) {
            imageIds.put(path, "image-" + n++);
        }
        for (ItemDefinition item : items) {
            String path = itemFiles.get(item.id());
            x.open("resource", "identifier", identifier(item.id()), "type", "imsqti_item_xmlv3p0", "href", path);
            x.empty("file", "href", path);
            if (item instanceof Hotspot h) {
                x.empty("dependency", "identifierref", imageIds.get(images.get(h.image())));
            }
            x.empty("dependency", "identifierref", "tpa-extension-schema");
            x.close();
        }
        imageIds.forEach((path, id) -> x.open("resource", "identifier", id, "type", "webcontent", "href", path)
                .empty("file", "href", path).close());
        x.open("resource", "identifier", "tpa-extension-schema", "type", "controlfile", "href", TPA_XSD)
                .empty("file", "href", TPA_XSD).close();
        if (test != null) {
            x.open("resource", "identifier", "test-" + identifier(identifier), "type", "imsqti_test_xmlv3p0", "href", test);
            x.empty("file", "href", test);
            items.forEach(i -> x.empty("dependency", "identifierref", identifier(i.id())));
            x.close();
        }
        return x.close().close().toString();
    }

    private static String test(QuizDefinition quiz, List<ItemDefinition> items) {
        Xml x = new Xml();
        x.open("qti-assessment-test", "xmlns", QTI, "xmlns:tpa", TPA, "xmlns:xsi", XSI,
                "xsi:schemaLocation", QTI + " " + QTI_XSD + " " + TPA + " ../" + TPA_XSD,
                "identifier", identifier("quiz-" + quiz.moduleId()), "title", quiz.title());
        if (quiz.timeLimitMinutes() != null) {
            x.empty("qti-time-limits", "max-time", String.valueOf(quiz.timeLimitMinutes() * 60));
        }
        x.open("qti-test-part", "identifier", "attempt", "navigation-mode", "nonlinear", "submission-mode", "simultaneous");
        boolean first = true;
        if (!quiz.include().isEmpty()) {
            x.open("qti-assessment-section", "identifier", "included", "title", "Always asked", "visible", "true");
            x.open("qti-ordering", "shuffle", "true");
            quizSettings(x, quiz);
            first = false;
            x.close();
            for (String id : quiz.include()) {
                x.empty("qti-assessment-item-ref", "identifier", "included-" + id, "href", "../items/" + id + ".xml");
            }
            x.close();
        }
        for (int p = 0; p < quiz.draw().size(); p++) {
            QuizDefinition.Pool pool = quiz.draw().get(p);
            x.open("qti-assessment-section", "identifier", "pool-" + (p + 1), "title", "Drawn from " + String.join(", ", pool.tags()),
                    "visible", "true");
            x.open("qti-selection", "select", String.valueOf(pool.count()));
            x.open("tpa:pool");
            pool.tags().forEach(t -> x.text("tpa:tag", t));
            x.close().close();
            x.open("qti-ordering", "shuffle", "true");
            if (first) {
                quizSettings(x, quiz);
                first = false;
            }
            x.close();
            for (ItemDefinition item : candidates(pool, quiz, items)) {
                x.empty("qti-assessment-item-ref", "identifier", "pool-" + (p + 1) + "-" + item.id(),
                        "href", "../items/" + item.id() + ".xml");
            }
            x.close();
        }
        return x.close().close().toString();
    }

    private static void quizSettings(Xml x, QuizDefinition quiz) {
        x.empty("tpa:quiz", "module", quiz.moduleId(), "pass-mark", String.valueOf(quiz.passMark()),
                "attempts", String.valueOf(quiz.attempts()), "cooldown-minutes", String.valueOf(quiz.cooldownMinutes()),
                "review", quiz.review().fileValue());
    }

    // Items

    /** The choices of an item, each with its QTI identifier, text, key and extras. */
    private record Entry(String ref, String id, String text, boolean correct, boolean harmful, String feedback,
                         String name, String points) {
    }

    static String item(ItemDefinition item, String imageHref) {
        ItemDefinition.Common c = item.common();
        List<Entry> entries = entries(item);
        Xml x = new Xml();
        x.open("qti-assessment-item", "xmlns", QTI, "xmlns:tpa", TPA, "xmlns:xsi", XSI,
                "xsi:schemaLocation", QTI + " " + QTI_XSD + " " + TPA + " ../" + TPA_XSD,
                "identifier", identifier(c.id()), "title", title(item), "adaptive", "false", "time-dependent", "false");
        responseDeclaration(x, item, entries);
        x.open("qti-outcome-declaration", "identifier", "SCORE", "cardinality", "single", "base-type", "float")
                .open("qti-default-value").text("qti-value", "0").close().close();
        x.open("qti-outcome-declaration", "identifier", "MAXSCORE", "cardinality", "single", "base-type", "float")
                .open("qti-default-value").text("qti-value", String.valueOf(c.points())).close().close();
        boolean feedback = entries.stream().anyMatch(e -> e.feedback() != null);
        if (feedback) {
            x.empty("qti-outcome-declaration", "identifier", "FEEDBACK", "cardinality", "multiple", "base-type", "identifier");
        }
        x.open("qti-outcome-declaration", "identifier", "SOLUTION", "cardinality", "single", "base-type", "identifier")
                .open("qti-default-value").text("qti-value", RATIONALE).close().close();
        extension(x, item, entries);
        body(x, item, entries, imageHref);
        responseProcessing(x, item, feedback);
        for (Entry e : entries) {
            if (e.feedback() != null) {
                x.open("qti-modal-feedback", "outcome-identifier", "FEEDBACK", "identifier", e.ref(), "show-hide", "show")
                        .fragment("qti-content-body", QtiHtml.blocks(e.feedback())).close();
            }
        }
        x.open("qti-modal-feedback", "outcome-identifier", "SOLUTION", "identifier", RATIONALE, "show-hide", "show")
                .fragment("qti-content-body", QtiHtml.blocks(c.rationale())).close();
        return x.close().toString();
    }

    private static String title(ItemDefinition item) {
        String stem = item instanceof ScriptConcordance sc ? sc.hypothesis() + ": " + sc.finding() : item.common().stem();
        String line = stem.strip().lines().findFirst().orElse("").replaceAll("[*_`#>\\[\\]]+", "").strip();
        if (line.isEmpty()) {
            return item.id();
        }
        return line.length() <= 80 ? line : line.substring(0, line.lastIndexOf(' ', 79) > 20 ? line.lastIndexOf(' ', 79) : 79) + "…";
    }

    private static List<Entry> entries(ItemDefinition item) {
        List<Entry> entries = new ArrayList<>();
        switch (item) {
            case Choice ch -> ch.options().forEach(o -> entries.add(option(o)));
            case KeyFeatures kf -> kf.options().forEach(o -> entries.add(option(o)));
            case TrueFalse tf -> {
                entries.add(new Entry("true", null, "True", tf.answer(), false, tf.feedbackTrue(), null, null));
                entries.add(new Entry("false", null, "False", !tf.answer(), false, tf.feedbackFalse(), null, null));
            }
            case Matching m -> {
                for (int i = 0; i < m.pairs().size(); i++) {
                    entries.add(new Entry("L" + (i + 1), null, m.pairs().get(i).left(), false, false, null, null, null));
                }
                List<String> rights = m.rightChoices();
                for (int i = 0; i < rights.size(); i++) {
                    entries.add(new Entry("R" + (i + 1), null, rights.get(i), false, false, null, null, null));
                }
            }
            case Ordering o -> {
                for (int i = 0; i < o.sequence().size(); i++) {
                    entries.add(new Entry("S" + (i + 1), null, o.sequence().get(i), true, false, null, null, null));
                }
            }
            case Numeric n -> {
            }
            case Hotspot h -> h.regions().forEach(r -> entries.add(new Entry(identifier(r.id()), r.id(), null, r.correct(),
                    r.harmful(), r.feedback(), r.name(), points(r))));
            case ScriptConcordance sc -> {
                for (int v = -2; v <= 2; v++) {
                    entries.add(new Entry(scaleRef(v), null, sc.pointLabel(v), false, false, null, null, null));
                }
            }
        }
        return entries;
    }

    static String scaleRef(int value) {
        return value < 0 ? "minus" + -value : value == 0 ? "zero" : "plus" + value;
    }

    private static Entry option(Option o) {
        return new Entry(identifier(o.id()), o.id(), o.text(), o.correct(), o.harmful(), o.feedback(), null, null);
    }

    private static String points(Region r) {
        return String.join(" ", r.points().stream().map(p -> number(p.x()) + "," + number(p.y())).toList());
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : BigDecimal.valueOf(v).toPlainString();
    }

    private static String decimal(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void responseDeclaration(Xml x, ItemDefinition item, List<Entry> entries) {
        int points = item.common().points();
        switch (item) {
            case Choice ch -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", ch.multiple() ? "multiple" : "single",
                        "base-type", "identifier");
                correct(x, entries.stream().filter(Entry::correct).map(Entry::ref).toList());
                x.close();
            }
            case TrueFalse tf -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "single", "base-type", "identifier");
                correct(x, List.of(String.valueOf(tf.answer())));
                x.close();
            }
            case Matching m -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "multiple", "base-type", "directedPair");
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < m.pairs().size(); i++) {
                    pairs.add("L" + (i + 1) + " R" + (i + 1));
                }
                correct(x, pairs);
                x.close();
            }
            case Ordering o -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "ordered", "base-type", "identifier");
                correct(x, entries.stream().map(Entry::ref).toList());
                x.close();
            }
            case Numeric n -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "single", "base-type", "float");
                correct(x, List.of(n.answer().toPlainString()));
                x.close();
            }
            case Hotspot h -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "single", "base-type", "identifier");
                correct(x, entries.stream().filter(Entry::correct).map(Entry::ref).limit(1).toList());
                x.open("qti-mapping", "default-value", "0", "lower-bound", "0", "upper-bound", String.valueOf(points));
                entries.stream().filter(Entry::correct).forEach(e ->
                        x.empty("qti-map-entry", "map-key", e.ref(), "mapped-value", String.valueOf(points)));
                x.close().close();
            }
            case KeyFeatures kf -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "multiple", "base-type", "identifier");
                correct(x, entries.stream().filter(Entry::correct).map(Entry::ref).toList());
                long right = entries.stream().filter(Entry::correct).count();
                x.open("qti-mapping", "default-value", "0", "lower-bound", "0", "upper-bound", String.valueOf(points));
                for (Entry e : entries) {
                    if (e.correct()) {
                        x.empty("qti-map-entry", "map-key", e.ref(), "mapped-value", decimal((double) points / right));
                    } else if (e.harmful()) {
                        // Choosing a harmful option scores zero whatever else was chosen.
                        x.empty("qti-map-entry", "map-key", e.ref(), "mapped-value", String.valueOf(-points));
                    }
                }
                x.close().close();
            }
            case ScriptConcordance sc -> {
                x.open("qti-response-declaration", "identifier", RESPONSE, "cardinality", "single", "base-type", "identifier");
                int modal = sc.panel().stream().mapToInt(Integer::intValue).max().orElse(0);
                List<String> best = new ArrayList<>();
                for (int v = -2; v <= 2; v++) {
                    if (modal > 0 && sc.panel().get(v + 2) == modal) {
                        best.add(scaleRef(v));
                    }
                }
                correct(x, best.stream().limit(1).toList());
                x.open("qti-mapping", "default-value", "0", "lower-bound", "0", "upper-bound", String.valueOf(points));
                for (int v = -2; v <= 2; v++) {
                    if (sc.credit(v) > 0) {
                        x.empty("qti-map-entry", "map-key", scaleRef(v), "mapped-value", decimal(sc.credit(v) * points));
                    }
                }
                x.close().close();
            }
        }
    }

    private static void correct(Xml x, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        x.open("qti-correct-response");
        values.forEach(v -> x.text("qti-value", v));
        x.close();
    }

    private static void extension(Xml x, ItemDefinition item, List<Entry> entries) {
        ItemDefinition.Common c = item.common();
        x.open("qti-companion-materials-info");
        String type = type(item);
        x.open("tpa:item", "id", c.id(), "type", type, "module", c.moduleId(), "lesson", c.lessonId(),
                "competency", c.competency(), "difficulty", c.difficulty(), "critical", c.critical() ? "true" : null,
                "points", String.valueOf(c.points()),
                "max-selections", item instanceof KeyFeatures kf ? String.valueOf(kf.maxSelections()) : null,
                "scale", item instanceof ScriptConcordance sc ? sc.scale().name().toLowerCase(Locale.ROOT) : null,
                "image", item instanceof Hotspot h ? h.image() : null);
        c.tags().forEach(t -> x.text("tpa:tag", t));
        x.text("tpa:stem", c.stem());
        x.text("tpa:rationale", c.rationale());
        boolean labelsOnly = item instanceof TrueFalse || item instanceof ScriptConcordance;
        for (Entry e : entries) {
            String text = labelsOnly ? null : e.text();
            if (text == null && e.feedback() == null && !e.harmful() && e.name() == null && e.id() == null) {
                continue;
            }
            x.open("tpa:choice", "ref", e.ref(), "id", e.id(), "harmful", e.harmful() ? "true" : null, "name", e.name(),
                    "points", e.points());
            if (text != null) {
                x.text("tpa:text", text);
            }
            if (e.feedback() != null) {
                x.text("tpa:feedback", e.feedback());
            }
            x.close();
        }
        switch (item) {
            case Numeric n -> x.text("tpa:unit", n.unit());
            case ScriptConcordance sc -> {
                x.text("tpa:hypothesis", sc.hypothesis());
                x.text("tpa:finding", sc.finding());
                if (sc.demonstration()) {
                    x.text("tpa:demo-panel", String.join(" ", sc.panel().stream().map(String::valueOf).toList()));
                }
            }
            default -> {
            }
        }
        x.close().close();
    }

    static String type(ItemDefinition item) {
        return switch (item) {
            case Choice ch -> ch.multiple() ? "multiple-response" : "single-choice";
            case TrueFalse tf -> "true-false";
            case Matching m -> "matching";
            case Ordering o -> "ordering";
            case Numeric n -> "numeric";
            case Hotspot h -> "hotspot";
            case KeyFeatures kf -> "key-features";
            case ScriptConcordance sc -> "script-concordance";
        };
    }

    private static void body(Xml x, ItemDefinition item, List<Entry> entries, String imageHref) {
        x.open("qti-item-body");
        String stem = item instanceof ScriptConcordance sc ? sc.questionMarkdown() : item.common().stem();
        if (!(item instanceof Numeric)) {
            x.fragment("div", QtiHtml.blocks(stem), "class", "stem");
        }
        switch (item) {
            case Choice ch -> choices(x, entries, ch.multiple() ? 0 : 1);
            case KeyFeatures kf -> choices(x, entries, kf.maxSelections());
            case TrueFalse tf -> choices(x, entries, 1);
            case ScriptConcordance sc -> choices(x, entries, 1);
            case Matching m -> {
                x.open("qti-match-interaction", "response-identifier", RESPONSE, "shuffle", "true",
                        "max-associations", String.valueOf(m.pairs().size()));
                x.open("qti-simple-match-set");
                entries.stream().filter(e -> e.ref().startsWith("L")).forEach(e ->
                        x.fragment("qti-simple-associable-choice", QtiHtml.inline(e.text()), "identifier", e.ref(), "match-max", "1"));
                x.close();
                x.open("qti-simple-match-set");
                entries.stream().filter(e -> e.ref().startsWith("R")).forEach(e ->
                        x.fragment("qti-simple-associable-choice", QtiHtml.inline(e.text()), "identifier", e.ref(), "match-max", "1"));
                x.close().close();
            }
            case Ordering o -> {
                x.open("qti-order-interaction", "response-identifier", RESPONSE, "shuffle", "true");
                entries.forEach(e -> x.fragment("qti-simple-choice", QtiHtml.inline(e.text()), "identifier", e.ref()));
                x.close();
            }
            case Numeric n -> {
                String html = QtiHtml.blocks(stem);
                x.raw(html.isEmpty() ? "<div class=\"stem\"/>" : "<div class=\"stem\">" + html + "</div>");
                x.open("p");
                x.empty("qti-text-entry-interaction", "response-identifier", RESPONSE,
                        "expected-length", String.valueOf(Math.max(4, n.answer().toPlainString().length() + 2)));
                x.raw(Xml.escape(" " + n.unit(), false));
                x.close();
            }
            case Hotspot h -> {
                x.open("qti-hotspot-interaction", "response-identifier", RESPONSE, "max-choices", "1");
                x.empty("img", "src", imageHref, "alt", "Picture for the question", "width", String.valueOf(h.width()),
                        "height", String.valueOf(h.height()));
                for (Region r : h.regions()) {
                    x.empty("qti-hotspot-choice", "identifier", identifier(r.id()), "shape", "poly", "coords", coords(r),
                            "hotspot-label", r.name());
                }
                x.close();
            }
        }
        x.close();
    }

    private static void choices(Xml x, List<Entry> entries, int maxChoices) {
        x.open("qti-choice-interaction", "response-identifier", RESPONSE, "shuffle", "false",
                "max-choices", String.valueOf(maxChoices));
        entries.forEach(e -> x.fragment("qti-simple-choice", QtiHtml.inline(e.text()), "identifier", e.ref()));
        x.close();
    }

    /** QTI coordinates are whole pixels; the exact points are kept in the extension. */
    private static String coords(Region r) {
        List<String> values = new ArrayList<>();
        r.points().forEach(p -> {
            values.add(String.valueOf(Math.max(0, Math.round(p.x()))));
            values.add(String.valueOf(Math.max(0, Math.round(p.y()))));
        });
        // QTI closes a polygon by repeating its first point.
        values.add(values.get(0));
        values.add(values.get(1));
        return String.join(",", values);
    }

    private static void responseProcessing(Xml x, ItemDefinition item, boolean feedback) {
        String points = String.valueOf(item.common().points());
        x.open("qti-response-processing");
        x.open("qti-response-condition").open("qti-response-if");
        switch (item) {
            case Numeric n -> {
                String t = n.tolerance().toPlainString();
                x.open("qti-equal", "tolerance-mode", "absolute", "tolerance", t + " " + t)
                        .empty("qti-variable", "identifier", RESPONSE).empty("qti-correct", "identifier", RESPONSE).close();
                setScore(x, points);
            }
            case Hotspot h -> mapped(x);
            case KeyFeatures kf -> mapped(x);
            case ScriptConcordance sc -> mapped(x);
            default -> {
                x.open("qti-match").empty("qti-variable", "identifier", RESPONSE).empty("qti-correct", "identifier", RESPONSE).close();
                setScore(x, points);
            }
        }
        x.close().close();
        if (feedback) {
            boolean single = !(item instanceof KeyFeatures) && !(item instanceof Choice ch && ch.multiple());
            x.open("qti-response-condition").open("qti-response-if");
            x.open("qti-not").open("qti-is-null").empty("qti-variable", "identifier", RESPONSE).close().close();
            x.open("qti-set-outcome-value", "identifier", "FEEDBACK");
            if (single) {
                x.open("qti-multiple").empty("qti-variable", "identifier", RESPONSE).close();
            } else {
                x.empty("qti-variable", "identifier", RESPONSE);
            }
            x.close().close().close();
        }
        x.close();
    }

    private static void mapped(Xml x) {
        x.open("qti-not").open("qti-is-null").empty("qti-variable", "identifier", RESPONSE).close().close();
        x.open("qti-set-outcome-value", "identifier", "SCORE").empty("qti-map-response", "identifier", RESPONSE).close();
    }

    private static void setScore(Xml x, String points) {
        x.open("qti-set-outcome-value", "identifier", "SCORE").text("qti-base-value", points, "base-type", "float").close();
    }
}
