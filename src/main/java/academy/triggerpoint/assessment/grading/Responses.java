package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks that a response is one the item can take, and stores responses as small JSON documents.
 * A response that fails the check (an option that does not exist, a number out of range, a click
 * outside the image) is refused before anything is saved.
 */
public final class Responses {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Responses() {
    }

    /** Why the item cannot take this response, or empty when it can. */
    public static Optional<String> problem(ItemDefinition item, Response response) {
        return switch (item) {
            case ItemDefinition.Choice choice -> {
                if (!(response instanceof Response.Choice r) || r.optionIds() == null || r.optionIds().isEmpty()) {
                    yield Optional.of("Choose an option.");
                }
                Set<String> ids = new HashSet<>(choice.options().stream().map(ItemDefinition.Option::id).toList());
                if (!ids.containsAll(r.optionIds())) {
                    yield Optional.of("That option does not belong to this question.");
                }
                yield !choice.multiple() && r.optionIds().size() != 1
                        ? Optional.of("Choose exactly one option.") : Optional.empty();
            }
            case ItemDefinition.TrueFalse tf -> response instanceof Response.TrueFalse
                    ? Optional.empty() : Optional.of("Answer true or false.");
            case ItemDefinition.Matching matching -> {
                if (!(response instanceof Response.Matching r) || r.matches() == null) {
                    yield Optional.of("Match the items.");
                }
                int lefts = matching.pairs().size();
                int rights = matching.rightChoices().size();
                boolean valid = r.matches().entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null
                        && e.getKey() >= 0 && e.getKey() < lefts && e.getValue() >= 0 && e.getValue() < rights);
                yield valid ? Optional.empty() : Optional.of("That match does not belong to this question.");
            }
            case ItemDefinition.Ordering ordering -> {
                if (!(response instanceof Response.Ordering r) || r.order() == null) {
                    yield Optional.of("Put the steps in order.");
                }
                int n = ordering.sequence().size();
                boolean permutation = r.order().size() == n && new HashSet<>(r.order()).size() == n
                        && r.order().stream().allMatch(i -> i != null && i >= 0 && i < n);
                yield permutation ? Optional.empty() : Optional.of("Every step must appear exactly once.");
            }
            case ItemDefinition.Numeric numeric -> {
                if (!(response instanceof Response.Numeric r) || r.value() == null) {
                    yield Optional.of("Enter a number.");
                }
                yield NumericAnswer.problem(r.value(), numeric);
            }
            case ItemDefinition.KeyFeatures kf -> {
                if (!(response instanceof Response.Choice r) || r.optionIds() == null || r.optionIds().isEmpty()) {
                    yield Optional.of("Choose at least one option.");
                }
                Set<String> ids = new HashSet<>(kf.options().stream().map(ItemDefinition.Option::id).toList());
                yield ids.containsAll(r.optionIds()) ? Optional.empty()
                        : Optional.of("That option does not belong to this question.");
            }
            case ItemDefinition.ScriptConcordance sct -> response instanceof Response.Scale r && r.value() >= -2 && r.value() <= 2
                    ? Optional.empty() : Optional.of("Choose a point on the scale from -2 to +2.");
            case ItemDefinition.Hotspot hotspot -> {
                if (!(response instanceof Response.Hotspot r) || Double.isNaN(r.x()) || Double.isNaN(r.y())) {
                    yield Optional.of("Click on the image.");
                }
                yield r.x() < 0 || r.y() < 0 || r.x() > hotspot.width() || r.y() > hotspot.height()
                        ? Optional.of("That point lies outside the image.") : Optional.empty();
            }
        };
    }

    public static String toJson(Response response) {
        ObjectNode node = JSON.createObjectNode();
        switch (response) {
            case Response.Choice r -> r.optionIds().stream().sorted().forEach(node.putArray("options")::add);
            case Response.TrueFalse r -> node.put("value", r.value());
            case Response.Matching r -> {
                ObjectNode matches = node.putObject("matches");
                new TreeMap<>(r.matches()).forEach((k, v) -> matches.put(String.valueOf(k), v));
            }
            case Response.Ordering r -> r.order().forEach(node.putArray("order")::add);
            case Response.Numeric r -> node.put("value", NumericAnswer.normalised(r.value()).toPlainString());
            case Response.Hotspot r -> node.put("x", r.x()).put("y", r.y());
            case Response.Scale r -> node.put("value", r.value());
        }
        return JSON.writeValueAsString(node);
    }

    /** Reads a stored response back for the given item. */
    public static Response fromJson(ItemDefinition item, String json) {
        JsonNode node = JSON.readTree(json);
        return switch (item) {
            case ItemDefinition.Choice c -> choice(node);
            case ItemDefinition.KeyFeatures k -> choice(node);
            case ItemDefinition.ScriptConcordance s -> new Response.Scale(node.path("value").asInt());
            case ItemDefinition.TrueFalse t -> new Response.TrueFalse(node.path("value").asBoolean());
            case ItemDefinition.Matching m -> {
                Map<Integer, Integer> matches = new TreeMap<>();
                node.path("matches").properties().forEach(e -> matches.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
                yield new Response.Matching(matches);
            }
            case ItemDefinition.Ordering o -> new Response.Ordering(
                    node.path("order").valueStream().map(JsonNode::asInt).toList());
            case ItemDefinition.Numeric n -> new Response.Numeric(new BigDecimal(node.path("value").asString()));
            case ItemDefinition.Hotspot h -> new Response.Hotspot(node.path("x").asDouble(), node.path("y").asDouble());
        };
    }

    private static Response choice(JsonNode node) {
        return new Response.Choice(Set.copyOf(node.path("options").valueStream().map(JsonNode::asString).toList()));
    }
}
