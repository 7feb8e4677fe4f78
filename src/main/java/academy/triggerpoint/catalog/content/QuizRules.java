package academy.triggerpoint.catalog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads and checks a module's {@code quiz:} block and the course's {@code grading:} block. */
final class QuizRules {

    private static final Set<String> QUIZ_FIELDS = new LinkedHashSet<>(List.of("title", "passMark", "attempts",
            "cooldownMinutes", "timeLimitMinutes", "review", "include", "draw"));

    private QuizRules() {
    }

    /**
     * @param safetyCritical the safety-critical competencies the module evidences: every attempt of
     *                       its quiz must assess each of them, whatever the draw
     */
    static QuizDefinition quiz(Fields f, JsonNode node, String moduleId, List<ItemDefinition> items,
                               List<String> safetyCritical) {
        String p = "/quiz";
        if (!f.isObject(node, p, "quiz")) {
            return null;
        }
        f.onlyKnown(node, p, QUIZ_FIELDS, Map.of());
        String title = f.text(node, p, "title", true);
        Integer passMark = f.integer(node, p, "passMark", true, 1, 100);
        Integer attempts = node.has("attempts") ? f.integer(node, p, "attempts", false, 0, 100) : Integer.valueOf(0);
        Integer cooldown = node.has("cooldownMinutes") ? f.integer(node, p, "cooldownMinutes", false, 0, 100_000) : Integer.valueOf(0);
        Integer timeLimit = f.integer(node, p, "timeLimitMinutes", false, 1, 600);
        String reviewText = node.has("review") ? f.text(node, p, "review", true) : "feedback";
        QuizDefinition.Review review = reviewText == null ? null : QuizDefinition.Review.parse(reviewText);
        if (reviewText != null && review == null) {
            f.problem(p + "/review", "review '" + reviewText + "' is not one of score-only, feedback, answers");
        }
        Set<String> known = new HashSet<>();
        items.forEach(i -> known.add(i.id()));
        List<String> include = f.texts(node, p, "include", false);
        for (String id : include) {
            if (!known.contains(id)) {
                f.problem(p + "/include", "included item '" + id + "' does not exist in any item bank of this course");
            }
        }
        List<QuizDefinition.Pool> pools = new ArrayList<>();
        List<JsonNode> poolNodes = f.objects(node, p, "draw", include.isEmpty());
        List<Set<String>> earlierCandidates = new ArrayList<>();
        List<Integer> earlierCounts = new ArrayList<>();
        for (int i = 0; i < poolNodes.size(); i++) {
            String pp = p + "/draw/" + i;
            JsonNode pool = poolNodes.get(i);
            if (!f.isObject(pool, pp, "pool " + (i + 1))) {
                continue;
            }
            f.onlyKnown(pool, pp, Set.of("tags", "count"), Map.of());
            List<String> tags = f.texts(pool, pp, "tags", true);
            Integer count = f.integer(pool, pp, "count", true, 1, 500);
            if (tags.isEmpty() || count == null) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            items.stream().filter(item -> !include.contains(item.id()))
                    .filter(item -> item.common().tags().stream().anyMatch(tags::contains))
                    .forEach(item -> candidates.add(item.id()));
            // Earlier pools draw first and may take items this pool could use: count them against it.
            int takenByEarlier = 0;
            for (int k = 0; k < earlierCandidates.size(); k++) {
                if (earlierCandidates.get(k).stream().anyMatch(candidates::contains)) {
                    takenByEarlier += earlierCounts.get(k);
                }
            }
            if (candidates.size() < count + takenByEarlier) {
                f.problem(pp + "/count", "the pool " + tags + " cannot supply " + count + " items: "
                        + candidates.size() + (candidates.size() == 1 ? " item carries" : " items carry") + " those tags" + (takenByEarlier == 0 ? ""
                        : ", and earlier pools that share them may take " + takenByEarlier));
            }
            earlierCandidates.add(candidates);
            earlierCounts.add(count);
            pools.add(new QuizDefinition.Pool(List.copyOf(tags), count));
        }
        for (String competency : safetyCritical) {
            if (!everyDrawAssesses(competency, include, pools, items)) {
                f.problem(p, "every attempt must assess the safety-critical competency '" + competency + "', but this quiz"
                        + " can be drawn without any of its items: include one, or draw a pool whose items all have"
                        + " 'competency: " + competency + "'");
            }
        }
        if (title == null || passMark == null || attempts == null || cooldown == null || review == null) {
            return null;
        }
        return new QuizDefinition(moduleId, title, passMark, attempts, cooldown, timeLimit, review, List.copyOf(include),
                List.copyOf(pools));
    }

    /**
     * Whether every possible draw holds an item of the competency: an included item has it, or some
     * pool has fewer candidates without it than it draws. (A pool whose other candidates an earlier
     * pool might take is not counted on: the check stays on the safe side.)
     */
    private static boolean everyDrawAssesses(String competency, List<String> include, List<QuizDefinition.Pool> pools,
                                             List<ItemDefinition> items) {
        if (items.stream().anyMatch(i -> include.contains(i.id()) && competency.equals(i.common().competency()))) {
            return true;
        }
        for (QuizDefinition.Pool pool : pools) {
            long others = items.stream().filter(i -> !include.contains(i.id()))
                    .filter(i -> i.common().tags().stream().anyMatch(pool.tags()::contains))
                    .filter(i -> !competency.equals(i.common().competency())).count();
            if (others < pool.count()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grading policy. A component that names a listed module or a written case file is
     * accepted here even when that module or case has problems of its own: those are reported
     * where they are, not again as "not a module of this course".
     */
    static GradingPolicy grading(Fields f, JsonNode node, Set<String> listedModules, List<ModuleDefinition> modules,
                                 Set<String> caseFiles) {
        String p = "/grading";
        if (!f.isObject(node, p, "grading")) {
            return null;
        }
        f.onlyKnown(node, p, Set.of("passMark", "components"), Map.of());
        Integer passMark = f.integer(node, p, "passMark", true, 1, 100);
        List<GradingPolicy.Component> components = new ArrayList<>();
        List<JsonNode> nodes = f.objects(node, p, "components", true);
        for (int i = 0; i < nodes.size(); i++) {
            String cp = p + "/components/" + i;
            JsonNode c = nodes.get(i);
            if (!f.isObject(c, cp, "component " + (i + 1))) {
                continue;
            }
            f.onlyKnown(c, cp, Set.of("module", "case", "weight", "mustPass"), Map.of());
            String module = c.has("case") ? null : f.text(c, cp, "module", true);
            String caseId = c.has("case") ? f.text(c, cp, "case", true) : null;
            if (c.has("case") && c.has("module")) {
                f.problem(cp, "a grading component names a module or a case, not both");
            }
            Integer weight = c.has("weight") ? f.integer(c, cp, "weight", false, 1, 100) : Integer.valueOf(1);
            boolean mustPass = f.flag(c, cp, "mustPass");
            if (module != null) {
                var definition = modules.stream().filter(m -> m.id().equals(module)).findFirst();
                if (!listedModules.contains(module)) {
                    f.problem(cp + "/module", "grading component '" + module + "' is not a module of this course");
                } else if (definition.isPresent() && definition.get().quiz() == null) {
                    f.problem(cp + "/module", "grading component '" + module + "' has no quiz to grade");
                }
            }
            if (caseId != null && !caseFiles.contains(caseId)) {
                f.problem(cp + "/case", "grading component '" + caseId + "' is not a case of this course (cases/"
                        + caseId + ".yaml)");
            }
            if ((module != null || caseId != null) && weight != null) {
                components.add(new GradingPolicy.Component(module, caseId, weight, mustPass));
            }
        }
        return passMark == null ? null : new GradingPolicy(passMark, List.copyOf(components));
    }
}
