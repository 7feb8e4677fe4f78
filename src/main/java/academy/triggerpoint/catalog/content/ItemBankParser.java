package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads items: the item bank files of each module ({@code modules/<id>/items/*.yaml}) and the
 * inline items of case scenarios. Item ids are unique across both.
 */
final class ItemBankParser {

    static final Set<String> DIFFICULTIES = new LinkedHashSet<>(ItemVocabulary.DIFFICULTIES);
    static final List<String> TYPES = ItemVocabulary.TYPES;
    static final List<String> SCALES = ItemVocabulary.SCALES;
    private static final Set<String> COMMON = Set.of("id", "type", "lesson", "tags", "competency", "difficulty",
            "critical", "points", "stem", "rationale");
    private static final Map<String, Set<String>> TYPE_FIELDS = Map.of(
            "single-choice", Set.of("options"),
            "multiple-response", Set.of("options"),
            "true-false", Set.of("answer", "feedbackTrue", "feedbackFalse"),
            "matching", Set.of("pairs", "distractors"),
            "ordering", Set.of("sequence"),
            "numeric", Set.of("answer", "tolerance", "unit"),
            "hotspot", Set.of("image", "width", "height", "regions"),
            "key-features", Set.of("options", "maxSelections"),
            "script-concordance", Set.of("hypothesis", "finding", "demoPanel", "panel", "scale"));
    private static final Set<String> REGION_FIELDS = new LinkedHashSet<>(
            List.of("id", "name", "points", "correct", "harmful", "feedback"));
    /** Words that would tell a learner reading the region names which one is the key. */
    private static final Pattern KEY_WORDS = Pattern.compile("\\b(?:in)?correct\\b|\\bwrong\\b|\\bright\\s+answers?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CourseFiles files;
    private final Map<String, YamlDoc> yaml;
    private final Set<String> lessonIds;
    private final Set<String> competencyIds;
    private final String courseLanguage;
    private final List<Problem> problems;
    private final Map<String, String> seenIds = new java.util.HashMap<>();
    private final Map<String, Bank> banks = new java.util.HashMap<>();

    ItemBankParser(CourseFiles files, Map<String, YamlDoc> yaml, Set<String> lessonIds, Set<String> competencyIds,
                   String courseLanguage, List<Problem> problems) {
        this.files = files;
        this.yaml = yaml;
        this.lessonIds = lessonIds;
        this.competencyIds = competencyIds;
        this.courseLanguage = courseLanguage;
        this.problems = problems;
    }

    /** Every item in the module's bank files, in file and then document order; translations are read by {@link #translations}. */
    List<ItemDefinition> parseModule(String moduleId) {
        String folder = "modules/" + moduleId + "/items/";
        List<ItemDefinition> items = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (!path.startsWith(folder) || path.indexOf('/', folder.length()) >= 0) {
                continue;
            }
            if (!path.endsWith(".yaml")) {
                problems.add(new Problem(files.label(path), 0, "an item bank must be a .yaml file"));
                continue;
            }
            if (!isTranslation(path)) {
                Bank bank = readBank(path, moduleId);
                banks.put(path, bank);
                items.addAll(bank.items());
            }
        }
        return items;
    }

    /**
     * The translations of the module's banks ({@code items/bank.de.yaml} beside {@code items/bank.yaml}),
     * each read as a bank of its own and, when it and its original read without a problem, checked
     * to differ from the original in texts only. Call after {@link #parseModule} for the module.
     *
     * @return language tag → the translated items, in bank order
     */
    Map<String, List<ItemDefinition>> translations(String moduleId) {
        String folder = "modules/" + moduleId + "/items/";
        Map<String, List<ItemDefinition>> translated = new java.util.TreeMap<>();
        for (String path : files.files().keySet()) {
            if (!path.startsWith(folder) || path.indexOf('/', folder.length()) >= 0 || !path.endsWith(".yaml")
                    || !isTranslation(path)) {
                continue;
            }
            TranslationCheck.Name name = TranslationCheck.Name.of(path).orElseThrow();
            String original = name.originalPath();
            String language = name.language();
            Optional<String> refusal = TranslationCheck.refusal(language, courseLanguage, files.has(original), original);
            if (refusal.isPresent()) {
                problems.add(new Problem(files.label(path), 0, refusal.get()));
                continue;
            }
            Bank bank = new ItemBankParser(files, yaml, lessonIds, competencyIds, courseLanguage, problems)
                    .readBank(path, moduleId);
            Bank originalBank = banks.get(original);
            if (bank.clean() && originalBank != null && originalBank.clean()) {
                for (TranslationCheck.Difference d : TranslationCheck.bank(originalBank.items(), bank.items())) {
                    bank.fields().problem(d.pointer(), d.message());
                }
            }
            translated.computeIfAbsent(language, k -> new ArrayList<>()).addAll(bank.items());
        }
        return translated;
    }

    /**
     * Whether a bank file is a translation: its name has a dot before {@code .yaml}. A version
     * published before translations existed may hold a bank named so that no translation could have
     * ({@code bank.v2.yaml}: no language, or no original beside it); it stays an original bank there,
     * read as it was when it was published.
     */
    private boolean isTranslation(String path) {
        Optional<TranslationCheck.Name> name = TranslationCheck.Name.of(path);
        return name.isPresent() && !(files.published() && TranslationCheck.refusal(name.get().language(), courseLanguage,
                files.has(name.get().originalPath()), name.get().originalPath()).isPresent());
    }

    /** A bank file as read: its items, the fields that locate its lines, and whether it read without a problem. */
    private record Bank(List<ItemDefinition> items, Fields fields, boolean clean) {
    }

    private Bank readBank(String path, String moduleId) {
        String label = files.label(path);
        int before = problems.size();
        YamlDoc doc = yaml.get(path);
        Fields f = new Fields(doc, label, problems);
        JsonNode root = doc.root();
        List<ItemDefinition> items = new ArrayList<>();
        if (f.isObject(root, "", "an item bank")) {
            f.onlyKnown(root, "", Set.of("items"), Map.of());
            List<JsonNode> nodes = f.objects(root, "", "items", true);
            for (int i = 0; i < nodes.size(); i++) {
                item(f, label, moduleId, null, nodes.get(i), "/items/" + i).ifPresent(items::add);
            }
        }
        return new Bank(List.copyOf(items), f, problems.size() == before);
    }

    /**
     * One item. In a bank ({@code caseLesson} null) {@code lesson}, {@code tags} and {@code difficulty}
     * are required; in a case they default to the case's lesson, {@code [case]} and {@code medium}.
     */
    Optional<ItemDefinition> item(Fields f, String label, String moduleId, String caseLesson, JsonNode node, String p) {
        if (!f.isObject(node, p, "an item")) {
            return Optional.empty();
        }
        String id = f.identifier(node, p, "id");
        if (id != null) {
            String where = label + ":" + f.line(p);
            String earlier = seenIds.putIfAbsent(id, where);
            if (earlier != null) {
                f.problem(p + "/id", "item id '" + id + "' is already used at " + earlier + "; item ids must be unique in a course");
                id = null;
            }
        }
        String type = f.text(node, p, "type", true);
        if (type != null && !TYPES.contains(type)) {
            f.problem(p + "/type", "item type '" + type + "' is not one of " + String.join(", ", TYPES));
            type = null;
        }
        Set<String> known = new HashSet<>(COMMON);
        if (type != null) {
            known.addAll(TYPE_FIELDS.get(type));
        }
        f.onlyKnown(node, p, new LinkedHashSet<>(known.stream().sorted().toList()), Map.of());
        boolean inCase = caseLesson != null;
        String lesson = inCase && !node.has("lesson") ? caseLesson : f.text(node, p, "lesson", true);
        if (lesson != null && !lessonIds.contains(lesson)) {
            f.problem(p + "/lesson", "lesson '" + lesson + "' of item '" + id + "' does not exist in this course");
        }
        List<String> tags = inCase && !node.has("tags") ? List.of("case") : f.texts(node, p, "tags", true);
        String competency = f.text(node, p, "competency", false);
        if (competency != null && !competencyIds.contains(competency)) {
            f.problem(p + "/competency", "competency '" + competency + "' is not declared in course.yaml");
        }
        String difficulty = inCase && !node.has("difficulty") ? "medium" : f.text(node, p, "difficulty", true);
        if (difficulty != null && !DIFFICULTIES.contains(difficulty)) {
            f.problem(p + "/difficulty", "difficulty must be one of easy, medium, hard");
        }
        Integer points = node.has("points") ? f.integer(node, p, "points", false, 1, 100) : Integer.valueOf(1);
        boolean scriptConcordance = "script-concordance".equals(type);
        String stem = scriptConcordance && !node.has("stem") ? "" : f.text(node, p, "stem", true);
        String rationale = f.text(node, p, "rationale", true);
        int before = problems.size();
        if (id == null || type == null || lesson == null || tags.isEmpty() || stem == null || rationale == null
                || points == null) {
            return Optional.empty();
        }
        ItemDefinition.Common common = new ItemDefinition.Common(id, moduleId, lesson, List.copyOf(tags), competency,
                difficulty, f.flag(node, p, "critical"), points, stem, rationale, label, f.line(p));
        ItemDefinition item = switch (type) {
            case "single-choice", "multiple-response" -> choice(f, node, p, common, type.equals("multiple-response"));
            case "true-false" -> trueFalse(f, node, p, common);
            case "matching" -> matching(f, node, p, common);
            case "ordering" -> ordering(f, node, p, common);
            case "numeric" -> numeric(f, node, p, common);
            case "key-features" -> keyFeatures(f, node, p, common);
            case "script-concordance" -> scriptConcordance(f, node, p, common);
            default -> hotspot(f, node, p, common);
        };
        return problems.size() == before ? Optional.ofNullable(item) : Optional.empty();
    }

    private ItemDefinition choice(Fields f, JsonNode node, String p, ItemDefinition.Common common, boolean multiple) {
        List<ItemDefinition.Option> options = options(f, node, p, common);
        long correct = options.stream().filter(ItemDefinition.Option::correct).count();
        if (options.size() < 2) {
            f.problem(p + "/options", "item '" + common.id() + "' needs at least 2 options");
        } else if (!multiple && correct != 1) {
            f.problem(p + "/options", "the key does not match the options: a single-choice item needs exactly one correct "
                    + "option, item '" + common.id() + "' has " + correct);
        } else if (multiple && correct == 0) {
            f.problem(p + "/options", "the key does not match the options: item '" + common.id() + "' has no correct option");
        }
        return new ItemDefinition.Choice(common, multiple, List.copyOf(options));
    }

    private ItemDefinition keyFeatures(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        List<ItemDefinition.Option> options = options(f, node, p, common);
        Integer max = f.integer(node, p, "maxSelections", true, 1, 50);
        long correct = options.stream().filter(ItemDefinition.Option::correct).count();
        if (options.size() < 3) {
            f.problem(p + "/options", "key-features item '" + common.id() + "' needs at least 3 options");
        } else if (correct == 0) {
            f.problem(p + "/options", "the key does not match the options: item '" + common.id() + "' has no correct option");
        } else if (max != null && max < correct) {
            f.problem(p + "/maxSelections", "maxSelections " + max + " of item '" + common.id() + "' is smaller than its "
                    + correct + " correct options, so nobody could earn full credit");
        } else if (max != null && max >= options.size()) {
            f.problem(p + "/maxSelections", "maxSelections " + max + " of item '" + common.id() + "' allows choosing every "
                    + "option; use fewer than " + options.size());
        }
        return max == null ? null : new ItemDefinition.KeyFeatures(common, max, List.copyOf(options));
    }

    private ItemDefinition scriptConcordance(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        String hypothesis = f.text(node, p, "hypothesis", true);
        String finding = f.text(node, p, "finding", true);
        String scaleText = node.has("scale") ? f.text(node, p, "scale", true) : "likelihood";
        if (scaleText != null && !SCALES.contains(scaleText)) {
            f.problem(p + "/scale", "scale '" + scaleText + "' is not one of " + String.join(", ", SCALES));
        }
        if (node.has("panel")) {
            f.problem(p + "/panel", "'panel' is now 'demoPanel' (item '" + common.id() + "'): counts written in a course file "
                    + "are a demonstration and score only in the demo profile; the real key comes from the course's expert "
                    + "panel, collected in the app");
        }
        JsonNode panel = node.get("demoPanel");
        List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        if (panel != null && !panel.isNull()) {
            if (!panel.isArray() || panel.size() != 5
                    || !panel.valueStream().allMatch(n -> n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= 0)) {
                f.problem(p + "/demoPanel", "the demonstration panel of item '" + common.id() + "' must be five whole "
                        + "numbers, the invented experts who chose -2, -1, 0, +1 and +2");
            } else {
                counts.clear();
                panel.forEach(n -> counts.add(n.asInt()));
            }
        }
        return new ItemDefinition.ScriptConcordance(common, hypothesis, finding,
                "appropriateness".equals(scaleText) ? ItemDefinition.Scale.APPROPRIATENESS : ItemDefinition.Scale.LIKELIHOOD,
                List.copyOf(counts), panel != null && !panel.isNull());
    }

    private List<ItemDefinition.Option> options(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        List<ItemDefinition.Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = f.objects(node, p, "options", true);
        for (int i = 0; i < nodes.size(); i++) {
            String op = p + "/options/" + i;
            JsonNode o = nodes.get(i);
            if (!f.isObject(o, op, "option " + (i + 1))) {
                continue;
            }
            f.onlyKnown(o, op, Set.of("id", "text", "correct", "harmful", "feedback"), Map.of());
            String id = f.identifier(o, op, "id");
            String text = f.text(o, op, "text", true);
            boolean correct = f.flag(o, op, "correct");
            boolean harmful = f.flag(o, op, "harmful");
            if (correct && harmful) {
                f.problem(op, "option '" + id + "' cannot be both correct and harmful");
            }
            if (id != null && !ids.add(id)) {
                f.problem(op + "/id", "option id '" + id + "' is used twice in item '" + common.id() + "'");
            }
            options.add(new ItemDefinition.Option(id, text, correct, harmful, f.text(o, op, "feedback", false)));
        }
        return options;
    }

    private ItemDefinition trueFalse(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        JsonNode answer = node.get("answer");
        if (answer == null || !answer.isBoolean()) {
            f.problem(answer == null ? p : p + "/answer", "a true-false item needs 'answer: true' or 'answer: false'");
            return null;
        }
        return new ItemDefinition.TrueFalse(common, answer.booleanValue(), f.text(node, p, "feedbackTrue", false),
                f.text(node, p, "feedbackFalse", false));
    }

    private ItemDefinition matching(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        List<ItemDefinition.Pair> pairs = new ArrayList<>();
        List<JsonNode> nodes = f.objects(node, p, "pairs", true);
        for (int i = 0; i < nodes.size(); i++) {
            String pp = p + "/pairs/" + i;
            if (f.isObject(nodes.get(i), pp, "pair " + (i + 1))) {
                f.onlyKnown(nodes.get(i), pp, Set.of("left", "right"), Map.of());
                pairs.add(new ItemDefinition.Pair(f.text(nodes.get(i), pp, "left", true), f.text(nodes.get(i), pp, "right", true)));
            }
        }
        List<String> distractors = f.texts(node, p, "distractors", false);
        if (pairs.size() < 2) {
            f.problem(p + "/pairs", "a matching item needs at least 2 pairs");
        }
        List<String> rights = new ArrayList<>(pairs.stream().map(ItemDefinition.Pair::right).toList());
        rights.addAll(distractors);
        if (new HashSet<>(rights).size() != rights.size()) {
            f.problem(p + "/pairs", "right-hand items and distractors must all differ, or a match would be ambiguous");
        }
        List<String> lefts = pairs.stream().map(ItemDefinition.Pair::left).toList();
        if (new HashSet<>(lefts).size() != lefts.size()) {
            f.problem(p + "/pairs", "left-hand prompts must all differ: two identical prompts cannot have different matches");
        }
        return new ItemDefinition.Matching(common, List.copyOf(pairs), List.copyOf(distractors));
    }

    private ItemDefinition ordering(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        List<String> sequence = f.texts(node, p, "sequence", true);
        if (sequence.size() < 3) {
            f.problem(p + "/sequence", "an ordering item needs at least 3 steps");
        } else if (new HashSet<>(sequence).size() != sequence.size()) {
            f.problem(p + "/sequence", "the steps of an ordering item must all differ");
        }
        return new ItemDefinition.Ordering(common, List.copyOf(sequence));
    }

    private ItemDefinition numeric(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        BigDecimal answer = f.decimal(node, p, "answer", true);
        BigDecimal tolerance = f.decimal(node, p, "tolerance", true);
        String unit = f.text(node, p, "unit", true);
        if (tolerance != null && tolerance.signum() < 0) {
            f.problem(p + "/tolerance", "the tolerance cannot be negative");
        }
        return new ItemDefinition.Numeric(common, answer, tolerance, unit);
    }

    private ItemDefinition hotspot(Fields f, JsonNode node, String p, ItemDefinition.Common common) {
        String image = f.text(node, p, "image", true);
        Integer width = f.integer(node, p, "width", true, 1, 10_000);
        Integer height = f.integer(node, p, "height", true, 1, 10_000);
        if (image != null && !files.has(image)) {
            f.problem(p + "/image", "image '" + image + "' does not exist in the course folder");
        }
        List<ItemDefinition.Region> regions = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        List<JsonNode> nodes = f.objects(node, p, "regions", true);
        for (int i = 0; i < nodes.size(); i++) {
            String rp = p + "/regions/" + i;
            JsonNode r = nodes.get(i);
            if (!f.isObject(r, rp, "region " + (i + 1))) {
                continue;
            }
            f.onlyKnown(r, rp, REGION_FIELDS, Map.of());
            String id = f.identifier(r, rp, "id");
            // Named once all regions are read (see areasByPosition); null marks a region to name.
            String name = r.get("name") == null && files.published() ? null
                    : regionName(f, r, rp, id != null ? "region '" + id + "'" : "region " + (i + 1), common, names);
            List<ItemDefinition.Point> points = new ArrayList<>();
            JsonNode pts = r.get("points");
            if (pts == null || !pts.isArray() || pts.size() < 3) {
                f.problem(pts == null ? rp : rp + "/points", "region '" + id + "' needs at least 3 points [x, y]");
            } else {
                for (int k = 0; k < pts.size(); k++) {
                    JsonNode pt = pts.get(k);
                    if (!pt.isArray() || pt.size() != 2 || !pt.get(0).isNumber() || !pt.get(1).isNumber()) {
                        f.problem(rp + "/points/" + k, "a point is written [x, y] with two numbers");
                        continue;
                    }
                    double x = pt.get(0).asDouble();
                    double y = pt.get(1).asDouble();
                    if (width != null && height != null && (x < 0 || y < 0 || x > width || y > height)) {
                        f.problem(rp + "/points/" + k, "point [" + fmt(x) + ", " + fmt(y) + "] of region '" + id
                                + "' lies outside the " + width + " × " + height + " image");
                    }
                    points.add(new ItemDefinition.Point(x, y));
                }
            }
            boolean correct = f.flag(r, rp, "correct");
            boolean harmful = f.flag(r, rp, "harmful");
            regions.add(new ItemDefinition.Region(id, name, List.copyOf(points), correct, harmful,
                    f.text(r, rp, "feedback", false)));
        }
        if (!regions.isEmpty() && regions.stream().noneMatch(ItemDefinition.Region::correct)) {
            f.problem(p + "/regions", "the key does not match the regions: item '" + common.id() + "' has no correct region");
        } else if (!files.published() && !regions.isEmpty() && regions.stream().allMatch(ItemDefinition.Region::correct)) {
            f.problem(p + "/regions", "every area of item '" + common.id() + "' is an answer: add at least one area that "
                    + "is not, because learners who choose from the areas' names would otherwise see only right answers");
        }
        return width == null || height == null ? null
                : new ItemDefinition.Hotspot(common, image, width, height, areasByPosition(regions));
    }

    /**
     * Names the regions of a version published before names were required "Area 1", "Area 2"… in
     * reading order of their centres on the picture (top to bottom, then left to right), so the
     * numbering says nothing about which area is the answer.
     */
    private static List<ItemDefinition.Region> areasByPosition(List<ItemDefinition.Region> regions) {
        if (regions.stream().allMatch(r -> r.name() != null)) {
            return List.copyOf(regions);
        }
        List<ItemDefinition.Region> unnamed = regions.stream().filter(r -> r.name() == null)
                .sorted(java.util.Comparator.comparingDouble((ItemDefinition.Region r) -> r.centre().y())
                        .thenComparingDouble(r -> r.centre().x())).toList();
        return regions.stream().map(r -> r.name() != null ? r : new ItemDefinition.Region(r.id(),
                "Area " + (unnamed.indexOf(r) + 1), r.points(), r.correct(), r.harmful(), r.feedback())).toList();
    }

    /**
     * The region's name, which learners who do not click the picture choose from: required, unique
     * in the item whatever its case, and not giving the key away.
     */
    private static String regionName(Fields f, JsonNode r, String rp, String region, ItemDefinition.Common common,
                                     Map<String, String> names) {
        if (r.get("name") == null || r.get("name").isNull()) {
            f.problem(rp + "/name", region + " needs a name: what the area is as learners see it on the picture, "
                    + "such as 'Needle 2, onto the middle rib'; learners who do not click the picture choose from the names");
            return null;
        }
        String name = f.text(r, rp, "name", true);
        if (name == null) {
            return null;
        }
        Matcher key = KEY_WORDS.matcher(name);
        if (key.find()) {
            f.problem(rp + "/name", "the name of " + region + " says '" + key.group() + "': learners read the names "
                    + "before answering, so a name says what the area is on the picture, never whether it is the answer");
        }
        String earlier = names.putIfAbsent(name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), region);
        if (earlier != null) {
            f.problem(rp + "/name", region + " has the same name as " + earlier + " in item '" + common.id() + "' ('"
                    + name + "'); learners choosing from the names could not tell them apart");
        }
        return name;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
