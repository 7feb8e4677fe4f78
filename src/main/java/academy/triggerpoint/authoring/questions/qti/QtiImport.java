package academy.triggerpoint.authoring.questions.qti;

import academy.triggerpoint.authoring.questions.HtmlText;
import academy.triggerpoint.authoring.questions.Rejection;
import academy.triggerpoint.catalog.content.CourseArchive;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads QTI 3.0 and QTI 2.1/2.2 content packages, or a single item file, into items of the course
 * format. An item is imported whole or rejected with its file in the package, its line and the
 * reason; a package that cannot be read as a whole (not a ZIP, a zip bomb, a broken manifest, too
 * many items) yields one rejection and nothing else. Items this platform exported carry the
 * extension that {@link QtiExport} writes, and come back exactly as they were.
 */
public final class QtiImport {

    /** More items than this in one package is refused as a whole. */
    public static final int MAX_ITEMS = 2_000;
    private static final String TPA = QtiExport.TPA;
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("extendedTextInteraction", "essays (extended-text interactions) cannot be imported: the course "
                    + "format has no free-text answers"),
            Map.entry("uploadInteraction", "file uploads cannot be imported: the course format has no uploaded answers"),
            Map.entry("drawingInteraction", "drawing interactions cannot be imported: the course format has no drawn answers"),
            Map.entry("mediaInteraction", "media interactions cannot be imported: they record how a video was played, not an answer"),
            Map.entry("graphicGapMatchInteraction", "graphic gap-match interactions cannot be imported; rebuild it as a "
                    + "hotspot or matching item"),
            Map.entry("gapMatchInteraction", "gap-match interactions cannot be imported; rewrite it as a matching item"),
            Map.entry("inlineChoiceInteraction", "inline-choice interactions cannot be imported; rewrite each gap as a "
                    + "single-choice item"),
            Map.entry("associateInteraction", "associate interactions cannot be imported; rewrite it as a matching item"),
            Map.entry("graphicAssociateInteraction", "graphic associate interactions cannot be imported; rewrite it as a "
                    + "matching item"),
            Map.entry("graphicOrderInteraction", "graphic order interactions cannot be imported; rewrite it as an ordering item"),
            Map.entry("selectPointInteraction", "select-point interactions cannot be imported; rebuild it as a hotspot "
                    + "item with the areas drawn as regions"),
            Map.entry("positionObjectInteraction", "position-object interactions cannot be imported; rebuild it as a hotspot item"),
            Map.entry("hottextInteraction", "hot-text interactions cannot be imported; rewrite it as a choice item"),
            Map.entry("sliderInteraction", "slider interactions cannot be imported; rewrite it as a numeric item"),
            Map.entry("endAttemptInteraction", "end-attempt interactions (hints) cannot be imported"),
            Map.entry("customInteraction", "custom interactions cannot be imported: only their own system can read them"),
            Map.entry("portableCustomInteraction", "portable custom interactions cannot be imported: only their own "
                    + "system can read them"));

    private QtiImport() {
    }

    /**
     * Where the items go: the module and the lesson that teaches them unless an item names another
     * lesson the course has, the ids and competencies the course has, and its files (for pictures).
     */
    public record Target(String moduleId, String lessonId, Set<String> lessons, Set<String> competencies,
                         Set<String> takenIds, Function<String, Optional<byte[]>> existingFile) {
    }

    /**
     * @param items    the imported items, complete, in package order; {@code common().file()} says where each came from
     * @param newFiles pictures to add to the course, by path, for the hotspot items
     * @param quiz     the package's test as a quiz of the target module, when this platform exported it
     */
    public record Result(List<ItemDefinition> items, Map<String, byte[]> newFiles, Optional<QuizDefinition> quiz,
                         List<Rejection> rejected, List<String> warnings) {

        public Result {
            items = List.copyOf(items);
            newFiles = java.util.Collections.unmodifiableMap(new TreeMap<>(newFiles));
            rejected = List.copyOf(rejected);
            warnings = List.copyOf(warnings);
        }
    }

    /** Whether a file is QTI: a ZIP (a content package) or XML whose root is a QTI item or an IMS manifest. */
    public static boolean isQti(byte[] content, String fileName) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K') {
            return true;
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        return head.contains("imsqti") || head.contains("<qti-assessment-item") || head.contains("assessmentItem")
                || head.contains("imscp_v1p1");
    }

    /** Reads a package ({@code .zip}) or a single item file. Never throws for bad input. */
    public static Result read(byte[] content, String fileName, Target target) {
        try {
            if (content.length >= 4 && content[0] == 'P' && content[1] == 'K') {
                Map<String, byte[]> entries;
                try {
                    entries = CourseArchive.readEntries(content, fileName);
                } catch (CourseArchive.InvalidArchiveException e) {
                    return whole(fileName, e.getMessage());
                }
                return new Reader(fileName, entries, target, true).readPackage();
            }
            return new Reader(fileName, Map.of("", content), target, false).readSingle();
        } catch (WholeRejected e) {
            return whole(e.where, e.getMessage());
        }
    }

    private static Result whole(String where, String reason) {
        return new Result(List.of(), Map.of(), Optional.empty(), List.of(new Rejection(where, reason)), List.of());
    }

    /** The package as a whole cannot be read: nothing of it is imported. */
    private static final class WholeRejected extends RuntimeException {
        private final String where;

        WholeRejected(String where, String reason) {
            super(reason, null, false, false);
            this.where = where;
        }
    }

    /** One item cannot be imported: it is rejected with this reason and the line of what is wrong. */
    private static final class ItemRejected extends RuntimeException {
        private final int line;

        ItemRejected(Node at, String reason) {
            super(reason, null, false, false);
            this.line = at == null ? 0 : QtiXml.line(at);
        }
    }

    private static final class Reader {
        private final String fileName;
        private final Map<String, byte[]> entries;
        private final Target target;
        private final boolean packaged;
        private final List<ItemDefinition> items = new ArrayList<>();
        private final Map<String, byte[]> newFiles = new LinkedHashMap<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> usedIds;
        private final Map<String, String> idByFile = new HashMap<>();

        Reader(String fileName, Map<String, byte[]> entries, Target target, boolean packaged) {
            this.fileName = fileName;
            this.entries = entries;
            this.target = target;
            this.packaged = packaged;
            this.usedIds = new HashSet<>(target.takenIds());
        }

        Result readSingle() {
            Document doc = parseWhole("", entries.get(""));
            String root = QtiXml.name(doc.getDocumentElement());
            if (root.equals("manifest")) {
                throw new WholeRejected(fileName, "this is the manifest of a content package without the package: "
                        + "upload the whole package as a .zip");
            }
            if (!root.equals("assessmentItem")) {
                throw new WholeRejected(fileName + ":" + QtiXml.line(doc.getDocumentElement()), "the document starts with <"
                        + doc.getDocumentElement().getTagName() + ">, but a QTI item starts with <qti-assessment-item> "
                        + "(QTI 3.0) or <assessmentItem> (QTI 2.1, 2.2)");
            }
            item("", doc);
            return result(Optional.empty());
        }

        Result readPackage() {
            String manifestPath = entries.keySet().stream().filter(p -> p.equals("imsmanifest.xml")
                    || p.endsWith("/imsmanifest.xml")).min(java.util.Comparator.comparingInt(String::length)).orElse(null);
            List<String> itemPaths = new ArrayList<>();
            List<String> testPaths = new ArrayList<>();
            if (manifestPath != null) {
                String base = manifestPath.substring(0, manifestPath.length() - "imsmanifest.xml".length());
                Document manifest = parseWhole(manifestPath, entries.get(manifestPath));
                for (Element resource : QtiXml.descendants(manifest.getDocumentElement())) {
                    if (!QtiXml.name(resource).equals("resource")) {
                        continue;
                    }
                    String type = resource.getAttribute("type");
                    String href = resource.getAttribute("href");
                    if (href.isEmpty()) {
                        Element file = QtiXml.child(resource, "file");
                        href = file == null ? "" : file.getAttribute("href");
                    }
                    if (type.startsWith("imsqti_item_xmlv") && !href.isEmpty()) {
                        itemPaths.add(resolve(base, href));
                    } else if (type.startsWith("imsqti_test_xmlv") && !href.isEmpty()) {
                        testPaths.add(resolve(base, href));
                    }
                }
            } else {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    String head = new String(e.getValue(), 0, Math.min(e.getValue().length, 2048), StandardCharsets.UTF_8);
                    if (e.getKey().toLowerCase(Locale.ROOT).endsWith(".xml")
                            && (head.contains("<qti-assessment-item") || head.contains("<assessmentItem"))) {
                        itemPaths.add(e.getKey());
                    }
                }
            }
            if (itemPaths.isEmpty()) {
                throw new WholeRejected(fileName, manifestPath == null
                        ? "holds neither an imsmanifest.xml nor any QTI item; is it a QTI content package?"
                        : "lists no QTI item in its imsmanifest.xml (resources of type imsqti_item_xmlv3p0, imsqti_item_xmlv2p1 "
                        + "or imsqti_item_xmlv2p2)");
            }
            if (itemPaths.size() > MAX_ITEMS) {
                throw new WholeRejected(fileName, "holds " + itemPaths.size() + " items, more than the " + MAX_ITEMS
                        + " one import may bring; split the bank into several packages");
            }
            for (String path : new LinkedHashSet<>(itemPaths)) {
                byte[] xml = entries.get(path);
                if (xml == null) {
                    rejected.add(new Rejection(where(path, 0), "the manifest lists this item, but the package has no such file"));
                    continue;
                }
                Document doc;
                try {
                    doc = QtiXml.parse(xml);
                } catch (SAXParseException e) {
                    rejected.add(new Rejection(where(path, Math.max(1, e.getLineNumber())), notXml(e)));
                    continue;
                } catch (SAXException | IOException e) {
                    rejected.add(new Rejection(where(path, 0), "the file could not be read as XML: " + e.getMessage()));
                    continue;
                }
                item(path, doc);
            }
            Optional<QuizDefinition> quiz = Optional.empty();
            for (String test : testPaths) {
                quiz = quiz.or(() -> quiz(test));
            }
            return result(quiz);
        }

        private Result result(Optional<QuizDefinition> quiz) {
            return new Result(items, newFiles, quiz, rejected, warnings);
        }

        private Document parseWhole(String path, byte[] xml) {
            String where = path.isEmpty() ? fileName : fileName + ": " + path;
            if (xml == null || new String(xml, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
                throw new WholeRejected(where, "the file is empty; there is nothing to import");
            }
            try {
                return QtiXml.parse(xml);
            } catch (SAXParseException e) {
                throw new WholeRejected(where + ":" + Math.max(1, e.getLineNumber()), notXml(e));
            } catch (SAXException | IOException e) {
                throw new WholeRejected(where, "the file could not be read as XML: " + e.getMessage());
            }
        }

        private String where(String path, int line) {
            String file = path.isEmpty() ? fileName : fileName + ": " + path;
            return line > 0 ? file + ":" + line : file;
        }

        private void item(String path, Document doc) {
            Element root = doc.getDocumentElement();
            if (!QtiXml.name(root).equals("assessmentItem")) {
                rejected.add(new Rejection(where(path, QtiXml.line(root)), "the manifest lists this file as an item, but it "
                        + "starts with <" + root.getTagName() + ">"));
                return;
            }
            try {
                ItemDefinition item = new ItemReader(this, path, root).read();
                items.add(item);
                idByFile.put(path, item.id());
            } catch (ItemRejected e) {
                rejected.add(new Rejection(where(path, e.line > 0 ? e.line : QtiXml.line(root)), e.getMessage()));
            } catch (RuntimeException e) {
                // A reader bug must cost one item, never the package or a half-read item.
                rejected.add(new Rejection(where(path, QtiXml.line(root)), "this item could not be read (" + e + ")"));
            }
        }

        /** The quiz of a test this platform wrote; other systems' tests are not quizzes of the course format. */
        private Optional<QuizDefinition> quiz(String path) {
            byte[] xml = entries.get(path);
            if (xml == null) {
                return Optional.empty();
            }
            Document doc;
            try {
                doc = QtiXml.parse(xml);
            } catch (SAXException | IOException e) {
                warnings.add(where(path, 0) + ": the test could not be read, so no quiz was taken from it (" + e.getMessage() + ")");
                return Optional.empty();
            }
            Element test = doc.getDocumentElement();
            Element settings = QtiXml.descendants(test).stream()
                    .filter(e -> TPA.equals(e.getNamespaceURI()) && "quiz".equals(e.getLocalName())).findFirst().orElse(null);
            if (settings == null) {
                warnings.add(where(path, QtiXml.line(test)) + ": the test's sections were not turned into a quiz; "
                        + "the items are imported, add them to a quiz in module.yaml");
                return Optional.empty();
            }
            String base = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            List<String> include = new ArrayList<>();
            List<QuizDefinition.Pool> pools = new ArrayList<>();
            for (Element section : QtiXml.descendants(test)) {
                if (!QtiXml.name(section).equals("assessmentSection")) {
                    continue;
                }
                Element selection = QtiXml.child(section, "selection");
                if (selection == null) {
                    for (Element ref : QtiXml.children(section, "assessmentItemRef")) {
                        String id = idByFile.get(resolve(base, ref.getAttribute("href")));
                        if (id != null) {
                            include.add(id);
                        }
                    }
                } else {
                    List<String> tags = QtiXml.descendants(selection).stream()
                            .filter(e -> TPA.equals(e.getNamespaceURI()) && "tag".equals(e.getLocalName()))
                            .map(e -> e.getTextContent()).toList();
                    pools.add(new QuizDefinition.Pool(tags, Integer.parseInt(QtiXml.attr(selection, "select"))));
                }
            }
            Element limits = QtiXml.child(test, "timeLimits");
            String maxTime = limits == null ? null : QtiXml.attr(limits, "maxTime");
            QuizDefinition.Review review = java.util.Arrays.stream(QuizDefinition.Review.values())
                    .filter(r -> r.fileValue().equals(settings.getAttribute("review"))).findFirst()
                    .orElse(QuizDefinition.Review.FEEDBACK);
            return Optional.of(new QuizDefinition(target.moduleId(), test.getAttribute("title"),
                    Integer.parseInt(settings.getAttribute("pass-mark")), Integer.parseInt(settings.getAttribute("attempts")),
                    Integer.parseInt(settings.getAttribute("cooldown-minutes")),
                    maxTime == null ? null : (int) (Double.parseDouble(maxTime) / 60), review, List.copyOf(include),
                    List.copyOf(pools)));
        }

        String uniqueId(String wanted) {
            String base = wanted.isEmpty() ? "question" : wanted;
            base = base.length() > 80 ? base.substring(0, 80).replaceAll("-+$", "") : base;
            String id = base;
            for (int n = 2; usedIds.contains(id); n++) {
                String suffix = "-" + n;
                id = (base.length() + suffix.length() > 80 ? base.substring(0, 80 - suffix.length()) : base) + suffix;
            }
            usedIds.add(id);
            return id;
        }

        /** The course path a picture of the package is kept at: reused when the course has the same bytes there. */
        String picture(String wanted, byte[] bytes) {
            String path = wanted;
            int dot = wanted.lastIndexOf('.');
            for (int n = 2; ; n++) {
                byte[] known = newFiles.get(path);
                if (known == null) {
                    known = target.existingFile().apply(path).orElse(null);
                }
                if (known == null) {
                    newFiles.put(path, bytes);
                    return path;
                }
                if (Arrays.equals(known, bytes)) {
                    return path;
                }
                path = dot < 0 ? wanted + "-" + n : wanted.substring(0, dot) + "-" + n + wanted.substring(dot);
            }
        }
    }

    static String resolve(String base, String href) {
        String decoded;
        try {
            decoded = URI.create(href.replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            decoded = href;
        }
        if (decoded == null) {
            decoded = href;
        }
        Deque parts = new Deque();
        for (String p : (base + decoded).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pop();
            } else {
                parts.push(p);
            }
        }
        return parts.join();
    }

    /** A path being resolved; going above the package root stays at the root. */
    private static final class Deque {
        private final List<String> parts = new ArrayList<>();

        void push(String part) {
            parts.add(part);
        }

        void pop() {
            if (!parts.isEmpty()) {
                parts.removeLast();
            }
        }

        String join() {
            return String.join("/", parts);
        }
    }

    private static String notXml(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE, which is refused for safety; remove the <!DOCTYPE ...> declaration (line "
                    + e.getLineNumber() + ")";
        }
        return "the file is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + message;
    }

    /** One item's conversion. */
    private static final class ItemReader {
        private final Reader reader;
        private final String path;
        private final Element root;
        private final Element ext;
        private final Map<String, Element> extChoices = new HashMap<>();
        private final List<String> notes = new ArrayList<>();

        ItemReader(Reader reader, String path, Element root) {
            this.reader = reader;
            this.path = path;
            this.root = root;
            this.ext = QtiXml.descendants(root).stream()
                    .filter(e -> TPA.equals(e.getNamespaceURI()) && "item".equals(e.getLocalName())).findFirst().orElse(null);
            if (ext != null) {
                for (Element c : QtiXml.children(ext)) {
                    if ("choice".equals(c.getLocalName())) {
                        extChoices.put(c.getAttribute("ref"), c);
                    }
                }
            }
        }

        ItemDefinition read() {
            if ("true".equals(QtiXml.attr(root, "adaptive"))) {
                throw new ItemRejected(root, "adaptive items (several attempts with feedback in between) cannot be imported: "
                        + "an item of the course format is answered once");
            }
            for (Element e : QtiXml.children(root)) {
                String name = QtiXml.name(e);
                if (name.equals("templateDeclaration") || name.equals("templateProcessing")) {
                    throw new ItemRejected(e, "template items (values that change every attempt) cannot be imported; "
                            + "write one item with fixed values instead");
                }
            }
            Element body = QtiXml.child(root, "itemBody");
            if (body == null) {
                throw new ItemRejected(root, "the item has no item body, so there is no question to import");
            }
            List<Element> interactions = QtiXml.descendants(body).stream()
                    .filter(e -> QtiXml.name(e).endsWith("Interaction") && !QtiXml.name(e).equals("interaction")).toList();
            if (interactions.isEmpty()) {
                throw new ItemRejected(body, "the item has no interaction: it is information, not a question");
            }
            if (interactions.size() > 1) {
                throw new ItemRejected(interactions.get(1), "a composite item with " + interactions.size() + " interactions ("
                        + String.join(", ", interactions.stream().map(QtiXml::name).distinct().toList())
                        + ") cannot be imported: an item of the course format asks one question; split it into one item each");
            }
            Element interaction = interactions.getFirst();
            String kind = QtiXml.name(interaction);
            if (UNSUPPORTED.containsKey(kind)) {
                throw new ItemRejected(interaction, UNSUPPORTED.get(kind));
            }
            String responseId = QtiXml.attr(interaction, "responseIdentifier");
            Element declaration = QtiXml.children(root, "responseDeclaration").stream()
                    .filter(d -> d.getAttribute("identifier").equals(responseId)).findFirst()
                    .orElseThrow(() -> new ItemRejected(interaction, "the interaction's response '" + responseId
                            + "' is not declared, so the item has no key"));
            String type = ext == null ? null : ext.getAttribute("type");
            String identifier = root.getAttribute("identifier");
            String id = reader.uniqueId(ext != null ? ext.getAttribute("id") : kebab(identifier));
            ItemDefinition.Common common = common(id, body, interaction);
            return switch (kind) {
                case "choiceInteraction" -> choice(common, interaction, declaration, type);
                case "matchInteraction" -> matching(common, interaction, declaration);
                case "orderInteraction" -> ordering(common, interaction, declaration);
                case "textEntryInteraction" -> numeric(common, interaction, declaration);
                case "hotspotInteraction" -> hotspot(common, interaction, declaration);
                default -> throw new ItemRejected(interaction, "'" + interaction.getTagName() + "' interactions cannot be "
                        + "imported; the importer reads choice, match, order, text-entry (numeric) and hotspot interactions");
            };
        }

        private ItemDefinition.Common common(String id, Element body, Element interaction) {
            Target t = reader.target;
            String lesson = t.lessonId();
            List<String> tags = List.of();
            String competency = null;
            String difficulty = "medium";
            boolean critical = false;
            int points = 1;
            String stem;
            String rationale;
            if (ext != null) {
                String wanted = ext.getAttribute("lesson");
                if (t.lessons().contains(wanted)) {
                    lesson = wanted;
                } else if (!wanted.isEmpty()) {
                    note("lesson '" + wanted + "' is not in this course, so the item is taught by '" + t.lessonId() + "'");
                }
                tags = extTexts("tag");
                String wantedCompetency = ext.hasAttribute("competency") ? ext.getAttribute("competency") : null;
                if (wantedCompetency != null && t.competencies().contains(wantedCompetency)) {
                    competency = wantedCompetency;
                } else if (wantedCompetency != null) {
                    note("competency '" + wantedCompetency + "' is not declared in this course's course.yaml and was left out");
                }
                if (ext.hasAttribute("difficulty")) {
                    difficulty = ext.getAttribute("difficulty");
                }
                critical = "true".equals(ext.getAttribute("critical"));
                if (ext.hasAttribute("points")) {
                    points = Integer.parseInt(ext.getAttribute("points"));
                }
                stem = extText("stem");
                rationale = extText("rationale");
            } else {
                stem = markdown(stemHtml(body, interaction));
                rationale = rationale();
            }
            if (stem == null || (stem.isBlank() && !"script-concordance".equals(ext == null ? null : ext.getAttribute("type")))) {
                throw new ItemRejected(body, "the item has no question text; write the question before its answers");
            }
            return new ItemDefinition.Common(id, t.moduleId(), lesson, tags, competency, difficulty, critical, points, stem,
                    rationale, reader.where(path, QtiXml.line(root)), QtiXml.line(root));
        }

        private void note(String warning) {
            notes.add(warning);
            reader.warnings.add(reader.where(path, QtiXml.line(root)) + ": " + warning);
        }

        private List<String> extTexts(String name) {
            return QtiXml.children(ext).stream().filter(e -> name.equals(e.getLocalName())).map(Node::getTextContent).toList();
        }

        private String extText(String name) {
            return QtiXml.children(ext).stream().filter(e -> name.equals(e.getLocalName())).map(Node::getTextContent)
                    .findFirst().orElse(null);
        }

        private String choiceText(Element choice, String name) {
            Element c = extChoices.get(QtiXml.attr(choice, "identifier"));
            if (c != null) {
                for (Element e : QtiXml.children(c)) {
                    if (name.equals(e.getLocalName())) {
                        return e.getTextContent();
                    }
                }
                if (name.equals("feedback")) {
                    return null;
                }
            }
            if (name.equals("feedback")) {
                return ext == null ? foreignFeedback(choice) : null;
            }
            String text = markdown(html(choice, Set.of("feedbackInline")));
            return text;
        }

        private String foreignFeedback(Element choice) {
            String ref = QtiXml.attr(choice, "identifier");
            List<String> parts = new ArrayList<>();
            for (Element inline : QtiXml.descendants(choice)) {
                if (QtiXml.name(inline).equals("feedbackInline")) {
                    parts.add(markdown(html(inline, Set.of())));
                }
            }
            for (Element modal : QtiXml.children(root, "modalFeedback")) {
                if (ref.equals(modal.getAttribute("identifier"))) {
                    parts.add(markdown(html(modal, Set.of())));
                }
            }
            parts.removeIf(String::isBlank);
            return parts.isEmpty() ? null : String.join("\n\n", parts);
        }

        private boolean harmful(String ref) {
            Element c = extChoices.get(ref);
            return c != null && "true".equals(c.getAttribute("harmful"));
        }

        private String rationale() {
            Set<String> choiceIds = new HashSet<>();
            QtiXml.descendants(root).forEach(e -> {
                if (QtiXml.name(e).startsWith("simple") || QtiXml.name(e).endsWith("Choice")) {
                    choiceIds.add(QtiXml.attr(e, "identifier"));
                }
            });
            List<String> parts = new ArrayList<>();
            for (Element modal : QtiXml.children(root, "modalFeedback")) {
                if (!choiceIds.contains(modal.getAttribute("identifier")) && !"hide".equals(QtiXml.attr(modal, "showHide"))) {
                    parts.add(markdown(html(modal, Set.of())));
                }
            }
            parts.removeIf(String::isBlank);
            return parts.isEmpty() ? null : String.join("\n\n", parts);
        }

        private List<String> correct(Element declaration) {
            Element correct = QtiXml.child(declaration, "correctResponse");
            List<String> values = new ArrayList<>();
            if (correct != null) {
                QtiXml.children(correct, "value").forEach(v -> values.add(v.getTextContent().strip()));
            }
            return values;
        }

        private Map<String, BigDecimal> mapping(Element declaration, String element) {
            Map<String, BigDecimal> map = new LinkedHashMap<>();
            Element mapping = QtiXml.child(declaration, element);
            if (mapping != null) {
                for (Element entry : QtiXml.children(mapping)) {
                    String key = QtiXml.attr(entry, "mapKey");
                    String value = QtiXml.attr(entry, "mappedValue");
                    if (key != null && value != null) {
                        try {
                            map.put(key.strip(), new BigDecimal(value.strip()));
                        } catch (NumberFormatException e) {
                            throw new ItemRejected(entry, "the mapped value '" + value + "' is not a number");
                        }
                    }
                }
            }
            return map;
        }

        /** The keys: the correct response, else every choice the mapping scores above zero. */
        private Set<String> keys(Element declaration, String mappingElement) {
            Set<String> keys = new LinkedHashSet<>(correct(declaration));
            mapping(declaration, mappingElement).forEach((key, value) -> {
                if (value.signum() > 0) {
                    keys.add(key);
                }
            });
            return keys;
        }

        private void checkKeys(Set<String> keys, Set<String> choices, Element declaration, String what) {
            if (keys.isEmpty()) {
                throw new ItemRejected(declaration, "the item declares no correct response, so it has no key");
            }
            for (String key : keys) {
                if (!choices.contains(key)) {
                    throw new ItemRejected(declaration, "the correct response names " + what + " '" + key + "', which the "
                            + "interaction does not have (it has " + String.join(", ", choices) + ")");
                }
            }
        }

        private ItemDefinition choice(ItemDefinition.Common common, Element interaction, Element declaration, String type) {
            List<Element> choices = QtiXml.children(interaction, "simpleChoice");
            Set<String> ids = new LinkedHashSet<>();
            choices.forEach(c -> ids.add(QtiXml.attr(c, "identifier")));
            if ("script-concordance".equals(type)) {
                return scriptConcordance(common);
            }
            Set<String> keys = keys(declaration, "mapping");
            checkKeys(keys, ids, declaration, "choice");
            if ("true-false".equals(type)) {
                String feedbackTrue = null;
                String feedbackFalse = null;
                for (Element c : choices) {
                    String fb = choiceText(c, "feedback");
                    if ("true".equals(QtiXml.attr(c, "identifier"))) {
                        feedbackTrue = fb;
                    } else {
                        feedbackFalse = fb;
                    }
                }
                return new ItemDefinition.TrueFalse(common, keys.contains("true"), feedbackTrue, feedbackFalse);
            }
            List<ItemDefinition.Option> options = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                Element c = choices.get(i);
                String ref = QtiXml.attr(c, "identifier");
                Element extChoice = extChoices.get(ref);
                String optionId = extChoice != null && extChoice.hasAttribute("id") ? extChoice.getAttribute("id") : letters(i);
                String text = choiceText(c, "text");
                if (text == null || text.isBlank()) {
                    throw new ItemRejected(c, "choice '" + ref + "' has no text; give every choice a text");
                }
                boolean isKey = keys.contains(ref);
                options.add(new ItemDefinition.Option(optionId, text, isKey, !isKey && harmful(ref), choiceText(c, "feedback")));
            }
            if (options.size() < 2) {
                throw new ItemRejected(interaction, "a choice item needs at least 2 choices; this one has " + options.size());
            }
            if ("key-features".equals(type)) {
                return new ItemDefinition.KeyFeatures(common, Integer.parseInt(ext.getAttribute("max-selections")), options);
            }
            String cardinality = declaration.getAttribute("cardinality");
            boolean multiple = type != null ? type.equals("multiple-response") : !"single".equals(cardinality);
            if (!multiple && keys.size() > 1) {
                throw new ItemRejected(declaration, keys.size() + " choices are correct, but the response has single "
                        + "cardinality; a single-choice item has exactly one key");
            }
            return new ItemDefinition.Choice(common, multiple, options);
        }

        private ItemDefinition scriptConcordance(ItemDefinition.Common common) {
            String scale = ext.getAttribute("scale");
            String demo = extText("demo-panel");
            List<Integer> panel = demo == null ? List.of(0, 0, 0, 0, 0)
                    : Arrays.stream(demo.strip().split("\\s+")).map(Integer::valueOf).toList();
            return new ItemDefinition.ScriptConcordance(common, extText("hypothesis"), extText("finding"),
                    "appropriateness".equals(scale) ? ItemDefinition.Scale.APPROPRIATENESS : ItemDefinition.Scale.LIKELIHOOD,
                    panel, demo != null);
        }

        private ItemDefinition matching(ItemDefinition.Common common, Element interaction, Element declaration) {
            List<Element> sets = QtiXml.children(interaction, "simpleMatchSet");
            if (sets.size() != 2) {
                throw new ItemRejected(interaction, "a match interaction needs two sets of choices; this one has " + sets.size());
            }
            Map<String, String> lefts = new LinkedHashMap<>();
            Map<String, String> rights = new LinkedHashMap<>();
            for (Element c : QtiXml.children(sets.get(0), "simpleAssociableChoice")) {
                lefts.put(QtiXml.attr(c, "identifier"), nonBlank(c, choiceText(c, "text")));
            }
            for (Element c : QtiXml.children(sets.get(1), "simpleAssociableChoice")) {
                rights.put(QtiXml.attr(c, "identifier"), nonBlank(c, choiceText(c, "text")));
            }
            Map<String, String> matchOf = new LinkedHashMap<>();
            Set<String> usedRights = new HashSet<>();
            List<String> values = correct(declaration);
            if (values.isEmpty()) {
                mapping(declaration, "mapping").forEach((k, v) -> {
                    if (v.signum() > 0) {
                        values.add(k);
                    }
                });
            }
            if (values.isEmpty()) {
                throw new ItemRejected(declaration, "the item declares no correct response, so it has no key");
            }
            for (String value : values) {
                String[] pair = value.split("\\s+");
                if (pair.length != 2) {
                    throw new ItemRejected(declaration, "the correct response '" + value + "' is not a pair of choices");
                }
                String left = lefts.containsKey(pair[0]) ? pair[0] : pair[1];
                String right = lefts.containsKey(pair[0]) ? pair[1] : pair[0];
                if (!lefts.containsKey(left)) {
                    throw new ItemRejected(declaration, "the correct response names choice '" + pair[0] + "', which the "
                            + "interaction does not have (it has " + String.join(", ", lefts.keySet()) + ")");
                }
                if (!rights.containsKey(right)) {
                    throw new ItemRejected(declaration, "the correct response names choice '" + right + "', which the "
                            + "interaction does not have (it has " + String.join(", ", rights.keySet()) + ")");
                }
                if (matchOf.put(left, right) != null) {
                    throw new ItemRejected(declaration, "'" + left + "' has more than one match in the correct response; the "
                            + "course format matches each left-hand item to exactly one answer");
                }
                if (!usedRights.add(right)) {
                    throw new ItemRejected(declaration, "'" + right + "' is the match of two left-hand items; each needs its own answer");
                }
            }
            List<ItemDefinition.Pair> pairs = new ArrayList<>();
            for (Map.Entry<String, String> left : lefts.entrySet()) {
                String right = matchOf.get(left.getKey());
                if (right == null) {
                    throw new ItemRejected(declaration, "the left-hand item '" + left.getKey() + "' has no match in the correct "
                            + "response; the course format matches every left-hand item");
                }
                pairs.add(new ItemDefinition.Pair(left.getValue(), rights.get(right)));
            }
            List<String> distractors = rights.entrySet().stream().filter(r -> !usedRights.contains(r.getKey()))
                    .map(Map.Entry::getValue).toList();
            if (pairs.size() < 2) {
                throw new ItemRejected(interaction, "a matching item needs at least 2 pairs; this one has " + pairs.size());
            }
            List<String> all = new ArrayList<>(pairs.stream().map(ItemDefinition.Pair::right).toList());
            all.addAll(distractors);
            if (new HashSet<>(all).size() != all.size()
                    || new HashSet<>(pairs.stream().map(ItemDefinition.Pair::left).toList()).size() != pairs.size()) {
                throw new ItemRejected(interaction, "two choices on one side have the same text, so a match would be ambiguous");
            }
            return new ItemDefinition.Matching(common, pairs, distractors);
        }

        private ItemDefinition ordering(ItemDefinition.Common common, Element interaction, Element declaration) {
            Map<String, String> steps = new LinkedHashMap<>();
            for (Element c : QtiXml.children(interaction, "simpleChoice")) {
                steps.put(QtiXml.attr(c, "identifier"), nonBlank(c, choiceText(c, "text")));
            }
            List<String> order = correct(declaration);
            checkKeys(new LinkedHashSet<>(order), steps.keySet(), declaration, "choice");
            if (order.size() != steps.size() || new HashSet<>(order).size() != order.size()) {
                throw new ItemRejected(declaration, "the correct order must name every step exactly once; it names "
                        + order.size() + " of " + steps.size());
            }
            List<String> sequence = order.stream().map(steps::get).toList();
            if (sequence.size() < 3) {
                throw new ItemRejected(interaction, "an ordering item needs at least 3 steps; this one has " + sequence.size());
            }
            if (new HashSet<>(sequence).size() != sequence.size()) {
                throw new ItemRejected(interaction, "two steps have the same text; the steps must all differ");
            }
            return new ItemDefinition.Ordering(common, sequence);
        }

        private ItemDefinition numeric(ItemDefinition.Common common, Element interaction, Element declaration) {
            String baseType = QtiXml.attr(declaration, "baseType");
            if (!"float".equals(baseType) && !"integer".equals(baseType)) {
                throw new ItemRejected(interaction, "a text entry with " + (baseType == null ? "no" : "'" + baseType + "'")
                        + " base type is a short-answer question (the learner types words), which the course format cannot "
                        + "grade; only numeric text entries (float or integer) are imported");
            }
            List<String> values = correct(declaration);
            if (values.isEmpty()) {
                throw new ItemRejected(declaration, "the item declares no correct response, so it has no key");
            }
            BigDecimal answer;
            try {
                answer = new BigDecimal(values.getFirst());
            } catch (NumberFormatException e) {
                throw new ItemRejected(declaration, "the correct response '" + values.getFirst() + "' is not a number");
            }
            BigDecimal tolerance = BigDecimal.ZERO;
            Element processing = QtiXml.child(root, "responseProcessing");
            if (processing != null) {
                for (Element equal : QtiXml.descendants(processing)) {
                    if (!QtiXml.name(equal).equals("equal")) {
                        continue;
                    }
                    String mode = QtiXml.attr(equal, "toleranceMode");
                    String given = QtiXml.attr(equal, "tolerance");
                    if (given == null || "exact".equals(mode) || mode == null) {
                        continue;
                    }
                    BigDecimal t = new BigDecimal(given.strip().split("\\s+")[0]);
                    if ("relative".equals(mode)) {
                        t = answer.abs().multiply(t).divide(BigDecimal.valueOf(100)).stripTrailingZeros();
                        note("the relative tolerance of " + given.strip().split("\\s+")[0] + "% became ± " + t.toPlainString());
                    }
                    tolerance = t;
                    break;
                }
            }
            if (tolerance.signum() < 0) {
                throw new ItemRejected(declaration, "the tolerance " + tolerance.toPlainString() + " is negative");
            }
            String unit = ext == null ? null : extText("unit");
            if (unit == null) {
                note("the answer has no unit; add one to the item (for example unit: mm), it is shown to the learner");
            }
            return new ItemDefinition.Numeric(common, answer, tolerance, unit);
        }

        private ItemDefinition hotspot(ItemDefinition.Common common, Element interaction, Element declaration) {
            Element picture = QtiXml.children(interaction).stream()
                    .filter(e -> Set.of("img", "object").contains(QtiXml.name(e))).findFirst()
                    .orElseThrow(() -> new ItemRejected(interaction, "the hotspot interaction has no picture (img or object)"));
            String src = QtiXml.name(picture).equals("img") ? picture.getAttribute("src") : picture.getAttribute("data");
            String base = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            String inPackage = resolve(base, src);
            byte[] bytes = reader.entries.get(inPackage);
            if (bytes == null) {
                throw new ItemRejected(picture, "the picture '" + src + "' is not in the " + (reader.packaged ? "package"
                        : "upload; upload the whole content package as a .zip"));
            }
            String name = inPackage.substring(inPackage.lastIndexOf('/') + 1);
            CourseArchive.refuseExecutable("images/" + name, bytes).ifPresent(reason -> {
                throw new ItemRejected(picture, reason);
            });
            int width = size(picture, "width");
            int height = size(picture, "height");
            String folder = "modules/" + reader.target.moduleId() + "/";
            String wanted = ext != null && ext.getAttribute("image").startsWith(folder) ? ext.getAttribute("image")
                    : folder + "images/" + name.replaceAll("[^A-Za-z0-9._-]", "-");
            String image = reader.picture(wanted, bytes);
            List<Element> choices = QtiXml.children(interaction, "hotspotChoice");
            Set<String> ids = new LinkedHashSet<>();
            choices.forEach(c -> ids.add(QtiXml.attr(c, "identifier")));
            Set<String> keys = keys(declaration, "areaMapping");
            keys.addAll(keys(declaration, "mapping"));
            checkKeys(keys, ids, declaration, "hotspot");
            List<ItemDefinition.Region> regions = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                Element c = choices.get(i);
                String ref = QtiXml.attr(c, "identifier");
                Element extChoice = extChoices.get(ref);
                List<ItemDefinition.Point> points = extChoice != null && extChoice.hasAttribute("points")
                        ? points(extChoice.getAttribute("points"), c) : shape(c);
                String regionName = extChoice != null && extChoice.hasAttribute("name") ? extChoice.getAttribute("name")
                        : QtiXml.attr(c, "hotspotLabel");
                if (regionName == null || regionName.isBlank()) {
                    regionName = "Area " + (i + 1);
                    note("hotspot '" + ref + "' has no label and was named '" + regionName + "'; give it a name learners "
                            + "can choose from");
                }
                String regionId = extChoice != null && extChoice.hasAttribute("id") ? extChoice.getAttribute("id") : kebab(ref);
                boolean isKey = keys.contains(ref);
                regions.add(new ItemDefinition.Region(regionId, regionName, points, isKey, !isKey && harmful(ref),
                        extChoice != null ? extChoiceText(extChoice, "feedback") : foreignFeedback(c)));
            }
            return new ItemDefinition.Hotspot(common, image, width, height, regions);
        }

        private static String extChoiceText(Element extChoice, String name) {
            return QtiXml.children(extChoice).stream().filter(e -> name.equals(e.getLocalName())).map(Node::getTextContent)
                    .findFirst().orElse(null);
        }

        private static int size(Element picture, String attribute) {
            String value = picture.getAttribute(attribute);
            try {
                int size = (int) Math.round(Double.parseDouble(value.replace("px", "").strip()));
                if (size >= 1 && size <= 10_000) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new ItemRejected(picture, "the picture needs its " + attribute + " in pixels (1 to 10000), because the "
                    + "hotspot areas are drawn in its coordinates; it has '" + value + "'");
        }

        private static List<ItemDefinition.Point> points(String text, Element at) {
            List<ItemDefinition.Point> points = new ArrayList<>();
            for (String pair : text.strip().split("\\s+")) {
                String[] xy = pair.split(",");
                if (xy.length != 2) {
                    throw new ItemRejected(at, "the extension's points '" + text + "' are not 'x,y x,y ...'");
                }
                points.add(new ItemDefinition.Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            }
            return points;
        }

        private List<ItemDefinition.Point> shape(Element choice) {
            String shape = QtiXml.attr(choice, "shape");
            String coords = QtiXml.attr(choice, "coords");
            if (coords == null || coords.contains("%")) {
                throw new ItemRejected(choice, "hotspot '" + QtiXml.attr(choice, "identifier") + "' needs its coordinates in "
                        + "pixels of the picture");
            }
            double[] c;
            try {
                c = Arrays.stream(coords.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
            } catch (NumberFormatException e) {
                throw new ItemRejected(choice, "the coordinates '" + coords + "' are not numbers");
            }
            List<ItemDefinition.Point> points = new ArrayList<>();
            switch (shape == null ? "" : shape) {
                case "poly" -> {
                    for (int i = 0; i + 1 < c.length; i += 2) {
                        points.add(new ItemDefinition.Point(c[i], c[i + 1]));
                    }
                    if (points.size() > 3 && points.getFirst().equals(points.getLast())) {
                        points.removeLast();
                    }
                }
                case "rect" -> {
                    need(choice, c, 4);
                    points.addAll(List.of(new ItemDefinition.Point(c[0], c[1]), new ItemDefinition.Point(c[2], c[1]),
                            new ItemDefinition.Point(c[2], c[3]), new ItemDefinition.Point(c[0], c[3])));
                }
                case "circle", "ellipse" -> {
                    need(choice, c, shape.equals("circle") ? 3 : 4);
                    double rx = c[2];
                    double ry = shape.equals("circle") ? c[2] : c[3];
                    for (int k = 0; k < 16; k++) {
                        double a = 2 * Math.PI * k / 16;
                        points.add(new ItemDefinition.Point(round(c[0] + rx * Math.cos(a)), round(c[1] + ry * Math.sin(a))));
                    }
                    note("the " + shape + " '" + QtiXml.attr(choice, "identifier") + "' became a 16-sided polygon");
                }
                default -> throw new ItemRejected(choice, "the hotspot shape '" + shape + "' cannot be imported; use "
                        + "poly, rect, circle or ellipse");
            }
            if (points.size() < 3) {
                throw new ItemRejected(choice, "hotspot '" + QtiXml.attr(choice, "identifier") + "' needs at least 3 points");
            }
            return points;
        }

        private static void need(Element at, double[] c, int count) {
            if (c.length < count) {
                throw new ItemRejected(at, "the shape needs " + count + " coordinates; it has " + c.length);
            }
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }

        private static String nonBlank(Element at, String text) {
            if (text == null || text.isBlank()) {
                throw new ItemRejected(at, "choice '" + QtiXml.attr(at, "identifier") + "' has no text; give every choice a text");
            }
            return text;
        }

        /** The body without the interaction (a text entry leaves a blank), with the interaction's prompt after it. */
        private static String stemHtml(Element body, Element interaction) {
            StringBuilder html = new StringBuilder();
            serialize(body, html, interaction, Set.of());
            Element prompt = QtiXml.child(interaction, "prompt");
            if (prompt != null) {
                html.append("<p>");
                serialize(prompt, html, null, Set.of());
                html.append("</p>");
            }
            return html.toString();
        }

        private static String html(Element element, Set<String> skipped) {
            StringBuilder html = new StringBuilder();
            serialize(element, html, null, skipped);
            return html.toString();
        }

        /** The children of {@code element} as HTML. */
        private static void serialize(Element element, StringBuilder out, Element interaction, Set<String> skipped) {
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Text text) {
                    out.append(Xml.escape(text.getData(), false));
                } else if (n instanceof Element e) {
                    if (e == interaction) {
                        if (QtiXml.name(e).equals("textEntryInteraction")) {
                            out.append(" _____ ");
                        }
                        continue;
                    }
                    if (skipped.contains(QtiXml.name(e)) || QtiXml.name(e).equals("prompt")) {
                        continue;
                    }
                    String tag = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
                    out.append('<').append(tag);
                    var attributes = e.getAttributes();
                    for (int i = 0; i < attributes.getLength(); i++) {
                        Node a = attributes.item(i);
                        if (a.getNamespaceURI() == null && Set.of("href", "src", "alt").contains(a.getNodeName())) {
                            out.append(' ').append(a.getNodeName()).append("=\"").append(Xml.escape(a.getNodeValue(), true)).append('"');
                        }
                    }
                    out.append('>');
                    serialize(e, out, interaction, skipped);
                    out.append("</").append(tag).append('>');
                }
            }
        }

        private String markdown(String html) {
            Set<String> images = new LinkedHashSet<>();
            String markdown = HtmlText.toMarkdown(html, images);
            images.forEach(image -> note("image " + image + " in the text was not imported"));
            return markdown;
        }
    }

    static String letters(int index) {
        String letter = String.valueOf((char) ('a' + index % 26));
        return index < 26 ? letter : letters(index / 26 - 1) + letter;
    }

    static String kebab(String text) {
        String id = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "question" : id;
    }
}
