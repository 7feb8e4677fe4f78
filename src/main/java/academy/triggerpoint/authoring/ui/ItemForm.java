package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.ItemVocabulary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/**
 * The form for one item, in an item bank ({@code /items/3}) or inside a case stage
 * ({@code /stages/1/items/0}): the fields every item has, then those of its type. Changing the
 * type lays the form out again with the new type's fields.
 */
final class ItemForm {

    private ItemForm() {
    }

    /** The layout of the item at {@code item}, a JSON pointer into its file. */
    static Consumer<YamlForm> at(String item) {
        return f -> {
            ComboBox<String> type = f.choice(item + "/type", f.getTranslation("authoring.item-form.type"), ItemVocabulary.TYPES);
            type.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    f.refresh();
                }
            });
            f.section(f.getTranslation("authoring.item-form.item"),
                    f.text(item + "/id", f.getTranslation("authoring.item-form.id")), type,
                    f.paragraph(item + "/stem", f.getTranslation("authoring.item-form.stem")),
                    f.paragraph(item + "/rationale", f.getTranslation("authoring.item-form.rationale")),
                    f.ids(item + "/tags", f.getTranslation("authoring.item-form.tags")),
                    f.choice(item + "/difficulty", f.getTranslation("authoring.item-form.difficulty"), ItemVocabulary.DIFFICULTIES),
                    f.text(item + "/lesson", f.getTranslation("authoring.item-form.lesson")),
                    f.text(item + "/competency", f.getTranslation("authoring.item-form.competency")),
                    points(f, item),
                    f.flag(item + "/critical", f.getTranslation("authoring.item-form.critical")));
            String value = type.getValue() == null ? "" : type.getValue();
            switch (value) {
                case "single-choice", "multiple-response" -> f.section(f.getTranslation("authoring.item-form.options-section"),
                        options(f, item));
                case "key-features" -> f.section(f.getTranslation("authoring.item-form.options-section"),
                        f.integer(item + "/maxSelections", f.getTranslation("authoring.item-form.max-selections")), options(f, item));
                case "true-false" -> f.section(f.getTranslation("authoring.item-form.answer-section"),
                        f.flag(item + "/answer", f.getTranslation("authoring.item-form.statement-true")),
                        f.text(item + "/feedbackTrue", f.getTranslation("authoring.item-form.feedback-true")),
                        f.text(item + "/feedbackFalse", f.getTranslation("authoring.item-form.feedback-false")));
                case "matching" -> f.section(f.getTranslation("authoring.item-form.pairs-section"),
                        f.rows(item + "/pairs", f.getTranslation("authoring.item-form.pairs"),
                                f.getTranslation("authoring.item-form.pairs.add"), row -> List.of(
                                        f.text(row + "/left", f.getTranslation("authoring.item-form.pairs.left")),
                                        f.text(row + "/right", f.getTranslation("authoring.item-form.pairs.right")))),
                        f.lines(item + "/distractors", f.getTranslation("authoring.item-form.distractors")));
                case "ordering" -> f.section(f.getTranslation("authoring.item-form.sequence-section"),
                        f.lines(item + "/sequence", f.getTranslation("authoring.item-form.sequence")));
                case "numeric" -> f.section(f.getTranslation("authoring.item-form.answer-section"),
                        f.decimal(item + "/answer", f.getTranslation("authoring.item-form.numeric-answer")),
                        f.decimal(item + "/tolerance", f.getTranslation("authoring.item-form.tolerance")),
                        f.text(item + "/unit", f.getTranslation("authoring.item-form.unit")));
                case "hotspot" -> f.section(f.getTranslation("authoring.item-form.hotspot-section"),
                        f.text(item + "/image", f.getTranslation("authoring.item-form.image")),
                        f.integer(item + "/width", f.getTranslation("authoring.item-form.width")),
                        f.integer(item + "/height", f.getTranslation("authoring.item-form.height")),
                        f.rows(item + "/regions", f.getTranslation("authoring.item-form.regions"),
                                f.getTranslation("authoring.item-form.regions.add"), row -> List.of(
                                        f.text(row + "/id", f.getTranslation("authoring.item-form.row.id")), regionName(f, row),
                                        f.inline(row + "/points", f.getTranslation("authoring.item-form.region.points")),
                                        f.flag(row + "/correct", f.getTranslation("authoring.item-form.row.correct")),
                                        f.flag(row + "/harmful", f.getTranslation("authoring.item-form.row.harmful")),
                                        f.text(row + "/feedback", f.getTranslation("authoring.item-form.row.feedback")))));
                case "script-concordance" -> f.section(f.getTranslation("authoring.item-form.script-concordance-section"),
                        f.text(item + "/hypothesis", f.getTranslation("authoring.item-form.hypothesis")),
                        f.text(item + "/finding", f.getTranslation("authoring.item-form.finding")),
                        f.choice(item + "/scale", f.getTranslation("authoring.item-form.scale"), ItemVocabulary.SCALES),
                        f.inline(item + "/panel", f.getTranslation("authoring.item-form.panel")));
                default -> { }
            }
        };
    }

    /** Learners who do not click the picture choose from the region names, so each region needs one. */
    private static TextField regionName(YamlForm f, String row) {
        TextField name = f.text(row + "/name", f.getTranslation("authoring.item-form.region.name"));
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(f.getTranslation("authoring.item-form.region.name.helper"));
        name.setWidth("22em");
        return name;
    }

    private static IntegerField points(YamlForm f, String item) {
        IntegerField points = f.integer(item + "/points", f.getTranslation("authoring.item-form.points"));
        points.setPlaceholder("1");
        return points;
    }

    private static Component options(YamlForm f, String item) {
        return f.rows(item + "/options", f.getTranslation("authoring.item-form.options"),
                f.getTranslation("authoring.item-form.options.add"), row -> {
                    TextField text = f.text(row + "/text", f.getTranslation("authoring.item-form.options.text"));
                    text.setWidth("26em");
                    return List.of(f.text(row + "/id", f.getTranslation("authoring.item-form.row.id")), text,
                            f.flag(row + "/correct", f.getTranslation("authoring.item-form.row.correct")),
                            f.flag(row + "/harmful", f.getTranslation("authoring.item-form.row.harmful")),
                            f.text(row + "/feedback", f.getTranslation("authoring.item-form.row.feedback")));
                });
    }
}
