package academy.triggerpoint.catalog.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the case scenarios of a course ({@code cases/<case-id>.yaml}): fields, inline
 * items, decisions, and the shape of the stage graph (every branch leads somewhere, every stage is
 * reached, nothing loops, and some path ends safely).
 */
final class CaseParser {

    static final String FOLDER = "cases/";
    private static final Set<String> CASE_FIELDS = new LinkedHashSet<>(List.of("id", "module", "title", "summary",
            "lesson", "competency", "passMark", "attempts", "cooldownMinutes", "timeLimitMinutes", "vignette", "start",
            "stages"));
    private static final Set<String> STAGE_FIELDS = new LinkedHashSet<>(List.of("id", "phase", "title", "text", "items",
            "decision", "next", "end"));
    private static final Set<String> CHOICE_FIELDS = new LinkedHashSet<>(List.of("id", "text", "best", "credit",
            "rationale", "next", "end", "explanation", "lesson"));

    private final CourseFiles files;
    private final Map<String, YamlDoc> yaml;
    private final ItemBankParser items;
    private final Map<String, ModuleDefinition> modules;
    private final Set<String> lessonIds;
    private final Set<String> competencyIds;
    private final List<Problem> problems;

    CaseParser(CourseFiles files, Map<String, YamlDoc> yaml, ItemBankParser items, List<ModuleDefinition> modules, Set<String> lessonIds,
               Set<String> competencyIds, List<Problem> problems) {
        this.files = files;
        this.yaml = yaml;
        this.items = items;
        this.modules = new LinkedHashMap<>();
        modules.forEach(m -> this.modules.put(m.id(), m));
        this.lessonIds = lessonIds;
        this.competencyIds = competencyIds;
        this.problems = problems;
    }

    /**
     * Problem text when a lesson a case links to lives in a module that may still be locked while
     * the case is open (neither the case's module nor one it requires); null when the link is fine.
     */
    private String lockedLesson(String lessonId, String caseModule, String what) {
        if (lessonId == null || caseModule == null || !modules.containsKey(caseModule) || !lessonIds.contains(lessonId)) {
            return null;
        }
        Set<String> open = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(caseModule));
        while (!toVisit.isEmpty()) {
            String module = toVisit.poll();
            if (open.add(module) && modules.containsKey(module)) {
                toVisit.addAll(modules.get(module).prerequisites());
            }
        }
        String owner = modules.values().stream().filter(m -> m.lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
                .map(ModuleDefinition::id).findFirst().orElse(null);
        return owner == null || open.contains(owner) ? null : "lesson '" + lessonId + "' of " + what + " is in module '"
                + owner + "', which may still be locked while the case is open; link a lesson of module '" + caseModule
                + "' or of a module it requires";
    }

    /** The ids of the case files a course holds ({@code cases/<id>.yaml}), whether or not they are valid. */
    static Set<String> caseIds(CourseFiles files) {
        Set<String> ids = new TreeSet<>();
        for (String path : files.files().keySet()) {
            String name = path.startsWith(FOLDER) ? path.substring(FOLDER.length()) : "";
            if (!name.contains("/") && name.endsWith(".yaml")) {
                ids.add(name.substring(0, name.length() - ".yaml".length()));
            }
        }
        return ids;
    }

    /** Every case file of the course, in file-name order. */
    List<CaseDefinition> parseAll() {
        List<CaseDefinition> cases = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (!path.startsWith(FOLDER)) {
                continue;
            }
            String name = path.substring(FOLDER.length());
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (name.contains("/") ? !CourseParser.IMAGE_TYPES.contains(extension) : !name.endsWith(".yaml")) {
                problems.add(new Problem(files.label(path), 0, "the cases folder holds case files (<case-id>.yaml) "
                        + "and images; this file is neither"));
            } else if (!name.contains("/")) {
                parse(path, name.substring(0, name.length() - ".yaml".length())).ifPresent(cases::add);
            }
        }
        return List.copyOf(cases);
    }

    private Optional<CaseDefinition> parse(String path, String fileId) {
        String label = files.label(path);
        int before = problems.size();
        YamlDoc doc = yaml.get(path);
        Fields f = new Fields(doc, label, problems);
        JsonNode root = doc.root();
        if (!f.isObject(root, "", "a case")) {
            return Optional.empty();
        }
        f.onlyKnown(root, "", CASE_FIELDS, Map.of());
        String id = f.identifier(root, "", "id");
        if (id != null && !id.equals(fileId)) {
            f.problem("/id", "case id '" + id + "' must equal its file name '" + fileId + "'");
        }
        String moduleId = f.text(root, "", "module", true);
        if (moduleId != null && !modules.containsKey(moduleId)) {
            f.problem("/module", "module '" + moduleId + "' of case '" + id + "' is not a module of this course");
        }
        String title = f.text(root, "", "title", true);
        String summary = f.text(root, "", "summary", true);
        String lesson = f.text(root, "", "lesson", true);
        if (lesson != null && !lessonIds.contains(lesson)) {
            f.problem("/lesson", "lesson '" + lesson + "' of case '" + id + "' does not exist in this course");
        }
        Optional.ofNullable(lockedLesson(lesson, moduleId, "case '" + id + "'")).ifPresent(m -> f.problem("/lesson", m));
        String competency = f.text(root, "", "competency", false);
        if (competency != null && !competencyIds.contains(competency)) {
            f.problem("/competency", "competency '" + competency + "' is not declared in course.yaml");
        }
        Integer passMark = f.integer(root, "", "passMark", true, 1, 100);
        Integer attempts = root.has("attempts") ? f.integer(root, "", "attempts", false, 0, 100) : Integer.valueOf(0);
        Integer cooldown = root.has("cooldownMinutes") ? f.integer(root, "", "cooldownMinutes", false, 0, 100_000) : Integer.valueOf(0);
        Integer timeLimit = f.integer(root, "", "timeLimitMinutes", false, 1, 600);
        String vignette = f.text(root, "", "vignette", true);
        checkMarkdown(path, label, vignette, f.line("/vignette"));

        List<ParsedStage> stages = new ArrayList<>();
        Set<String> answerIds = new HashSet<>();
        List<JsonNode> stageNodes = f.objects(root, "", "stages", true);
        for (int i = 0; i < stageNodes.size(); i++) {
            stage(f, path, label, moduleId, lesson, competency, stageNodes.get(i), "/stages/" + i, answerIds)
                    .ifPresent(stages::add);
        }
        String start = root.has("start") ? f.text(root, "", "start", true)
                : stages.isEmpty() ? null : stages.getFirst().stage().id();
        boolean allStagesRead = stages.size() == stageNodes.size();
        if (root.has("start") && start != null && stages.stream().noneMatch(s -> s.stage().id().equals(start))) {
            f.problem("/start", "start stage '" + start + "' does not exist in case '" + id + "'");
        } else if (start != null && allStagesRead) {
            checkGraph(f, start, stages, stages.stream().allMatch(ParsedStage::shapeKnown));
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new CaseDefinition(id, moduleId, title, summary, lesson, competency, passMark, attempts, cooldown,
                timeLimit, vignette, start, stages.stream().map(ParsedStage::stage).toList(), label, f.line("")));
    }

    /**
     * A stage as read, with where its fields are so graph problems can name a line. The graph is
     * checked only when every stage's way on is known ({@code shapeKnown}), so one mistake does not
     * echo as several.
     */
    private record ParsedStage(CaseDefinition.Stage stage, String pointer, List<String> choicePointers,
                               boolean shapeKnown) {
    }

    private Optional<ParsedStage> stage(Fields f, String path, String label, String moduleId, String caseLesson,
                                        String competency, JsonNode node, String p, Set<String> answerIds) {
        if (!f.isObject(node, p, "a stage")) {
            return Optional.empty();
        }
        f.onlyKnown(node, p, STAGE_FIELDS, Map.of());
        String id = f.identifier(node, p, "id");
        if (id != null && !answerIds.add(id)) {
            f.problem(p + "/id", "stage id '" + id + "' is used twice in this case (stage and item ids share one list)");
        }
        String phaseText = f.text(node, p, "phase", true);
        CaseDefinition.Phase phase = null;
        if (phaseText != null) {
            try {
                phase = CaseDefinition.Phase.valueOf(phaseText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.problem(p + "/phase", "phase '" + phaseText + "' is not one of history, examination, movement, "
                        + "palpation, decision, aftercare");
            }
        }
        String title = f.text(node, p, "title", true);
        String text = f.text(node, p, "text", false);
        checkMarkdown(path, label, text, f.line(p + "/text"));
        List<ItemDefinition> stageItems = new ArrayList<>();
        List<JsonNode> itemNodes = f.objects(node, p, "items", false);
        for (int i = 0; i < itemNodes.size(); i++) {
            String ip = p + "/items/" + i;
            Optional<ItemDefinition> item = moduleId == null || caseLesson == null ? Optional.empty()
                    : items.item(f, label, moduleId, caseLesson, itemNodes.get(i), ip);
            item.ifPresent(it -> {
                Optional.ofNullable(lockedLesson(it.common().lessonId(), moduleId, "item '" + it.id() + "'"))
                        .ifPresent(m -> f.problem(ip + "/lesson", m));
                if (!answerIds.add(it.id())) {
                    f.problem(ip + "/id", "item id '" + it.id() + "' is also a stage id in this case");
                }
                stageItems.add(it);
            });
        }
        String next = f.text(node, p, "next", false);
        boolean end = f.flag(node, p, "end");
        List<String> choicePointers = new ArrayList<>();
        CaseDefinition.Decision decision = node.has("decision") && id != null
                ? decision(f, label, moduleId, caseLesson, competency, id, node.get("decision"), p + "/decision", choicePointers)
                : null;
        int ways = (next != null ? 1 : 0) + (node.has("decision") ? 1 : 0) + (end ? 1 : 0);
        if (ways == 0) {
            f.problem(p, "stage '" + id + "' leads nowhere: give it 'next: <stage>', a 'decision:' or 'end: true'");
        } else if (ways > 1) {
            f.problem(p, "stage '" + id + "' must have only one of 'next', 'decision' and 'end'");
        }
        if (id == null || phase == null || title == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedStage(new CaseDefinition.Stage(id, phase, title, text, List.copyOf(stageItems),
                decision, next, end), p, List.copyOf(choicePointers), ways == 1 && (decision != null || next != null || end)));
    }

    private CaseDefinition.Decision decision(Fields f, String label, String moduleId, String caseLesson,
                                             String competency, String stageId, JsonNode node, String p,
                                             List<String> choicePointers) {
        if (!f.isObject(node, p, "a decision")) {
            return null;
        }
        f.onlyKnown(node, p, Set.of("prompt", "points", "choices"), Map.of());
        String prompt = f.text(node, p, "prompt", true);
        Integer points = node.has("points") ? f.integer(node, p, "points", false, 1, 100) : Integer.valueOf(1);
        List<CaseDefinition.Choice> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> nodes = f.objects(node, p, "choices", true);
        for (int i = 0; i < nodes.size(); i++) {
            String cp = p + "/choices/" + i;
            choicePointers.add(cp);
            choice(f, nodes.get(i), cp, ids, moduleId).ifPresent(choices::add);
        }
        long best = choices.stream().filter(CaseDefinition.Choice::best).count();
        if (nodes.size() < 2) {
            f.problem(p + "/choices", "the decision of stage '" + stageId + "' needs at least 2 choices");
        } else if (best != 1) {
            f.problem(p + "/choices", "the decision of stage '" + stageId + "' needs exactly one 'best: true' choice, not "
                    + best);
        }
        if (prompt == null || points == null || choices.size() != nodes.size()) {
            return null;
        }
        String rationale = choices.stream().filter(CaseDefinition.Choice::best).map(CaseDefinition.Choice::rationale)
                .findFirst().orElse("");
        ItemDefinition.Common common = new ItemDefinition.Common(stageId, moduleId, caseLesson, List.of("case"),
                competency, "medium", false, points, prompt, rationale, label, f.line(p));
        List<ItemDefinition.Option> options = choices.stream().map(c -> new ItemDefinition.Option(c.id(), c.text(),
                c.best(), c.ending() == CaseDefinition.Ending.CRITICAL, c.rationale())).toList();
        return new CaseDefinition.Decision(new ItemDefinition.Choice(common, false, options), List.copyOf(choices));
    }

    private Optional<CaseDefinition.Choice> choice(Fields f, JsonNode node, String p, Set<String> ids, String moduleId) {
        if (!f.isObject(node, p, "a choice")) {
            return Optional.empty();
        }
        f.onlyKnown(node, p, CHOICE_FIELDS, Map.of());
        String id = f.identifier(node, p, "id");
        if (id != null && !ids.add(id)) {
            f.problem(p + "/id", "choice id '" + id + "' is used twice in this decision");
        }
        String text = f.text(node, p, "text", true);
        boolean best = f.flag(node, p, "best");
        String rationale = f.text(node, p, "rationale", true);
        String next = f.text(node, p, "next", false);
        String endText = f.text(node, p, "end", false);
        CaseDefinition.Ending ending = CaseDefinition.Ending.NONE;
        if ("complete".equals(endText)) {
            ending = CaseDefinition.Ending.COMPLETE;
        } else if ("critical".equals(endText)) {
            ending = CaseDefinition.Ending.CRITICAL;
        } else if (endText != null) {
            f.problem(p + "/end", "'end' of a choice is 'complete' or 'critical', not '" + endText + "'");
        }
        if (next == null && endText == null) {
            f.problem(p, "choice '" + id + "' leads nowhere: give it 'next: <stage>' or 'end: complete' or 'end: critical'");
        } else if (next != null && endText != null) {
            f.problem(p, "choice '" + id + "' must have either 'next' or 'end', not both");
        }
        String explanation = f.text(node, p, "explanation", false);
        if (ending == CaseDefinition.Ending.CRITICAL && explanation == null) {
            f.problem(p, "choice '" + id + "' ends the case critically but has no 'explanation' of what should have happened");
        }
        String lesson = f.text(node, p, "lesson", false);
        if (lesson != null && !lessonIds.contains(lesson)) {
            f.problem(p + "/lesson", "lesson '" + lesson + "' of choice '" + id + "' does not exist in this course");
        }
        Optional.ofNullable(lockedLesson(lesson, moduleId, "choice '" + id + "'")).ifPresent(m -> f.problem(p + "/lesson", m));
        double credit = best ? 1 : 0;
        if (node.has("credit")) {
            JsonNode value = node.get("credit");
            if (best) {
                f.problem(p + "/credit", "the best choice always earns full credit; remove 'credit' from choice '" + id + "'");
            } else if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() >= 1) {
                f.problem(p + "/credit", "'credit' of choice '" + id + "' must be a number from 0 up to (not including) 1");
            } else if (ending == CaseDefinition.Ending.CRITICAL && value.asDouble() > 0) {
                f.problem(p + "/credit", "choice '" + id + "' ends the case critically and cannot earn credit");
            } else {
                credit = value.asDouble();
            }
        }
        if (best && ending == CaseDefinition.Ending.CRITICAL) {
            f.problem(p + "/best", "choice '" + id + "' cannot be the best choice and end the case critically");
        }
        if (id == null || text == null || rationale == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseDefinition.Choice(id, text, best, credit, rationale, next, ending, explanation, lesson));
    }

    /**
     * The stage graph: every {@code next} names a stage, every stage is reached from the start,
     * there is no cycle, and some path from the start ends safely. The last three need every
     * stage's way on to be known.
     */
    private void checkGraph(Fields f, String start, List<ParsedStage> stages, boolean shapeKnown) {
        Map<String, ParsedStage> byId = new LinkedHashMap<>();
        stages.forEach(s -> byId.put(s.stage().id(), s));
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Map<String, String> edgePointer = new HashMap<>();
        boolean dangling = false;
        for (ParsedStage parsed : stages) {
            CaseDefinition.Stage stage = parsed.stage();
            List<String> targets = new ArrayList<>();
            if (stage.next() != null) {
                targets.add(stage.next());
                edgePointer.put(stage.id() + ">" + stage.next(), parsed.pointer() + "/next");
                if (!byId.containsKey(stage.next())) {
                    f.problem(parsed.pointer() + "/next", "stage '" + stage.id() + "' leads to stage '" + stage.next()
                            + "', which does not exist");
                    dangling = true;
                }
            }
            if (stage.decision() != null) {
                List<CaseDefinition.Choice> choices = stage.decision().choices();
                for (int i = 0; i < choices.size(); i++) {
                    CaseDefinition.Choice choice = choices.get(i);
                    if (choice.next() == null) {
                        continue;
                    }
                    targets.add(choice.next());
                    edgePointer.putIfAbsent(stage.id() + ">" + choice.next(), parsed.choicePointers().get(i) + "/next");
                    if (!byId.containsKey(choice.next())) {
                        f.problem(parsed.choicePointers().get(i) + "/next", "choice '" + choice.id() + "' of stage '"
                                + stage.id() + "' leads to stage '" + choice.next() + "', which does not exist");
                        dangling = true;
                    }
                }
            }
            edges.put(stage.id(), targets);
        }
        if (dangling || !shapeKnown) {
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id)) {
                queue.addAll(edges.get(id));
            }
        }
        for (ParsedStage parsed : stages) {
            if (!reached.contains(parsed.stage().id())) {
                f.problem(parsed.pointer(), "stage '" + parsed.stage().id() + "' is never reached: no path from the start "
                        + "stage '" + start + "' leads to it");
            }
        }
        if (findCycle(f, start, edges, edgePointer, new HashSet<>(), new ArrayList<>())) {
            return;
        }
        Set<String> safe = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ParsedStage parsed : stages) {
                CaseDefinition.Stage stage = parsed.stage();
                boolean endsSafely = stage.end() || stage.next() != null && safe.contains(stage.next())
                        || stage.decision() != null && stage.decision().choices().stream().anyMatch(c ->
                        c.ending() == CaseDefinition.Ending.COMPLETE || c.next() != null && safe.contains(c.next()));
                if (endsSafely && safe.add(stage.id())) {
                    grew = true;
                }
            }
        }
        if (!safe.contains(start)) {
            f.problem("/stages", "the case has no path to a safe ending: every path from stage '" + start
                    + "' ends critically; add a stage with 'end: true' or a choice with 'end: complete'");
        }
    }

    /** Depth-first search; reports the first cycle found as "a → b → a" at the edge that closes it. */
    private boolean findCycle(Fields f, String stage, Map<String, List<String>> edges, Map<String, String> edgePointer,
                              Set<String> done, List<String> trail) {
        if (done.contains(stage)) {
            return false;
        }
        trail.add(stage);
        for (String next : edges.get(stage)) {
            int at = trail.indexOf(next);
            if (at >= 0) {
                List<String> loop = new ArrayList<>(trail.subList(at, trail.size()));
                loop.add(next);
                f.problem(edgePointer.get(stage + ">" + next), "stages " + String.join(" → ", loop)
                        + " form a cycle; a case always moves forward");
                return true;
            }
            if (findCycle(f, next, edges, edgePointer, done, trail)) {
                return true;
            }
        }
        trail.removeLast();
        done.add(stage);
        return false;
    }

    private void checkMarkdown(String path, String label, String markdown, int line) {
        if (markdown != null) {
            CourseParser.checkMarkdown(files, path, label, markdown, line, problems);
        }
    }
}
