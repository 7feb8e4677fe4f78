package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.List;

/** The scoring rule of each item type, as documented in docs/course-format.md. */
public final class ItemGrader {

    private ItemGrader() {
    }

    public static ItemResult grade(ItemDefinition item, Response response) {
        ItemDefinition.Common common = item.common();
        if (response == null) {
            return result(common, false, 0, common.critical() ? "a safety-critical question was left unanswered" : null);
        }
        return switch (item) {
            case ItemDefinition.Choice choice -> choice(choice, response);
            case ItemDefinition.TrueFalse tf -> {
                boolean right = response instanceof Response.TrueFalse r && r.value() == tf.answer();
                yield scored(common, right ? 1 : 0, null);
            }
            case ItemDefinition.Matching matching -> matching(matching, response);
            case ItemDefinition.Ordering ordering -> ordering(ordering, response);
            case ItemDefinition.Numeric numeric -> {
                boolean right = response instanceof Response.Numeric r && r.value() != null
                        && r.value().subtract(numeric.answer()).abs().compareTo(numeric.tolerance()) <= 0;
                yield scored(common, right ? 1 : 0, null);
            }
            case ItemDefinition.Hotspot hotspot -> hotspot(hotspot, response);
            case ItemDefinition.KeyFeatures keyFeatures -> keyFeatures(keyFeatures, response);
            case ItemDefinition.ScriptConcordance sct -> scored(common,
                    response instanceof Response.Scale r ? sct.credit(r.value()) : 0, null);
        };
    }

    /**
     * Key features: zero when more than the allowed number is chosen or any harmful option is;
     * otherwise the share of the correct options chosen.
     */
    private static ItemResult keyFeatures(ItemDefinition.KeyFeatures item, Response response) {
        if (!(response instanceof Response.Choice chosen)) {
            return scored(item.common(), 0, null);
        }
        String harmful = harmfulChoice(item.options(), chosen);
        if (harmful != null || chosen.optionIds().size() > item.maxSelections()) {
            return scored(item.common(), 0, harmful);
        }
        long correct = item.options().stream().filter(ItemDefinition.Option::correct).count();
        long rightChosen = item.options().stream().filter(o -> o.correct() && chosen.optionIds().contains(o.id())).count();
        return scored(item.common(), rightChosen / (double) correct, null);
    }

    private static String harmfulChoice(List<ItemDefinition.Option> options, Response.Choice chosen) {
        return options.stream()
                .filter(o -> o.harmful() && chosen.optionIds().contains(o.id()))
                .map(o -> "chose a harmful option: " + o.text())
                .findFirst().orElse(null);
    }

    /**
     * Single choice: all or nothing. Multiple response, plus/minus: each correct option chosen adds
     * and each incorrect option chosen takes away one share; the item never goes below zero.
     */
    private static ItemResult choice(ItemDefinition.Choice item, Response response) {
        if (!(response instanceof Response.Choice chosen)) {
            return scored(item.common(), 0, null);
        }
        String harmful = harmfulChoice(item.options(), chosen);
        long correctOptions = item.options().stream().filter(ItemDefinition.Option::correct).count();
        long rightChosen = item.options().stream().filter(o -> o.correct() && chosen.optionIds().contains(o.id())).count();
        long wrongChosen = item.options().stream().filter(o -> !o.correct() && chosen.optionIds().contains(o.id())).count();
        double credit;
        if (!item.multiple()) {
            credit = chosen.optionIds().size() == 1 && rightChosen == 1 ? 1 : 0;
        } else {
            credit = Math.max(0, (rightChosen - wrongChosen) / (double) correctOptions);
        }
        return scored(item.common(), credit, harmful);
    }

    /** Share of left items matched to their own right item. */
    private static ItemResult matching(ItemDefinition.Matching item, Response response) {
        if (!(response instanceof Response.Matching r)) {
            return scored(item.common(), 0, null);
        }
        int right = 0;
        for (int i = 0; i < item.pairs().size(); i++) {
            Integer chosen = r.matches().get(i);
            if (chosen != null && chosen == i) {
                right++;
            }
        }
        return scored(item.common(), right / (double) item.pairs().size(), null);
    }

    /** Share of step pairs in the correct relative order: 1 when all are, 0 when the order is reversed. */
    private static ItemResult ordering(ItemDefinition.Ordering item, Response response) {
        if (!(response instanceof Response.Ordering r) || r.order().size() != item.sequence().size()) {
            return scored(item.common(), 0, null);
        }
        List<Integer> order = r.order();
        int n = order.size();
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (order.get(i) < order.get(j)) {
                    concordant++;
                }
            }
        }
        return scored(item.common(), concordant / (double) (n * (n - 1) / 2), null);
    }

    /** Full credit inside a correct region; a click inside a harmful region is a critical miss. */
    private static ItemResult hotspot(ItemDefinition.Hotspot item, Response response) {
        if (!(response instanceof Response.Hotspot click)) {
            return scored(item.common(), 0, null);
        }
        boolean right = item.regions().stream().anyMatch(region -> region.correct() && region.contains(click.x(), click.y()));
        String harmful = item.regions().stream()
                .filter(region -> region.harmful() && region.contains(click.x(), click.y()))
                .map(region -> "clicked a harmful area (" + region.id() + ")")
                .findFirst().orElse(null);
        return scored(item.common(), right ? 1 : 0, harmful);
    }

    private static ItemResult scored(ItemDefinition.Common common, double credit, String harmful) {
        String critical = harmful;
        if (critical == null && common.critical() && credit < 1.0) {
            critical = "a safety-critical question was answered wrongly";
        }
        return result(common, true, credit, critical);
    }

    private static ItemResult result(ItemDefinition.Common common, boolean answered, double credit, String critical) {
        return new ItemResult(common.id(), answered, credit, credit * common.points(), common.points(), critical);
    }
}
