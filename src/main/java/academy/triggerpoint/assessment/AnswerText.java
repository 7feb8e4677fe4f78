package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Answers and keys in words, for the review page. */
final class AnswerText {

    private AnswerText() {
    }

    static String response(ItemDefinition item, Response response) {
        if (response == null) {
            return "Not answered";
        }
        return switch (item) {
            case ItemDefinition.Choice c -> chosenTexts(c.options(), response);
            case ItemDefinition.KeyFeatures k -> chosenTexts(k.options(), response);
            case ItemDefinition.ScriptConcordance s -> scalePoint(s, ((Response.Scale) response).value());
            case ItemDefinition.TrueFalse t -> ((Response.TrueFalse) response).value() ? "True" : "False";
            case ItemDefinition.Matching m -> {
                List<String> parts = new ArrayList<>();
                ((Response.Matching) response).matches().forEach((left, right) ->
                        parts.add(m.pairs().get(left).left() + " → " + m.rightChoices().get(right)));
                yield String.join("; ", parts);
            }
            case ItemDefinition.Ordering o -> ((Response.Ordering) response).order().stream()
                    .map(i -> o.sequence().get(i)).collect(Collectors.joining(" → "));
            case ItemDefinition.Numeric n -> ((Response.Numeric) response).value().toPlainString() + " " + n.unit();
            case ItemDefinition.Hotspot h -> {
                Response.Hotspot click = (Response.Hotspot) response;
                yield h.regions().stream().filter(r -> r.contains(click.x(), click.y())).map(ItemDefinition.Region::id)
                        .findFirst().map(id -> "Clicked in area “" + id + "”").orElse("Clicked outside every marked area");
            }
        };
    }

    static String key(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice c -> correctTexts(c.options());
            case ItemDefinition.KeyFeatures k -> correctTexts(k.options()) + " (at most " + k.maxSelections() + ")";
            case ItemDefinition.ScriptConcordance s -> {
                List<String> parts = new ArrayList<>();
                for (int value = 2; value >= -2; value--) {
                    int experts = s.panel().get(value + 2);
                    if (experts > 0) {
                        parts.add(scalePoint(s, value) + ": " + experts + " of the " + s.panelSize() + "-member reference panel");
                    }
                }
                yield String.join("; ", parts);
            }
            case ItemDefinition.TrueFalse t -> t.answer() ? "True" : "False";
            case ItemDefinition.Matching m -> m.pairs().stream().map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case ItemDefinition.Ordering o -> String.join(" → ", o.sequence());
            case ItemDefinition.Numeric n -> n.answer().toPlainString() + " " + n.unit()
                    + (n.tolerance().signum() == 0 ? "" : " (± " + n.tolerance().toPlainString() + ")");
            case ItemDefinition.Hotspot h -> "Inside " + h.regions().stream().filter(ItemDefinition.Region::correct)
                    .map(r -> "“" + r.id() + "”").collect(Collectors.joining(" or "));
        };
    }

    /** The feedback written for what the learner chose, if the author wrote any. */
    static String feedback(ItemDefinition item, Response response) {
        if (response == null) {
            return null;
        }
        return switch (item) {
            case ItemDefinition.Choice c -> chosenFeedback(c.options(), response);
            case ItemDefinition.KeyFeatures k -> chosenFeedback(k.options(), response);
            case ItemDefinition.TrueFalse t -> ((Response.TrueFalse) response).value() ? t.feedbackTrue() : t.feedbackFalse();
            case ItemDefinition.Hotspot h -> {
                Response.Hotspot click = (Response.Hotspot) response;
                yield h.regions().stream().filter(r -> r.contains(click.x(), click.y()) && r.feedback() != null)
                        .map(ItemDefinition.Region::feedback).findFirst().orElse(null);
            }
            default -> null;
        };
    }

    /** "+1 (more likely)". */
    static String scalePoint(ItemDefinition.ScriptConcordance item, int value) {
        return (value > 0 ? "+" : "") + value + " (" + item.scale().label(value) + ")";
    }

    private static String chosenTexts(List<ItemDefinition.Option> options, Response response) {
        return options.stream().filter(o -> ((Response.Choice) response).optionIds().contains(o.id()))
                .map(ItemDefinition.Option::text).collect(Collectors.joining("; "));
    }

    private static String correctTexts(List<ItemDefinition.Option> options) {
        return options.stream().filter(ItemDefinition.Option::correct).map(ItemDefinition.Option::text)
                .collect(Collectors.joining("; "));
    }

    private static String chosenFeedback(List<ItemDefinition.Option> options, Response response) {
        String text = options.stream()
                .filter(o -> ((Response.Choice) response).optionIds().contains(o.id()) && o.feedback() != null)
                .map(ItemDefinition.Option::feedback).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }
}
