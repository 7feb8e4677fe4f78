package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.shared.Counts;
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
            // Region names are what learners choose from (never the key), so they may show before grading.
            case ItemDefinition.Hotspot h -> regionAt(h, (Response.Hotspot) response)
                    .map(r -> "Marked “" + r.name() + "”").orElse("Marked the picture outside every named area");
        };
    }

    /**
     * The answer in words for the review after grading: for a question where several options may be
     * chosen, a summary of what was chosen (each option is listed by {@link #options}); for a hotspot,
     * whether the click fell in a correct area; otherwise as {@link #response(ItemDefinition, Response)}.
     */
    static String response(ItemDefinition item, Response response, boolean showKeys) {
        List<ItemDefinition.Option> options = selectable(item);
        if (response == null || (options.isEmpty() && !(item instanceof ItemDefinition.Hotspot))) {
            return response(item, response);
        }
        if (item instanceof ItemDefinition.Hotspot h) {
            Response.Hotspot click = (Response.Hotspot) response;
            return regionAt(h, click)
                    .map(r -> "Marked “" + r.name() + "”, " + (r.correct() ? "a correct area" : "an area that is not correct"))
                    .orElse("Clicked outside every marked area");
        }
        java.util.Set<String> chosen = ((Response.Choice) response).optionIds();
        long chosenCount = options.stream().filter(o -> chosen.contains(o.id())).count();
        if (!showKeys) {
            return "You chose " + chosenCount + " of the " + Counts.of(options.size(), "option") + ".";
        }
        long correct = options.stream().filter(ItemDefinition.Option::correct).count();
        long rightlyChosen = options.stream().filter(o -> o.correct() && chosen.contains(o.id())).count();
        long wronglyChosen = chosenCount - rightlyChosen;
        return "You chose " + rightlyChosen + " of the " + (correct == 1 ? "1 option that should be chosen"
                : correct + " options that should be chosen") + (wronglyChosen == 0 ? "" : ", and "
                + (wronglyChosen == 1 ? "1 that should not" : wronglyChosen + " that should not")) + ".";
    }

    /** Every option, in the author's order, of a question where several may be chosen; empty for other questions. */
    static List<AttemptReport.OptionReview> options(ItemDefinition item, Response response, boolean showKeys) {
        java.util.Set<String> chosen = response instanceof Response.Choice c ? c.optionIds() : java.util.Set.of();
        return selectable(item).stream().map(o -> new AttemptReport.OptionReview(o.text(), chosen.contains(o.id()),
                showKeys ? o.correct() : null, chosen.contains(o.id()) ? telling(o.feedback()) : null)).toList();
    }

    /** The picture of a hotspot question with the click and the areas the policy lets the review outline. */
    static AttemptReport.HotspotReview hotspot(ItemDefinition item, Response response, boolean showKeys, String assetBase) {
        if (!(item instanceof ItemDefinition.Hotspot h)) {
            return null;
        }
        Response.Hotspot click = response instanceof Response.Hotspot r ? r : null;
        List<AttemptReport.Area> areas = h.regions().stream()
                .filter(r -> (showKeys && r.correct()) || (click != null && r.contains(click.x(), click.y())))
                .map(r -> new AttemptReport.Area(r.points().stream().map(p -> new AttemptReport.Point(p.x(), p.y())).toList(),
                        r.correct(), click != null && r.contains(click.x(), click.y())))
                .toList();
        return new AttemptReport.HotspotReview(assetBase + h.image(), h.width(), h.height(),
                click == null ? null : new AttemptReport.Point(click.x(), click.y()), areas);
    }

    private static List<ItemDefinition.Option> selectable(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice c when c.multiple() -> c.options();
            case ItemDefinition.KeyFeatures k -> k.options();
            default -> List.of();
        };
    }

    /** Feedback that only repeats the verdict ("Correct.") is left out: the review already says it per option. */
    private static String telling(String feedback) {
        if (feedback == null) {
            return null;
        }
        String bare = feedback.strip().replaceAll("[.!]+$", "").toLowerCase(java.util.Locale.ROOT);
        return java.util.Set.of("correct", "incorrect", "right", "wrong", "yes", "no", "").contains(bare) ? null : feedback;
    }

    static String key(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice c -> correctTexts(c.options());
            case ItemDefinition.KeyFeatures k -> correctTexts(k.options()) + " (at most " + k.maxSelections() + ")";
            case ItemDefinition.ScriptConcordance s -> {
                if (s.panelSize() == 0) {
                    yield "No expert panel has answered this item yet: it is practice only and carries no points.";
                }
                List<String> parts = new ArrayList<>();
                for (int value = 2; value >= -2; value--) {
                    int experts = s.panel().get(value + 2);
                    if (experts > 0) {
                        parts.add(scalePoint(s, value) + ": " + experts + " of " + s.panelSize());
                    }
                }
                yield (s.demonstration() ? "Demonstration panel of " + s.panelSize() + " (counts written by the course "
                        + "author for this demo, not real experts): " : "Expert panel of " + s.panelSize() + ": ")
                        + String.join("; ", parts)
                        + (s.provisional() ? ". Provisional key (fewer than " + ItemDefinition.ScriptConcordance.MINIMUM_PANEL
                        + " experts so far): feedback only, no points." : "");
            }
            case ItemDefinition.TrueFalse t -> t.answer() ? "True" : "False";
            case ItemDefinition.Matching m -> m.pairs().stream().map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case ItemDefinition.Ordering o -> String.join(" → ", o.sequence());
            case ItemDefinition.Numeric n -> n.answer().toPlainString() + " " + n.unit()
                    + (n.tolerance().signum() == 0 ? "" : " (± " + n.tolerance().toPlainString() + ")");
            // Named as well as outlined, so the key does not rest on colour or on seeing the picture.
            case ItemDefinition.Hotspot h -> "Inside “" + h.regions().stream().filter(ItemDefinition.Region::correct)
                    .map(ItemDefinition.Region::name).collect(Collectors.joining("” or “")) + "” (outlined in green on the picture)";
        };
    }

    /** The first area of the picture that holds the point, if any. */
    private static java.util.Optional<ItemDefinition.Region> regionAt(ItemDefinition.Hotspot hotspot, Response.Hotspot point) {
        return hotspot.regions().stream().filter(r -> r.contains(point.x(), point.y())).findFirst();
    }

    /** The feedback written for what the learner chose, if the author wrote any. */
    static String feedback(ItemDefinition item, Response response) {
        if (response == null) {
            return null;
        }
        return switch (item) {
            // Where several options may be chosen, feedback goes with each option (see options()).
            case ItemDefinition.Choice c -> c.multiple() ? null : chosenFeedback(c.options(), response);
            case ItemDefinition.KeyFeatures k -> null;
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
        return item.pointLabel(value);
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
