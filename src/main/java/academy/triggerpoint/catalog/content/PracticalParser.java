package academy.triggerpoint.catalog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the practical assessments of a course ({@code practicals/<id>.yaml}). A critical
 * step is a safety statement, so it must cite its source; a practical's competency must be declared
 * in course.yaml and evidenced by practicals alone, because a pass of an observation and a pass of
 * a quiz hold for different periods.
 */
final class PracticalParser {

    static final String FOLDER = "practicals/";
    static final int MAX_STEPS = 40;
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("id", "title", "summary", "competency",
            "validForMonths", "passRule", "steps"));
    private static final Set<String> STEP_FIELDS = new LinkedHashSet<>(List.of("id", "text", "critical", "source"));

    private PracticalParser() {
    }

    /**
     * Every practical of the course, in file-name order; {@code quizOrCaseCompetencies} are the
     * competencies a module quiz or a case evidences, which a practical may not share.
     */
    static List<PracticalDefinition> parseAll(CourseFiles files, Map<String, YamlDoc> yaml, Set<String> competencyIds,
                                              Set<String> quizOrCaseCompetencies, List<Problem> problems) {
        List<PracticalDefinition> practicals = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (!path.startsWith(FOLDER)) {
                continue;
            }
            String name = path.substring(FOLDER.length());
            if (name.contains("/") || !name.endsWith(".yaml")) {
                problems.add(new Problem(files.label(path), 0, "the practicals folder holds practical assessments "
                        + "(<practical-id>.yaml) only"));
                continue;
            }
            YamlDoc doc = yaml.get(path);
            if (doc != null) {
                parse(doc, files.label(path), name.substring(0, name.length() - ".yaml".length()), competencyIds,
                        quizOrCaseCompetencies, problems).ifPresent(practicals::add);
            }
        }
        return List.copyOf(practicals);
    }

    private static Optional<PracticalDefinition> parse(YamlDoc doc, String label, String fileId, Set<String> competencyIds,
                                                       Set<String> quizOrCaseCompetencies, List<Problem> problems) {
        int before = problems.size();
        Fields f = new Fields(doc, label, problems);
        JsonNode root = doc.root();
        if (!f.isObject(root, "", "a practical assessment")) {
            return Optional.empty();
        }
        f.onlyKnown(root, "", FIELDS, Map.of());
        String id = f.identifier(root, "", "id");
        if (id != null && !id.equals(fileId)) {
            f.problem("/id", "practical id '" + id + "' must equal its file name '" + fileId + "'");
        }
        String title = f.text(root, "", "title", true);
        String summary = f.text(root, "", "summary", true);
        String competency = f.text(root, "", "competency", true);
        if (competency != null && !competencyIds.contains(competency)) {
            f.problem("/competency", "competency '" + competency + "' is not declared in course.yaml");
        } else if (competency != null && quizOrCaseCompetencies.contains(competency)) {
            f.problem("/competency", "competency '" + competency + "' is also evidenced by a module quiz or a case; "
                    + "declare a competency of its own for what is observed in practice");
        }
        Integer months = f.integer(root, "", "validForMonths", true, 1, 120);
        Integer percent = null;
        JsonNode rule = root.get("passRule");
        if (rule == null) {
            f.problem("/passRule", "required field 'passRule' is missing");
        } else if (f.isObject(rule, "/passRule", "passRule")) {
            f.onlyKnown(rule, "/passRule", Set.of("minimumPercent"), Map.of());
            percent = f.integer(rule, "/passRule", "minimumPercent", true, 1, 100);
        }
        List<PracticalDefinition.Step> steps = new ArrayList<>();
        Set<String> stepIds = new HashSet<>();
        List<JsonNode> nodes = f.objects(root, "", "steps", true);
        if (nodes.size() > MAX_STEPS) {
            f.problem("/steps", "a checklist has at most " + MAX_STEPS + " steps, not " + nodes.size());
        }
        for (int i = 0; i < nodes.size(); i++) {
            String p = "/steps/" + i;
            JsonNode node = nodes.get(i);
            if (!f.isObject(node, p, "step " + (i + 1))) {
                continue;
            }
            f.onlyKnown(node, p, STEP_FIELDS, Map.of());
            String stepId = f.identifier(node, p, "id");
            if (stepId != null && !stepIds.add(stepId)) {
                f.problem(p + "/id", "step '" + stepId + "' is listed twice");
            }
            String text = f.text(node, p, "text", true);
            boolean critical = f.flag(node, p, "critical");
            String source = f.text(node, p, "source", false);
            if (critical && source == null) {
                f.problem(p + "/source", "step '" + stepId + "' is critical: cite the source of the safety rule it checks");
            }
            steps.add(new PracticalDefinition.Step(stepId, text, critical, source));
        }
        if (!nodes.isEmpty() && steps.stream().noneMatch(PracticalDefinition.Step::critical)) {
            f.problem("/steps", "mark at least one step critical: an observation of needling always has a step that "
                    + "fails it on its own");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new PracticalDefinition(id, title, summary, competency, months, percent, List.copyOf(steps)));
    }
}
