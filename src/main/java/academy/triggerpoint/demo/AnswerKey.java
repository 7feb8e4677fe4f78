package academy.triggerpoint.demo;

import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The answers the demo's people give, read from the items' own keys: the right response to every
 * item type, the best choice of a case decision, or the choice that ends a case with a
 * safety-critical failure. For the demo history only; grading never asks it anything.
 */
final class AnswerKey {

    private AnswerKey() {
    }

    /** A response that earns full credit and chooses nothing harmful. */
    static Response right(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice choice -> {
                List<String> correct = correctIds(choice.options());
                yield new Response.Choice(choice.multiple() ? Set.copyOf(correct) : Set.of(correct.getFirst()));
            }
            case ItemDefinition.KeyFeatures keyFeatures -> new Response.Choice(correctIds(keyFeatures.options()).stream()
                    .limit(keyFeatures.maxSelections()).collect(Collectors.toUnmodifiableSet()));
            case ItemDefinition.TrueFalse trueFalse -> new Response.TrueFalse(trueFalse.answer());
            case ItemDefinition.Matching matching -> new Response.Matching(IntStream.range(0, matching.pairs().size())
                    .boxed().collect(Collectors.toUnmodifiableMap(i -> i, i -> i)));
            case ItemDefinition.Ordering ordering -> new Response.Ordering(
                    IntStream.range(0, ordering.sequence().size()).boxed().toList());
            case ItemDefinition.Numeric numeric -> new Response.Numeric(numeric.answer());
            case ItemDefinition.ScriptConcordance sct -> new Response.Scale(modal(sct.panel()) - 2);
            case ItemDefinition.Hotspot hotspot -> insideACorrectRegion(hotspot);
        };
    }

    /** The decision's best choice. */
    static Response best(CaseDefinition.Decision decision) {
        return new Response.Choice(Set.of(decision.best().id()));
    }

    /** A choice of the decision that ends the case with a safety-critical failure, if it has one. */
    static Optional<Response> harmful(CaseDefinition.Decision decision) {
        return decision.choices().stream().filter(c -> c.ending() == CaseDefinition.Ending.CRITICAL).findFirst()
                .map(c -> new Response.Choice(Set.of(c.id())));
    }

    private static List<String> correctIds(List<ItemDefinition.Option> options) {
        return options.stream().filter(ItemDefinition.Option::correct).map(ItemDefinition.Option::id).toList();
    }

    private static int modal(List<Integer> panel) {
        int best = 0;
        for (int i = 1; i < panel.size(); i++) {
            if (panel.get(i) > panel.get(best)) {
                best = i;
            }
        }
        return best;
    }

    /** A point inside a correct region and outside every harmful one, searched on a one-unit grid. */
    private static Response insideACorrectRegion(ItemDefinition.Hotspot hotspot) {
        for (ItemDefinition.Region region : hotspot.regions()) {
            if (!region.correct()) {
                continue;
            }
            ItemDefinition.Point centre = region.centre();
            if (acceptable(hotspot, region, centre.x(), centre.y())) {
                return new Response.Hotspot(centre.x(), centre.y());
            }
            ItemDefinition.Box box = region.box();
            for (double y = Math.floor(box.minY()); y <= box.maxY(); y++) {
                for (double x = Math.floor(box.minX()); x <= box.maxX(); x++) {
                    if (acceptable(hotspot, region, x + 0.5, y + 0.5)) {
                        return new Response.Hotspot(x + 0.5, y + 0.5);
                    }
                }
            }
        }
        throw new IllegalStateException("Hotspot item " + hotspot.id() + " has no correct point to click");
    }

    private static boolean acceptable(ItemDefinition.Hotspot hotspot, ItemDefinition.Region region, double x, double y) {
        return x >= 0 && y >= 0 && x <= hotspot.width() && y <= hotspot.height() && region.contains(x, y)
                && hotspot.regions().stream().noneMatch(r -> r.harmful() && r.contains(x, y));
    }
}
