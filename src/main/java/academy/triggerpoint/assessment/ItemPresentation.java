package academy.triggerpoint.assessment;

import academy.triggerpoint.assessment.grading.ItemDraw;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns an item definition into what the learner may see before submitting: the stem and the
 * choices in the attempt's shuffled order, never a key, a feedback text or a rationale.
 */
final class ItemPresentation {

    private ItemPresentation() {
    }

    /**
     * @param sourcePath the course file the item is written in; relative image paths resolve against it
     */
    static PresentedItem present(ItemDefinition item, int number, long seed, long versionId, String sourcePath) {
        return present(item, number, seed, sourcePath, CourseLibrary.ASSET_PATH + versionId + "/");
    }

    /** @param assetBase where the item's images are served from (a stored version, or a draft in preview) */
    static PresentedItem present(ItemDefinition item, int number, long seed, String sourcePath, String assetBase) {
        String stem = stemHtml(item, sourcePath, assetBase);
        int points = item.common().points();
        return switch (item) {
            case ItemDefinition.Choice c -> new PresentedItem(item.id(), number,
                    c.multiple() ? "multiple-response" : "single-choice", stem, points, c.multiple(),
                    shuffledOptions(c.options(), seed, item.id()), List.of(), null, null, 0, 0, 0);
            case ItemDefinition.KeyFeatures k -> new PresentedItem(item.id(), number, "key-features", stem, points, true,
                    shuffledOptions(k.options(), seed, item.id()), List.of(), null, null, 0, 0, k.maxSelections());
            case ItemDefinition.TrueFalse t -> new PresentedItem(item.id(), number, "true-false", stem, points, false,
                    List.of(new PresentedItem.Choice("true", "True"), new PresentedItem.Choice("false", "False")),
                    List.of(), null, null, 0, 0, 0);
            case ItemDefinition.Matching m -> {
                List<String> rights = m.rightChoices();
                List<PresentedItem.Choice> choices = ItemDraw.permutation(seed, item.id(), rights.size()).stream()
                        .map(i -> new PresentedItem.Choice(String.valueOf(i), rights.get(i))).toList();
                yield new PresentedItem(item.id(), number, "matching", stem, points, false, choices,
                        m.pairs().stream().map(ItemDefinition.Pair::left).toList(), null, null, 0, 0, 0);
            }
            case ItemDefinition.Ordering o -> {
                List<PresentedItem.Choice> steps = ItemDraw.permutation(seed, item.id(), o.sequence().size()).stream()
                        .map(i -> new PresentedItem.Choice(String.valueOf(i), o.sequence().get(i))).toList();
                yield new PresentedItem(item.id(), number, "ordering", stem, points, false, steps, List.of(), null, null,
                        0, 0, 0);
            }
            case ItemDefinition.Numeric n -> new PresentedItem(item.id(), number, "numeric", stem, points, false,
                    List.of(), List.of(), n.unit(), null, 0, 0, 0);
            case ItemDefinition.Hotspot h -> new PresentedItem(item.id(), number, "hotspot", stem, points, false,
                    areasByName(h), List.of(), null, assetBase + h.image(), h.width(), h.height(), 0);
            case ItemDefinition.ScriptConcordance s -> new PresentedItem(item.id(), number, "script-concordance", stem,
                    points, false, IntStream.rangeClosed(-2, 2).mapToObj(v -> new PresentedItem.Choice(String.valueOf(v),
                            AnswerText.scalePoint(s, v))).toList(), List.of(), null, null, 0, 0, 0);
        };
    }

    /**
     * A hotspot's areas as a list to choose from instead of clicking (WCAG 2.1.1): each region's name
     * with, as its value, a point inside it and as few other regions as possible ("x,y"), so choosing it is graded as a click there.
     * Sorted by name, so the order says nothing about the key.
     */
    private static List<PresentedItem.Choice> areasByName(ItemDefinition.Hotspot hotspot) {
        return hotspot.regions().stream()
                .flatMap(region -> hotspot.pointFor(region).stream().map(p -> new PresentedItem.Choice(
                        PresentedItem.areaValue(p.x(), p.y()), region.name())))
                .sorted(java.util.Comparator.comparing(PresentedItem.Choice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The stem as safe HTML; a script-concordance item adds its hypothesis, finding and question. */
    static String stemHtml(ItemDefinition item, String sourcePath, String assetBase) {
        String markdown = item instanceof ItemDefinition.ScriptConcordance s ? s.questionMarkdown() : item.common().stem();
        return LessonRenderer.toSafeHtml(markdown, sourcePath, assetBase);
    }

    /** Bank items resolve their images against the item bank's folder. */
    static String bankPath(ItemDefinition item) {
        return "modules/" + item.common().moduleId() + "/items/bank.yaml";
    }

    private static List<PresentedItem.Choice> shuffledOptions(List<ItemDefinition.Option> options, long seed, String itemId) {
        return ItemDraw.permutation(seed, itemId, options.size()).stream()
                .map(i -> new PresentedItem.Choice(options.get(i).id(), options.get(i).text())).toList();
    }
}
