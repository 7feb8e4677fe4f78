package academy.triggerpoint.authoring.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML file as an indented outline an author can read at a glance. For a case: stages in order,
 * what each asks, where each decision's choices lead, and which endings are critical. For an item
 * bank: each item with its type and the start of its stem. It is read from the YAML tree rather
 * than the validated course so that it still shows while the file has problems; every line carries
 * the JSON pointer of the part it stands for, so the validator's problems can be shown on it and
 * the editor can go to its line. Its words are in the current page's language.
 */
record YamlOutline(List<Line> lines) {

    private static final YAMLMapper YAML = new YAMLMapper();

    enum Kind { STAGE, ITEM, DECISION, CHOICE, NEXT, CRITICAL_END, SAFE_END, UNREACHED }

    record Line(int depth, Kind kind, String text, String pointer) {
    }

    /** Whether the draft file at {@code path} has an outline: a case or an item bank. */
    static boolean appliesTo(String path) {
        return isCase(path) || (path.contains("/items/") && path.endsWith(".yaml"));
    }

    /** The outline of the case or item bank at {@code path}, if its text parses as YAML of that shape. */
    static Optional<YamlOutline> of(String path, String yaml) {
        if (!appliesTo(path)) {
            return Optional.empty();
        }
        return isCase(path) ? tree(yaml, "stages").map(YamlOutline::ofCase) : tree(yaml, "items").map(YamlOutline::ofItemBank);
    }

    private static boolean isCase(String path) {
        return path.startsWith("cases/") && path.endsWith(".yaml");
    }

    /** The document when it is a mapping whose {@code list} field is a list. */
    private static Optional<JsonNode> tree(String yaml, String list) {
        try {
            JsonNode root = YAML.readTree(yaml);
            return root != null && root.isObject() && root.path(list).isArray() ? Optional.of(root) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static YamlOutline ofItemBank(JsonNode root) {
        JsonNode items = root.get("items");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            lines.add(new Line(0, Kind.ITEM, (i + 1) + ". " + text(item, "id") + " (" + text(item, "type") + "): "
                    + shorten(text(item, "stem")), "/items/" + i));
        }
        return new YamlOutline(List.copyOf(lines));
    }

    private static YamlOutline ofCase(JsonNode root) {
        JsonNode stages = root.get("stages");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            index.putIfAbsent(text(stages.get(i), "id"), i);
        }
        Set<String> reached = reached(stages, index, text(root, "start").isEmpty()
                ? (stages.isEmpty() ? "" : text(stages.get(0), "id")) : text(root, "start"));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            stage(stages.get(i), "/stages/" + i, i + 1, reached, lines);
        }
        return new YamlOutline(List.copyOf(lines));
    }

    private static void stage(JsonNode stage, String pointer, int number, Set<String> reached, List<Line> lines) {
        String id = text(stage, "id");
        String phase = text(stage, "phase");
        lines.add(new Line(0, Kind.STAGE, number + ". " + id + (phase.isEmpty() ? "" : " · " + phase)
                + " · " + text(stage, "title"), pointer));
        if (!reached.contains(id)) {
            lines.add(new Line(1, Kind.UNREACHED, I18NProvider.translate("authoring.outline.unreached"), pointer));
        }
        JsonNode items = stage.path("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            lines.add(new Line(1, Kind.ITEM, I18NProvider.translate("authoring.outline.asks", text(item, "id"), text(item, "type")),
                    pointer + "/items/" + i));
        }
        JsonNode decision = stage.get("decision");
        if (decision != null && decision.isObject()) {
            String points = text(decision, "points");
            String prompt = text(decision, "prompt");
            lines.add(new Line(1, Kind.DECISION, points.isEmpty() || points.equals("1")
                    ? I18NProvider.translate("authoring.outline.decides-one-point", prompt)
                    : I18NProvider.translate("authoring.outline.decides", prompt, points), pointer + "/decision"));
            JsonNode choices = decision.path("choices");
            for (int i = 0; i < choices.size(); i++) {
                choice(choices.get(i), pointer + "/decision/choices/" + i, lines);
            }
        } else if (stage.path("end").asBoolean(false)) {
            lines.add(new Line(1, Kind.SAFE_END, I18NProvider.translate("authoring.outline.ends"), pointer + "/end"));
        } else {
            lines.add(new Line(1, Kind.NEXT, "→ " + orMissing(text(stage, "next")), pointer + "/next"));
        }
    }

    private static void choice(JsonNode choice, String pointer, List<Line> lines) {
        String id = text(choice, "id");
        String says = shorten(text(choice, "text"));
        String line = choice.path("best").asBoolean(false) ? I18NProvider.translate("authoring.outline.choice-best", id, says)
                : choice.has("credit") ? I18NProvider.translate("authoring.outline.choice-credit", id, text(choice, "credit"), says)
                : id + ": " + says;
        lines.add(new Line(2, Kind.CHOICE, line, pointer));
        String end = text(choice, "end");
        if ("critical".equals(end)) {
            lines.add(new Line(3, Kind.CRITICAL_END, I18NProvider.translate("authoring.outline.critical-end"), pointer + "/end"));
        } else if ("complete".equals(end)) {
            lines.add(new Line(3, Kind.SAFE_END, I18NProvider.translate("authoring.outline.ends"), pointer + "/end"));
        } else {
            lines.add(new Line(3, Kind.NEXT, "→ " + orMissing(text(choice, "next")), pointer + "/next"));
        }
    }

    /** Stage ids reachable from {@code start} along {@code next} links, stage and choice alike. */
    private static Set<String> reached(JsonNode stages, Map<String, Integer> index, String start) {
        Set<String> reached = new HashSet<>();
        List<String> open = new ArrayList<>(List.of(start));
        while (!open.isEmpty()) {
            String id = open.removeLast();
            Integer at = index.get(id);
            if (at == null || !reached.add(id)) {
                continue;
            }
            JsonNode stage = stages.get(at);
            open.add(text(stage, "next"));
            stage.path("decision").path("choices").forEach(c -> open.add(text(c, "next")));
        }
        return reached;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? "" : value.asString().strip();
    }

    private static String orMissing(String next) {
        return next.isEmpty() ? I18NProvider.translate("authoring.outline.leads-nowhere") : next;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 90 ? line : line.substring(0, 89) + "…";
    }
}
