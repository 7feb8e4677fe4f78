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
            case ItemDefinition.Choice c -> c.options().stream()
                    .filter(o -> ((Response.Choice) response).optionIds().contains(o.id()))
                    .map(ItemDefinition.Option::text).collect(Collectors.joining("; "));
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
            case ItemDefinition.Choice c -> c.options().stream().filter(ItemDefinition.Option::correct)
                    .map(ItemDefinition.Option::text).collect(Collectors.joining("; "));
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
            case ItemDefinition.Choice c -> {
                String text = c.options().stream()
                        .filter(o -> ((Response.Choice) response).optionIds().contains(o.id()) && o.feedback() != null)
                        .map(ItemDefinition.Option::feedback).collect(Collectors.joining(" "));
                yield text.isEmpty() ? null : text;
            }
            case ItemDefinition.TrueFalse t -> ((Response.TrueFalse) response).value() ? t.feedbackTrue() : t.feedbackFalse();
            case ItemDefinition.Hotspot h -> {
                Response.Hotspot click = (Response.Hotspot) response;
                yield h.regions().stream().filter(r -> r.contains(click.x(), click.y()) && r.feedback() != null)
                        .map(ItemDefinition.Region::feedback).findFirst().orElse(null);
            }
            default -> null;
        };
    }
}
