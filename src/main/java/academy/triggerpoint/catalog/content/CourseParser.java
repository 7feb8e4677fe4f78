package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates one course folder. Every problem is collected, so an author sees all of them
 * at once; the course is returned only when there are none, so nothing is ever half-loaded.
 */
public final class CourseParser {

    public static final String MANIFEST = "course.yaml";
    public static final int MAX_SUMMARY = 400;
    public static final int MAX_ASSET_BYTES = 1024 * 1024;
    public static final List<String> DELIVERY_MODES = DeliveryMode.IDS;
    static final Set<String> IMAGE_TYPES = Set.of("svg", "png", "jpg", "jpeg", "webp");

    private static final Set<String> COURSE_FIELDS = new LinkedHashSet<>(List.of("id", "title", "version", "language",
            "summary", "objectives", "ceContactHours", "ceRule", "assessmentMinutes", "provider", "presenters",
            "deliveryMode", "validityMonths", "renews", "requires", "competencies", "bodyRegions", "modules", "grading"));
    private static final Set<String> MODULE_FIELDS = new LinkedHashSet<>(List.of("title", "summary", "objectives",
            "lessons", "keyPoints", "readingList", "quiz"));

    private static final Set<String> LESSON_FIELDS = new LinkedHashSet<>(List.of("title", "minutes"));

    /** The outcome: a course when {@code problems} is empty, otherwise every problem found. */
    public record Result(Optional<CourseDefinition> course, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CourseParser() {
    }

    /**
     * Reads and validates a course. Whatever the files hold, this returns problems rather than
     * throwing: a defect the checks below did not foresee becomes one problem naming the course,
     * so one bad course never stops the others from loading.
     */
    public static Result parse(CourseFiles files) {
        try {
            return parseChecked(files);
        } catch (RuntimeException | StackOverflowError unforeseen) {
            return new Result(Optional.empty(), List.of(unforeseen(files.label(MANIFEST), unforeseen)));
        }
    }

    /** The problem that stands for a failure nobody foresaw while checking or loading a course. */
    public static Problem unforeseen(String manifestLabel, Throwable failure) {
        return new Problem(manifestLabel, 0, "this course could not be checked: the checker met something it does "
                + "not handle (" + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage()) + "); the course is not loaded. Please report this with the course's files.");
    }

    private static Result parseChecked(CourseFiles files) {
        Map<String, YamlDoc> yaml = new HashMap<>();
        List<Problem> unreadable = unreadable(files, yaml);
        if (!unreadable.isEmpty()) {
            return new Result(Optional.empty(), unreadable);
        }
        List<Problem> problems = new ArrayList<>();
        String manifestLabel = files.label(MANIFEST);
        Optional<YamlDoc> doc = Optional.ofNullable(yaml.get(MANIFEST));
        if (doc.isEmpty()) {
            problems.add(new Problem(manifestLabel, 0, "the course folder has no " + MANIFEST));
            return new Result(Optional.empty(), problems);
        }
        Fields f = new Fields(doc.get(), manifestLabel, problems);
        JsonNode root = doc.get().root();
        if (!f.isObject(root, "", "course.yaml")) {
            return new Result(Optional.empty(), problems);
        }
        f.onlyKnown(root, "", COURSE_FIELDS, Map.of());

        String id = f.identifier(root, "", "id");
        if (id != null && !id.equals(files.folderName())) {
            f.problem("/id", "course id '" + id + "' must equal its folder name '" + files.folderName() + "'");
        }
        String title = f.text(root, "", "title", true);
        String version = f.text(root, "", "version", true);
        String language = language(f, root);
        String summary = f.text(root, "", "summary", true);
        if (summary != null && summary.length() > MAX_SUMMARY) {
            f.problem("/summary", "the summary has " + summary.length() + " characters; use at most " + MAX_SUMMARY);
        }
        List<String> objectives = f.texts(root, "", "objectives", true);
        BigDecimal hours = f.decimal(root, "", "ceContactHours", true);
        if (hours != null && (hours.signum() <= 0 || hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0)) {
            f.problem("/ceContactHours", "ceContactHours must be a positive multiple of 0.25, not " + hours.toPlainString());
            hours = null;
        }
        String ceRule = f.text(root, "", "ceRule", true);
        Integer assessmentMinutes = f.integer(root, "", "assessmentMinutes", false, 0, 6000);
        CourseDefinition.Provider provider = provider(f, root);
        List<CourseDefinition.Presenter> presenters = presenters(f, root);
        String deliveryMode = f.text(root, "", "deliveryMode", true);
        if (deliveryMode != null && !DELIVERY_MODES.contains(deliveryMode)) {
            f.problem("/deliveryMode", "deliveryMode '" + deliveryMode + "' is not one of " + String.join(", ", DELIVERY_MODES));
        }
        Integer validity = f.integer(root, "", "validityMonths", false, 1, 120);
        List<String> renews = f.texts(root, "", "renews", false);
        if (id != null && renews.contains(id)) {
            f.problem("/renews", "a course cannot renew itself");
        }
        List<String> requires = f.texts(root, "", "requires", false);
        if (id != null && requires.contains(id)) {
            f.problem("/requires", "a course cannot require itself");
        }
        // A refresher teaches only what is renewed: on its own it must never make anyone cleared to needle.
        for (String renewed : renews) {
            if (!requires.contains(renewed)) {
                f.problem("/renews", "a refresher must require the course it renews: add '" + renewed
                        + "' under 'requires', so only people who completed it can take the refresher");
            }
        }
        List<CourseDefinition.Competency> competencies = competencies(f, root);
        List<CourseDefinition.BodyRegion> bodyRegions = bodyRegions(f, root);
        Set<String> competencyIds = new HashSet<>();
        competencies.forEach(c -> competencyIds.add(c.id()));

        List<ParsedModule> parsedModules = new ArrayList<>();
        Set<String> seenModules = new HashSet<>();
        Map<String, String> lessonOwners = new HashMap<>();
        Map<String, ParsedLesson> parsedLessons = new HashMap<>();
        List<JsonNode> moduleNodes = f.objects(root, "", "modules", true);
        for (int i = 0; i < moduleNodes.size(); i++) {
            String pointer = "/modules/" + i;
            JsonNode node = moduleNodes.get(i);
            if (!f.isObject(node, pointer, "module " + (i + 1))) {
                continue;
            }
            f.onlyKnown(node, pointer, Set.of("id", "prerequisites", "competencies"), Map.of());
            String moduleId = f.identifier(node, pointer, "id");
            List<String> prerequisites = f.texts(node, pointer, "prerequisites", false);
            List<String> moduleCompetencies = f.texts(node, pointer, "competencies", false);
            if (moduleId == null) {
                continue;
            }
            if (!seenModules.add(moduleId)) {
                f.problem(pointer + "/id", "module '" + moduleId + "' is listed twice");
                continue;
            }
            for (String prerequisite : prerequisites) {
                boolean exists = moduleNodes.stream().anyMatch(m -> m.isObject() && prerequisite.equals(m.path("id").asString()));
                if (!exists) {
                    f.problem(pointer + "/prerequisites", "prerequisite '" + prerequisite + "' of module '" + moduleId + "' does not exist");
                } else if (!seenModules.contains(prerequisite) || prerequisite.equals(moduleId)) {
                    f.problem(pointer + "/prerequisites", "prerequisite '" + prerequisite + "' of module '" + moduleId
                            + "' must come before it in the module list");
                }
            }
            for (String competency : moduleCompetencies) {
                if (!competencyIds.contains(competency)) {
                    f.problem(pointer + "/competencies", "competency '" + competency + "' of module '" + moduleId
                            + "' is not declared under 'competencies'");
                }
            }
            module(files, yaml, moduleId, prerequisites, moduleCompetencies, lessonOwners, parsedLessons, problems,
                    f.line(pointer + "/id")).ifPresent(parsedModules::add);
        }
        checkUnlistedModules(files, seenModules, problems);

        Set<String> lessonIds = lessonOwners.keySet();
        ItemBankParser banks = new ItemBankParser(files, yaml, lessonIds, competencyIds, language, problems);
        List<ItemDefinition> items = new ArrayList<>();
        Map<String, List<ItemDefinition>> translatedItems = new TreeMap<>();
        for (ParsedModule module : parsedModules) {
            items.addAll(banks.parseModule(module.definition().id()));
            banks.translations(module.definition().id()).forEach((tag, translated) ->
                    translatedItems.computeIfAbsent(tag, k -> new ArrayList<>()).addAll(translated));
        }
        Map<String, Map<String, LessonDefinition>> translatedLessons = lessonTranslations(files, parsedModules,
                lessonOwners, parsedLessons, language, problems);
        checkItemFolders(files, seenModules, problems);
        List<ModuleDefinition> modules = new ArrayList<>();
        for (ParsedModule module : parsedModules) {
            QuizDefinition quiz = module.quiz() == null ? null
                    : QuizRules.quiz(module.fields(), module.quiz(), module.definition().id(), items,
                    safetyCriticalOf(competencies, module.definition().competencies()));
            ModuleDefinition d = module.definition();
            modules.add(new ModuleDefinition(d.id(), d.title(), d.summary(), d.objectives(), d.prerequisites(),
                    d.competencies(), d.keyPoints(), d.readingList(), d.lessons(), quiz));
        }
        List<CaseDefinition> cases = new CaseParser(files, yaml, banks, modules, lessonIds, competencyIds, problems).parseAll();
        Set<String> quizOrCaseCompetencies = new HashSet<>();
        modules.stream().filter(m -> m.quiz() != null).forEach(m -> quizOrCaseCompetencies.addAll(m.competencies()));
        cases.stream().filter(c -> c.competency() != null).forEach(c -> quizOrCaseCompetencies.add(c.competency()));
        List<PracticalDefinition> practicals = PracticalParser.parseAll(files, yaml, competencyIds, quizOrCaseCompetencies, problems);
        GradingPolicy grading = root.has("grading")
                ? QuizRules.grading(f, root.get("grading"), seenModules, modules, CaseParser.caseIds(files)) : null;
        checkSvgFiles(files, problems);
        checkNotContent(files, problems);

        int minutes = modules.stream().flatMap(m -> m.lessons().stream()).mapToInt(LessonDefinition::minutes).sum()
                + (assessmentMinutes == null ? 0 : assessmentMinutes);
        BigDecimal allowed = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(15), 0, RoundingMode.FLOOR)
                .multiply(BigDecimal.valueOf(0.25));
        if (hours != null && problems.isEmpty() && hours.compareTo(allowed) > 0) {
            f.problem("/ceContactHours", "ceContactHours " + hours.toPlainString() + " is more than the estimated "
                    + minutes + " minutes of study and assessment allow (" + allowed.stripTrailingZeros().toPlainString() + ")");
        }

        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(problems));
        }
        return new Result(Optional.of(new CourseDefinition(id, title, version, language, summary, List.copyOf(objectives),
                hours, ceRule, assessmentMinutes == null ? 0 : assessmentMinutes, provider, presenters, deliveryMode, validity,
                List.copyOf(renews), List.copyOf(requires), competencies, List.copyOf(modules), List.copyOf(items), cases,
                practicals, bodyRegions, grading, new CourseTranslations(translatedLessons, translatedItems),
                files.contentHash())),
                List.of());
    }

    /**
     * What stops the files from being read at all: refused files and folders, text that is not
     * UTF-8, YAML that does not parse. These are reported alone, because every check after them
     * would report the same mistake again as a missing module, item or case. Every YAML file is
     * parsed here, once, into {@code yaml} by path; the checks after read it from there.
     */
    private static List<Problem> unreadable(CourseFiles files, Map<String, YamlDoc> yaml) {
        List<Problem> problems = new ArrayList<>();
        files.refused().forEach((path, reason) -> problems.add(new Problem(files.label(path), 0,
                (path.isEmpty() ? "the course folder " : "this ") + reason)));
        for (String path : files.files().keySet()) {
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                files.utf8(path, problems).flatMap(text -> YamlDoc.parse(text, files.label(path), 0, problems))
                        .ifPresent(doc -> yaml.put(path, doc));
            }
        }
        return List.copyOf(problems);
    }

    /** The course's language: {@code en} when course.yaml does not say; a tag that is none is a problem at its line. */
    private static String language(Fields f, JsonNode root) {
        if (!root.has("language")) {
            return ContentLanguage.DEFAULT;
        }
        String tag = f.text(root, "", "language", true);
        if (tag == null) {
            return ContentLanguage.DEFAULT;
        }
        Optional<String> refusal = ContentLanguage.refusal(tag);
        refusal.ifPresent(reason -> f.problem("/language", "'language': " + reason));
        return refusal.isPresent() ? ContentLanguage.DEFAULT : tag;
    }

    /**
     * The translations beside the lessons of the modules read ({@code taut-bands.de.md} beside
     * {@code taut-bands.md}): each is read as a lesson and, where it and its original read, checked
     * to keep the original's front matter (but the title), headings and images.
     *
     * @return lesson id → language tag → the translated lesson
     */
    private static Map<String, Map<String, LessonDefinition>> lessonTranslations(CourseFiles files,
            List<ParsedModule> modules, Map<String, String> lessonOwners, Map<String, ParsedLesson> originals,
            String courseLanguage, List<Problem> problems) {
        Map<String, Map<String, LessonDefinition>> translations = new TreeMap<>();
        for (ParsedModule module : modules) {
            String moduleId = module.definition().id();
            String folder = "modules/" + moduleId + "/";
            for (String path : files.files().keySet()) {
                if (!path.startsWith(folder) || !path.endsWith(".md") || path.indexOf('/', folder.length()) >= 0) {
                    continue;
                }
                Optional<TranslationCheck.Name> name = TranslationCheck.Name.of(path);
                if (name.isEmpty()) {
                    continue;
                }
                String language = name.get().language();
                String originalPath = name.get().originalPath();
                String lessonId = originalPath.substring(folder.length(), originalPath.length() - 3);
                Optional<String> refusal = TranslationCheck.refusal(language, courseLanguage, files.has(originalPath),
                        originalPath);
                if (refusal.isPresent()) {
                    problems.add(new Problem(files.label(path), 0, refusal.get()));
                    continue;
                }
                if (!moduleId.equals(lessonOwners.get(lessonId))) {
                    continue; // the original is reported as not listed under 'lessons'; one mistake, one problem
                }
                Optional<ParsedLesson> translation = lesson(files, moduleId, lessonId, path, problems);
                if (translation.isEmpty()) {
                    continue;
                }
                ParsedLesson original = originals.get(lessonId);
                if (original != null) {
                    TranslationCheck.frontMatter(original.frontMatter(), translation.get().frontMatter())
                            .ifPresent(d -> translation.get().fields().problem(d.pointer(), d.message()));
                    TranslationCheck.lessonBody(original.definition(), translation.get().definition()).forEach(d ->
                            problems.add(new Problem(files.label(path), d.line(), d.message())));
                }
                translations.computeIfAbsent(lessonId, k -> new TreeMap<>()).put(language, translation.get().definition());
            }
        }
        return translations;
    }

    /** The safety-critical competencies among a module's, in its order. */
    private static List<String> safetyCriticalOf(List<CourseDefinition.Competency> declared, List<String> module) {
        Set<String> critical = new HashSet<>();
        declared.stream().filter(CourseDefinition.Competency::safetyCritical).forEach(c -> critical.add(c.id()));
        return module.stream().filter(critical::contains).toList();
    }

    private static CourseDefinition.Provider provider(Fields f, JsonNode root) {
        JsonNode node = root.get("provider");
        if (node == null) {
            f.problem("/provider", "required field 'provider' is missing");
            return null;
        }
        if (!f.isObject(node, "/provider", "provider")) {
            return null;
        }
        f.onlyKnown(node, "/provider", Set.of("name", "approvals"), Map.of());
        String name = f.text(node, "/provider", "name", true);
        List<CourseDefinition.Approval> approvals = new ArrayList<>();
        List<JsonNode> approvalNodes = f.objects(node, "/provider", "approvals", false);
        for (int i = 0; i < approvalNodes.size(); i++) {
            String pointer = "/provider/approvals/" + i;
            if (f.isObject(approvalNodes.get(i), pointer, "approval " + (i + 1))) {
                f.onlyKnown(approvalNodes.get(i), pointer, Set.of("body", "number"), Map.of());
                approvals.add(new CourseDefinition.Approval(f.text(approvalNodes.get(i), pointer, "body", true),
                        f.text(approvalNodes.get(i), pointer, "number", true)));
            }
        }
        return new CourseDefinition.Provider(name, List.copyOf(approvals));
    }

    private static List<CourseDefinition.Presenter> presenters(Fields f, JsonNode root) {
        List<CourseDefinition.Presenter> presenters = new ArrayList<>();
        List<JsonNode> nodes = f.objects(root, "", "presenters", true);
        for (int i = 0; i < nodes.size(); i++) {
            String pointer = "/presenters/" + i;
            if (f.isObject(nodes.get(i), pointer, "presenter " + (i + 1))) {
                f.onlyKnown(nodes.get(i), pointer, Set.of("name", "credentials"), Map.of());
                presenters.add(new CourseDefinition.Presenter(f.text(nodes.get(i), pointer, "name", true),
                        f.text(nodes.get(i), pointer, "credentials", false)));
            }
        }
        return List.copyOf(presenters);
    }

    /** Body regions the course adds to the practical log's controlled list (for example the jaw). */
    private static List<CourseDefinition.BodyRegion> bodyRegions(Fields f, JsonNode root) {
        List<CourseDefinition.BodyRegion> regions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> nodes = f.objects(root, "", "bodyRegions", false);
        for (int i = 0; i < nodes.size(); i++) {
            String pointer = "/bodyRegions/" + i;
            JsonNode node = nodes.get(i);
            if (!f.isObject(node, pointer, "body region " + (i + 1))) {
                continue;
            }
            f.onlyKnown(node, pointer, Set.of("id", "label"), Map.of());
            String id = f.identifier(node, pointer, "id");
            String label = f.text(node, pointer, "label", true);
            if (label != null && label.length() > 60) {
                f.problem(pointer + "/label", "a body region's label has at most 60 characters");
            } else if (id != null && !seen.add(id)) {
                f.problem(pointer + "/id", "body region '" + id + "' is listed twice");
            } else if (id != null && label != null) {
                regions.add(new CourseDefinition.BodyRegion(id, label));
            }
        }
        return List.copyOf(regions);
    }

    private static List<CourseDefinition.Competency> competencies(Fields f, JsonNode root) {
        List<CourseDefinition.Competency> competencies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> nodes = f.objects(root, "", "competencies", false);
        for (int i = 0; i < nodes.size(); i++) {
            String pointer = "/competencies/" + i;
            JsonNode node = nodes.get(i);
            if (!f.isObject(node, pointer, "competency " + (i + 1))) {
                continue;
            }
            f.onlyKnown(node, pointer, Set.of("id", "title", "safetyCritical"), Map.of());
            String id = f.identifier(node, pointer, "id");
            String title = f.text(node, pointer, "title", true);
            boolean safety = f.flag(node, pointer, "safetyCritical");
            if (id != null && !seen.add(id)) {
                f.problem(pointer + "/id", "competency '" + id + "' is declared twice");
            } else if (id != null) {
                competencies.add(new CourseDefinition.Competency(id, title, safety));
            }
        }
        return List.copyOf(competencies);
    }

    /** A module read from its module.yaml; its quiz is read once every item bank is known. */
    private record ParsedModule(ModuleDefinition definition, Fields fields, JsonNode quiz) {
    }

    private static Optional<ParsedModule> module(CourseFiles files, Map<String, YamlDoc> yaml, String moduleId,
                                                 List<String> prerequisites,
                                                     List<String> competencies, Map<String, String> lessonOwners,
                                                     Map<String, ParsedLesson> parsedLessons,
                                                     List<Problem> problems, int listedAtLine) {
        String folder = "modules/" + moduleId + "/";
        String path = folder + "module.yaml";
        String label = files.label(path);
        Optional<YamlDoc> doc = Optional.ofNullable(yaml.get(path));
        if (doc.isEmpty()) {
            problems.add(new Problem(files.label(MANIFEST), listedAtLine, "module '" + moduleId + "' has no " + path));
            return Optional.empty();
        }
        Fields f = new Fields(doc.get(), label, problems);
        JsonNode root = doc.get().root();
        if (!f.isObject(root, "", "module.yaml")) {
            return Optional.empty();
        }
        f.onlyKnown(root, "", MODULE_FIELDS, Map.of());
        String title = f.text(root, "", "title", true);
        String summary = f.text(root, "", "summary", true);
        List<String> objectives = f.texts(root, "", "objectives", true);
        List<String> keyPoints = f.texts(root, "", "keyPoints", false);
        List<String> readingList = f.texts(root, "", "readingList", false);
        List<String> lessonIds = f.texts(root, "", "lessons", true);
        List<LessonDefinition> lessons = new ArrayList<>();
        for (int i = 0; i < lessonIds.size(); i++) {
            String lessonId = lessonIds.get(i);
            String pointer = "/lessons/" + i;
            if (!Fields.IDENTIFIER.matcher(lessonId).matches()) {
                f.problem(pointer, "'" + lessonId + "' is not a valid lesson id: use lower-case letters, digits and single hyphens");
                continue;
            }
            String owner = lessonOwners.putIfAbsent(lessonId, moduleId);
            if (owner != null) {
                f.problem(pointer, "lesson id '" + lessonId + "' is already used in module '" + owner
                        + "'; lesson ids must be unique in a course");
                continue;
            }
            String lessonPath = folder + lessonId + ".md";
            if (!files.has(lessonPath)) {
                f.problem(pointer, "lesson '" + lessonId + "' has no file " + lessonPath);
                continue;
            }
            lesson(files, moduleId, lessonId, lessonPath, problems).ifPresent(parsed -> {
                lessons.add(parsed.definition());
                parsedLessons.put(lessonId, parsed);
            });
        }
        for (String file : files.files().keySet()) {
            if (file.startsWith(folder) && file.endsWith(".md") && file.indexOf('/', folder.length()) < 0
                    && TranslationCheck.Name.of(file).isEmpty()) {
                String stem = file.substring(folder.length(), file.length() - 3);
                if (!lessonIds.contains(stem)) {
                    f.problem("/lessons", "lesson file " + file + " is not listed under 'lessons'");
                }
            }
        }
        return Optional.of(new ParsedModule(new ModuleDefinition(moduleId, title, summary, List.copyOf(objectives),
                List.copyOf(prerequisites), List.copyOf(competencies), List.copyOf(keyPoints), List.copyOf(readingList),
                List.copyOf(lessons), null), f, root.get("quiz")));
    }

    /** A lesson as read, with its front matter and the fields that locate its lines. */
    private record ParsedLesson(LessonDefinition definition, JsonNode frontMatter, Fields fields) {
    }

    private static Optional<ParsedLesson> lesson(CourseFiles files, String moduleId, String lessonId, String path,
                                                 List<Problem> problems) {
        String label = files.label(path);
        Optional<String> read = files.utf8(path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get().replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            problems.add(new Problem(label, 1, "a lesson starts with front matter: a line '---', then title and minutes, then '---'"));
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(new Problem(label, 1, "the front matter is not closed by a line '---'"));
            return Optional.empty();
        }
        String frontMatter = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 4);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyLineOffset = (int) text.substring(0, bodyStart < 0 ? text.length() : bodyStart + 1).chars().filter(c -> c == '\n').count();
        Optional<YamlDoc> doc = YamlDoc.parse(frontMatter, label, 1, problems);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(doc.get(), label, problems);
        JsonNode root = doc.get().root();
        if (!f.isObject(root, "", "the front matter")) {
            return Optional.empty();
        }
        f.onlyKnown(root, "", LESSON_FIELDS, Map.of());
        String title = f.text(root, "", "title", true);
        Integer minutes = f.integer(root, "", "minutes", true, 1, 60);
        if (body.isBlank()) {
            problems.add(new Problem(label, bodyLineOffset + 1, "the lesson has no content after its front matter"));
        }
        checkMarkdown(files, path, label, body, bodyLineOffset, problems);
        if (title == null || minutes == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedLesson(new LessonDefinition(lessonId, moduleId, title, minutes, body, path,
                bodyLineOffset), root, f));
    }

    /**
     * Markdown that learners will read (a lesson, a case's text): its images must exist and be
     * described, and nothing in it may be silently removed on the way to the learner.
     */
    static void checkMarkdown(CourseFiles files, String path, String label, String markdown, int lineOffset,
                              List<Problem> problems) {
        for (LessonRenderer.ImageRef image : LessonRenderer.images(markdown, lineOffset)) {
            checkImage(files, path, label, image, problems);
        }
        for (LessonRenderer.Removed removed : LessonRenderer.removedOnRender(markdown, lineOffset)) {
            problems.add(new Problem(label, removed.line(), removed.message(), "", removed.column()));
        }
    }

    private static void checkImage(CourseFiles files, String lessonPath, String label, LessonRenderer.ImageRef image,
                                   List<Problem> problems) {
        String destination = image.destination();
        if (image.alt().isBlank()) {
            problems.add(new Problem(label, image.line(), "image '" + destination + "' needs alt text: ![what it shows](" + destination + ")"));
        }
        Optional<String> target = LessonRenderer.resolve(lessonPath, destination);
        if (target.isEmpty()) {
            problems.add(new Problem(label, image.line(), "image '" + destination
                    + "' must be a relative path to a file inside the course folder"));
            return;
        }
        String extension = target.get().substring(target.get().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!IMAGE_TYPES.contains(extension)) {
            problems.add(new Problem(label, image.line(), "image '" + destination + "' is not a supported type ("
                    + String.join(", ", IMAGE_TYPES) + ")"));
        } else if (!files.has(target.get())) {
            problems.add(new Problem(label, image.line(), "image '" + destination + "' does not exist (looked for "
                    + files.label(target.get()) + ")"));
        } else if (files.bytes(target.get()).orElseThrow().length > MAX_ASSET_BYTES) {
            problems.add(new Problem(label, image.line(), "image '" + destination + "' is larger than 1 MiB"));
        }
    }

    private static void checkUnlistedModules(CourseFiles files, Set<String> listed, List<Problem> problems) {
        Set<String> folders = new LinkedHashSet<>();
        for (String path : files.files().keySet()) {
            if (path.startsWith("modules/") && path.indexOf('/', 8) > 0) {
                folders.add(path.substring(8, path.indexOf('/', 8)));
            }
        }
        for (String folder : folders) {
            if (!listed.contains(folder) && files.has("modules/" + folder + "/module.yaml")) {
                problems.add(new Problem(files.label(MANIFEST), 0, "module folder modules/" + folder
                        + " is not listed under 'modules'"));
            }
        }
    }

    private static void checkItemFolders(CourseFiles files, Set<String> modules, List<Problem> problems) {
        for (String path : files.files().keySet()) {
            int items = path.indexOf("/items/");
            if (path.startsWith("modules/") && items > 0 && !modules.contains(path.substring(8, items))) {
                problems.add(new Problem(files.label(path), 0, "this item bank belongs to no module listed in course.yaml"));
            }
        }
    }

    /** Files the course's own ZIP could not carry back in (scripts, HTML pages, programs): refused here too. */
    private static void checkNotContent(CourseFiles files, List<Problem> problems) {
        files.files().forEach((path, bytes) -> CourseArchive.contentRefusal(path, bytes)
                .ifPresent(reason -> problems.add(new Problem(files.label(path), 0, "this " + reason))));
    }

    private static void checkSvgFiles(CourseFiles files, List<Problem> problems) {
        files.files().forEach((path, bytes) -> {
            if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                files.utf8(path, problems).ifPresent(svg -> SvgCheck.check(svg, files.label(path), problems));
            }
        });
    }
}
