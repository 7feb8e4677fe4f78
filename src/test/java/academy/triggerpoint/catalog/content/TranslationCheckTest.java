package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class TranslationCheckTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static ItemDefinition.Common common(String id, String stem, boolean critical) {
        return new ItemDefinition.Common(id, "m", "lesson", List.of("safety"), null, "medium", critical, 1, stem,
                "Rationale: " + stem, "bank.yaml", 1);
    }

    private static ItemDefinition.Option option(String id, String text, boolean correct, boolean harmful) {
        return new ItemDefinition.Option(id, text, correct, harmful, "Feedback on " + text);
    }

    private static ItemDefinition choice(String id, String stem, boolean critical, ItemDefinition.Option... options) {
        return new ItemDefinition.Choice(common(id, stem, critical), false, List.of(options));
    }

    private static final ItemDefinition SCREEN = choice("screen", "A patient on warfarin asks for needling.", true,
            option("a", "Ask about the INR", true, false), option("b", "Needle as usual", false, true));
    private static final ItemDefinition SCREEN_DE = choice("screen", "Ein Patient unter Warfarin bittet ums Nadeln.", true,
            option("a", "Nach dem INR-Wert fragen", true, false), option("b", "Wie gewohnt nadeln", false, true));

    private static ItemDefinition numeric(String id, String answer, String tolerance, String unit) {
        return new ItemDefinition.Numeric(common(id, "How many hours?", false), new BigDecimal(answer),
                new BigDecimal(tolerance), unit);
    }

    private static ItemDefinition.Hotspot hotspot(String name, boolean correct, double... xy) {
        List<ItemDefinition.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new ItemDefinition.Point(xy[i], xy[i + 1]));
        }
        return new ItemDefinition.Hotspot(common("band", "Click the nodule.", false), "images/band.svg", 100, 40,
                List.of(new ItemDefinition.Region("nodule", name, points, correct, false, "Feedback")));
    }

    @Test
    void a_translation_that_changes_only_texts_has_no_difference() {
        assertThat(TranslationCheck.item(SCREEN, SCREEN_DE)).isEmpty();
        assertThat(TranslationCheck.item(numeric("hours", "36", "12", "hours"), numeric("hours", "36.0", "12", "Stunden")))
                .as("the same number written otherwise, and a translated unit").isEmpty();
        assertThat(TranslationCheck.item(hotspot("Red circle", true, 43, 13, 57, 13, 57, 27),
                hotspot("Roter Kreis", true, 43, 13, 57, 13, 57, 27))).isEmpty();
        ItemDefinition matching = new ItemDefinition.Matching(common("match", "Match them.", false),
                List.of(new ItemDefinition.Pair("Upper trapezius", "Neck"), new ItemDefinition.Pair("Gluteus medius", "Back")),
                List.of("Knee"));
        ItemDefinition matchingDe = new ItemDefinition.Matching(common("match", "Ordnen Sie zu.", false),
                List.of(new ItemDefinition.Pair("Oberer Trapezius", "Hals"), new ItemDefinition.Pair("Gluteus medius", "Rücken")),
                List.of("Knie"));
        assertThat(TranslationCheck.item(matching, matchingDe)).isEmpty();
    }

    @Test
    void a_changed_key_is_the_difference_reported_at_its_field() {
        ItemDefinition keyMoved = choice("screen", "Ein Patient unter Warfarin bittet ums Nadeln.", true,
                option("a", "Nach dem INR-Wert fragen", false, false), option("b", "Wie gewohnt nadeln", true, false));

        assertThat(TranslationCheck.item(SCREEN, keyMoved)).hasValueSatisfying(d -> {
            assertThat(d.pointer()).isEqualTo("/options/0/correct");
            assertThat(d.message()).isEqualTo("item 'screen': 'correct' of option 'a' is false here but true in the "
                    + "original; a translation may change only texts");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "critical | /critical        | 'critical' is false here but true in the original",
            "harmful  | /options/1/harmful | 'harmful' of option 'b' is false here but true in the original",
            "option   | /options/1/id    | option 2 is 'c' here but 'b' in the original",
            "count    | /options         | the number of options is 1 here but 2 in the original",
            "type     | /type            | 'type' is 'multiple-response' here but 'single-choice' in the original"})
    void each_structural_change_to_a_choice_item_is_named(String change, String pointer, String message) {
        ItemDefinition.Option a = option("a", "Nach dem INR-Wert fragen", true, false);
        ItemDefinition translated = switch (change) {
            case "critical" -> choice("screen", "Text", false, a, option("b", "Wie gewohnt nadeln", false, true));
            case "harmful" -> choice("screen", "Text", true, a, option("b", "Wie gewohnt nadeln", false, false));
            case "option" -> choice("screen", "Text", true, a, option("c", "Wie gewohnt nadeln", false, true));
            case "count" -> choice("screen", "Text", true, a);
            default -> new ItemDefinition.Choice(common("screen", "Text", true), true,
                    List.of(a, option("b", "Wie gewohnt nadeln", false, true)));
        };

        assertThat(TranslationCheck.item(SCREEN, translated)).hasValueSatisfying(d -> {
            assertThat(d.pointer()).isEqualTo(pointer);
            assertThat(d.message()).isEqualTo("item 'screen': " + message + "; a translation may change only texts");
        });
    }

    @Test
    void only_the_first_difference_of_an_item_is_reported() {
        ItemDefinition everythingChanged = choice("screen", "Text", false, option("x", "Irgendwas", false, false));

        assertThat(TranslationCheck.item(SCREEN, everythingChanged)).map(TranslationCheck.Difference::pointer)
                .hasValue("/critical");
    }

    @Test
    void numeric_keys_hotspot_regions_and_the_length_of_an_ordering_are_structure() {
        assertThat(TranslationCheck.item(numeric("hours", "36", "12", "hours"), numeric("hours", "48", "12", "Stunden")))
                .map(TranslationCheck.Difference::message).hasValue("item 'hours': 'answer' is 48 here but 36 in the "
                        + "original; a translation may change only texts");
        assertThat(TranslationCheck.item(numeric("hours", "36", "12", "hours"), numeric("hours", "36", "24", "hours")))
                .map(TranslationCheck.Difference::pointer).hasValue("/tolerance");
        assertThat(TranslationCheck.item(hotspot("Red circle", true, 43, 13, 57, 13, 57, 27),
                hotspot("Roter Kreis", true, 43, 13, 57, 13, 50, 27))).map(TranslationCheck.Difference::message)
                .hasValue("item 'band': the points of region 'nodule' is [[43, 13], [57, 13], [50, 27]] here but "
                        + "[[43, 13], [57, 13], [57, 27]] in the original; a translation may change only texts");
        assertThat(TranslationCheck.item(hotspot("Red circle", true, 1, 1, 2, 2, 3, 1), hotspot("Roter Kreis", false, 1, 1, 2, 2, 3, 1)))
                .map(TranslationCheck.Difference::pointer).hasValue("/regions/0/correct");
        ItemDefinition order = new ItemDefinition.Ordering(common("steps", "Order them.", false), List.of("One", "Two", "Three"));
        ItemDefinition shorter = new ItemDefinition.Ordering(common("steps", "Ordnen Sie.", false), List.of("Eins", "Zwei"));
        assertThat(TranslationCheck.item(order, shorter)).map(TranslationCheck.Difference::message)
                .hasValue("item 'steps': the number of steps is 2 here but 3 in the original; a translation may change only texts");
    }

    @Test
    void a_bank_reports_missing_and_extra_items_the_first_item_out_of_order_and_each_items_first_difference() {
        ItemDefinition hours = numeric("hours", "36", "12", "hours");
        ItemDefinition steps = new ItemDefinition.Ordering(common("steps", "Order.", false), List.of("1", "2", "3"));
        ItemDefinition extra = numeric("extra", "1", "0", "mm");
        ItemDefinition hoursChanged = numeric("hours", "48", "12", "Stunden");

        assertThat(TranslationCheck.bank(List.of(SCREEN, hours, steps), List.of(SCREEN_DE, steps)))
                .extracting(TranslationCheck.Difference::pointer, TranslationCheck.Difference::message)
                .containsExactly(tuple("/items/1", "item 'hours' of the original is missing here; a translation has every "
                        + "item of the original, in the same order"));
        assertThat(TranslationCheck.bank(List.of(SCREEN, hours), List.of(SCREEN_DE, hours, extra)))
                .extracting(TranslationCheck.Difference::pointer, TranslationCheck.Difference::message)
                .containsExactly(tuple("/items/2/id", "item 'extra' is not in the original; a translation has the "
                        + "original's items, no others"));
        assertThat(TranslationCheck.bank(List.of(SCREEN, hours, steps), List.of(hours, SCREEN_DE, steps)))
                .extracting(TranslationCheck.Difference::pointer, TranslationCheck.Difference::message)
                .containsExactly(tuple("/items/0/id", "item 'hours' is item 2 of the original but item 1 here; a "
                        + "translation keeps the original's order"));
        assertThat(TranslationCheck.bank(List.of(SCREEN, hours), List.of(SCREEN_DE, hoursChanged)))
                .extracting(TranslationCheck.Difference::pointer).containsExactly("/items/1/answer");
        assertThat(TranslationCheck.bank(List.of(SCREEN, hours, steps), List.of(SCREEN_DE, hours, steps))).isEmpty();
    }

    private static JsonNode frontMatter(String yaml) {
        return YAML.readTree(yaml);
    }

    @Test
    void a_translated_lesson_keeps_every_front_matter_field_but_its_title() {
        JsonNode original = frontMatter("title: Taut bands\nminutes: 5\n");

        assertThat(TranslationCheck.frontMatter(original, frontMatter("title: Hartspannstränge\nminutes: 5\n"))).isEmpty();
        assertThat(TranslationCheck.frontMatter(original, frontMatter("title: Hartspannstränge\nminutes: 6\n")))
                .hasValueSatisfying(d -> {
                    assertThat(d.pointer()).isEqualTo("/minutes");
                    assertThat(d.message()).isEqualTo("'minutes' is 6 here but 5 in the original; a translation may "
                            + "change only texts");
                });
        assertThat(TranslationCheck.frontMatter(original, frontMatter("title: Hartspannstränge\n")))
                .map(TranslationCheck.Difference::message)
                .hasValue("'minutes' is missing here but is 5 in the original; a translation may change only texts");
    }

    private static LessonDefinition lesson(String markdown) {
        return new LessonDefinition("taut-bands", "basics", "T", 5, markdown, "modules/basics/taut-bands.md", 4);
    }

    @Test
    void a_translated_lesson_keeps_the_headings_and_images_of_its_original() {
        LessonDefinition original = lesson("# Bands\n\nText.\n\n## Finding one\n\n![A band](images/band.svg)\n");

        assertThat(TranslationCheck.lessonBody(original,
                lesson("# Stränge\n\nText.\n\n## Einen finden\n\n![Ein Strang](images/band.svg)\n"))).isEmpty();
        assertThat(TranslationCheck.lessonBody(original, lesson("# Stränge\n\nText.\n\n![Ein Strang](images/band.svg)\n")))
                .extracting(TranslationCheck.Difference::line, TranslationCheck.Difference::message)
                .containsExactly(tuple(5, "this translation has 1 heading, the original has 2; a translation keeps the "
                        + "original's headings"));
        assertThat(TranslationCheck.lessonBody(original,
                lesson("# Stränge\n\nText.\n\n### Einen finden\n\n![Ein Strang](images/knot.svg)\n")))
                .extracting(TranslationCheck.Difference::line, TranslationCheck.Difference::message)
                .containsExactly(
                        tuple(9, "heading 2 is level 3 (###) here but level 2 (##) in the original; a translation keeps "
                                + "the original's headings"),
                        tuple(11, "image 1 is 'images/knot.svg' here but 'images/band.svg' in the original; a translation "
                                + "shows the original's images (only their alt text is translated)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "modules/basics/taut-bands.de.md       | modules/basics/taut-bands.md       | de",
            "modules/safety/items/bank.pt-BR.yaml  | modules/safety/items/bank.yaml     | pt-BR",
            "modules/basics/taut-bands.md          | none                               | none",
            "modules/basics/items/bank.yaml        | none                               | none"})
    void a_translation_is_named_after_its_original_with_the_language_before_the_extension(String path, String original,
                                                                                         String language) {
        assertThat(TranslationCheck.Name.of(path).map(TranslationCheck.Name::originalPath)).isEqualTo(java.util.Optional.ofNullable(original));
        assertThat(TranslationCheck.Name.of(path).map(TranslationCheck.Name::language)).isEqualTo(java.util.Optional.ofNullable(language));
    }
}
