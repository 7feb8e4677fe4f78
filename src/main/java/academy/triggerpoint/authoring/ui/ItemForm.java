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
            ComboBox<String> type = f.choice(item + "/type", "Type (type)", ItemVocabulary.TYPES);
            type.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    f.refresh();
                }
            });
            f.section("Item", f.text(item + "/id", "Id (id)"), type,
                    f.paragraph(item + "/stem", "Stem, Markdown (stem)"),
                    f.paragraph(item + "/rationale", "Rationale shown after answering (rationale)"),
                    f.ids(item + "/tags", "Tags (tags)"), f.choice(item + "/difficulty", "Difficulty (difficulty)", ItemVocabulary.DIFFICULTIES),
                    f.text(item + "/lesson", "Lesson it tests (lesson)"), f.text(item + "/competency", "Competency (competency)"),
                    points(f, item),
                    f.flag(item + "/critical", "Safety-critical: a wrong answer fails the attempt (critical)"));
            String value = type.getValue() == null ? "" : type.getValue();
            switch (value) {
                case "single-choice", "multiple-response" -> f.section("Options", options(f, item));
                case "key-features" -> f.section("Options",
                        f.integer(item + "/maxSelections", "Learners select at most (maxSelections)"), options(f, item));
                case "true-false" -> f.section("Answer",
                        f.flag(item + "/answer", "The statement is true (answer)"),
                        f.text(item + "/feedbackTrue", "Feedback for 'true' (feedbackTrue)"),
                        f.text(item + "/feedbackFalse", "Feedback for 'false' (feedbackFalse)"));
                case "matching" -> f.section("Pairs",
                        f.rows(item + "/pairs", "Pairs (pairs)", "Add a pair", row -> List.of(
                                f.text(row + "/left", "Left"), f.text(row + "/right", "Right"))),
                        f.lines(item + "/distractors", "Extra right-hand answers that match nothing (distractors)"));
                case "ordering" -> f.section("Sequence", f.lines(item + "/sequence", "Steps in the right order (sequence)"));
                case "numeric" -> f.section("Answer",
                        f.decimal(item + "/answer", "Answer (answer)"), f.decimal(item + "/tolerance", "Tolerance ± (tolerance)"),
                        f.text(item + "/unit", "Unit (unit)"));
                case "hotspot" -> f.section("Image and regions",
                        f.text(item + "/image", "Image (image)"), f.integer(item + "/width", "Width (width)"),
                        f.integer(item + "/height", "Height (height)"),
                        f.rows(item + "/regions", "Regions (regions): draw points with the hotspot drawer on the image",
                                "Add a region", row -> List.of(
                                        f.text(row + "/id", "Id"), f.inline(row + "/points", "Points [[x, y], …]"),
                                        f.flag(row + "/correct", "Correct"), f.flag(row + "/harmful", "Harmful"),
                                        f.text(row + "/feedback", "Feedback"))));
                case "script-concordance" -> f.section("Script concordance",
                        f.text(item + "/hypothesis", "If you were thinking of… (hypothesis)"),
                        f.text(item + "/finding", "…and then you find (finding)"),
                        f.choice(item + "/scale", "Scale (scale)", ItemVocabulary.SCALES),
                        f.inline(item + "/panel", "Expert panel for -2, -1, 0, +1, +2 (panel)"));
                default -> { }
            }
        };
    }

    private static IntegerField points(YamlForm f, String item) {
        IntegerField points = f.integer(item + "/points", "Points (points)");
        points.setPlaceholder("1");
        return points;
    }

    private static Component options(YamlForm f, String item) {
        return f.rows(item + "/options", "Options (options)", "Add an option", row -> {
            TextField text = f.text(row + "/text", "Text");
            text.setWidth("26em");
            return List.of(f.text(row + "/id", "Id"), text, f.flag(row + "/correct", "Correct"),
                    f.flag(row + "/harmful", "Harmful"), f.text(row + "/feedback", "Feedback"));
        });
    }
}
