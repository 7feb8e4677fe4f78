package academy.triggerpoint.authoring.questions.qti;

import academy.triggerpoint.authoring.questions.ItemBankYaml;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition.Choice;
import academy.triggerpoint.catalog.content.ItemDefinition.Hotspot;
import academy.triggerpoint.catalog.content.ItemDefinition.KeyFeatures;
import academy.triggerpoint.catalog.content.ItemDefinition.Matching;
import academy.triggerpoint.catalog.content.ItemDefinition.Numeric;
import academy.triggerpoint.catalog.content.ItemDefinition.Option;
import academy.triggerpoint.catalog.content.ItemDefinition.Ordering;
import academy.triggerpoint.catalog.content.ItemDefinition.Region;
import academy.triggerpoint.catalog.content.ItemDefinition.ScriptConcordance;
import academy.triggerpoint.catalog.content.ItemDefinition.TrueFalse;
import java.util.List;
import java.util.Locale;

/**
 * Writes complete items as an item bank file, every field the course format has: unlike the GIFT and
 * Moodle import, a QTI item of this platform comes back with its lesson, tags, flags and keys.
 * Texts are written with {@link ItemBankYaml#scalar}, so the loader reads back exactly the text.
 */
public final class ItemYaml {

    private static final String IN = "    ";

    private ItemYaml() {
    }

    /**
     * The bank file's text. {@code extraTag}, when not null, is added to every item's tags (a pool on
     * it draws exactly these items); an item without tags gets {@code imported}.
     */
    public static String write(List<ItemDefinition> items, String extraTag) {
        if (items.isEmpty()) {
            return "items: []\n";
        }
        StringBuilder y = new StringBuilder("items:\n");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                y.append('\n');
            }
            item(y, items.get(i), extraTag);
        }
        return y.toString();
    }

    private static void item(StringBuilder y, ItemDefinition item, String extraTag) {
        ItemDefinition.Common c = item.common();
        y.append("  - id: ").append(s(c.id(), IN)).append('\n');
        field(y, IN, "type", QtiExport.type(item));
        field(y, IN, "lesson", c.lessonId());
        List<String> tags = new java.util.ArrayList<>(c.tags());
        if (tags.isEmpty()) {
            tags.add("imported");
        }
        if (extraTag != null && !tags.contains(extraTag)) {
            tags.add(extraTag);
        }
        y.append(IN).append("tags: [").append(String.join(", ", tags.stream().map(t -> s(t, IN)).toList())).append("]\n");
        optional(y, IN, "competency", c.competency());
        field(y, IN, "difficulty", c.difficulty());
        if (c.critical()) {
            y.append(IN).append("critical: true\n");
        }
        if (c.points() != 1) {
            y.append(IN).append("points: ").append(c.points()).append('\n');
        }
        if (!(item instanceof ScriptConcordance) || !c.stem().isEmpty()) {
            field(y, IN, "stem", c.stem());
        }
        optional(y, IN, "rationale", c.rationale());
        switch (item) {
            case Choice ch -> options(y, ch.options());
            case KeyFeatures kf -> {
                y.append(IN).append("maxSelections: ").append(kf.maxSelections()).append('\n');
                options(y, kf.options());
            }
            case TrueFalse tf -> {
                y.append(IN).append("answer: ").append(tf.answer()).append('\n');
                optional(y, IN, "feedbackTrue", tf.feedbackTrue());
                optional(y, IN, "feedbackFalse", tf.feedbackFalse());
            }
            case Matching m -> {
                y.append(IN).append("pairs:\n");
                for (ItemDefinition.Pair pair : m.pairs()) {
                    y.append(IN).append("  - left: ").append(s(pair.left(), IN + "      ")).append('\n');
                    field(y, IN + "    ", "right", pair.right());
                }
                if (!m.distractors().isEmpty()) {
                    list(y, "distractors", m.distractors());
                }
            }
            case Ordering o -> list(y, "sequence", o.sequence());
            case Numeric n -> {
                y.append(IN).append("answer: ").append(n.answer().toPlainString()).append('\n');
                y.append(IN).append("tolerance: ").append(n.tolerance().toPlainString()).append('\n');
                optional(y, IN, "unit", n.unit());
            }
            case Hotspot h -> {
                field(y, IN, "image", h.image());
                y.append(IN).append("width: ").append(h.width()).append('\n');
                y.append(IN).append("height: ").append(h.height()).append('\n');
                y.append(IN).append("regions:\n");
                for (Region r : h.regions()) {
                    String in = IN + "    ";
                    y.append(IN).append("  - id: ").append(s(r.id(), in)).append('\n');
                    field(y, in, "name", r.name());
                    y.append(in).append("points: [").append(String.join(", ", r.points().stream()
                            .map(p -> "[" + QtiExport.number(p.x()) + ", " + QtiExport.number(p.y()) + "]").toList())).append("]\n");
                    if (r.correct()) {
                        y.append(in).append("correct: true\n");
                    }
                    if (r.harmful()) {
                        y.append(in).append("harmful: true\n");
                    }
                    optional(y, in, "feedback", r.feedback());
                }
            }
            case ScriptConcordance sc -> {
                field(y, IN, "hypothesis", sc.hypothesis());
                field(y, IN, "finding", sc.finding());
                field(y, IN, "scale", sc.scale().name().toLowerCase(Locale.ROOT));
                if (sc.demonstration()) {
                    y.append(IN).append("demoPanel: [").append(String.join(", ", sc.panel().stream().map(String::valueOf)
                            .toList())).append("]\n");
                }
            }
        }
    }

    private static void options(StringBuilder y, List<Option> options) {
        y.append(IN).append("options:\n");
        String in = IN + "    ";
        for (Option o : options) {
            y.append(IN).append("  - id: ").append(s(o.id(), in)).append('\n');
            field(y, in, "text", o.text());
            if (o.correct()) {
                y.append(in).append("correct: true\n");
            }
            if (o.harmful()) {
                y.append(in).append("harmful: true\n");
            }
            optional(y, in, "feedback", o.feedback());
        }
    }

    private static void list(StringBuilder y, String key, List<String> values) {
        y.append(IN).append(key).append(":\n");
        values.forEach(v -> y.append(IN).append("  - ").append(s(v, IN + "    ")).append('\n'));
    }

    private static void field(StringBuilder y, String in, String key, String value) {
        y.append(in).append(key).append(": ").append(s(value, in + "  ")).append('\n');
    }

    private static void optional(StringBuilder y, String in, String key, String value) {
        if (value != null && !value.isEmpty()) {
            field(y, in, key, value);
        }
    }

    private static String s(String value, String blockIndent) {
        return ItemBankYaml.scalar(value, blockIndent);
    }
}
