package academy.triggerpoint.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class YamlFormTest {

    private static final Path COURSE = Path.of("courses/needle-safety-refresher");
    private static final YAMLMapper YAML = new YAMLMapper();

    @BeforeEach
    void vaadin() {
        MockVaadinWithTexts.setUp();
    }

    @AfterEach
    void tearDown() {
        MockVaadinWithTexts.tearDown();
    }

    static Stream<Path> shippedFormFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("courses"))) {
            return files.filter(p -> p.endsWith("course.yaml") || p.endsWith("module.yaml")).toList().stream();
        }
    }

    private static YamlForm formFor(String path, String yaml) {
        return YamlForm.of(yaml, FileForms.layoutFor(path).orElseThrow()).orElseThrow();
    }

    private static String formPath(Path file) {
        return file.endsWith("course.yaml") ? "course.yaml" : "modules/" + file.getParent().getFileName() + "/module.yaml";
    }

    @ParameterizedTest
    @MethodSource("shippedFormFiles")
    void an_untouched_form_writes_back_every_value_of_a_shipped_file(Path file) throws IOException {
        String yaml = Files.readString(file);
        YamlForm form = formFor(formPath(file), yaml);

        assertThat(form.changed()).isFalse();
        assertThat(YAML.readTree(form.yaml())).isEqualTo(YAML.readTree(yaml));
    }

    static Stream<Path> shippedItemFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("courses"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")
                    && (p.getParent().endsWith("items") || p.getParent().endsWith("cases"))).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedItemFiles")
    void an_untouched_item_form_writes_back_every_item_of_a_shipped_bank_or_case(Path file) throws IOException {
        String yaml = Files.readString(file);
        String outlinePath = file.getParent().endsWith("cases") ? "cases/" + file.getFileName() : "modules/m/items/" + file.getFileName();
        List<String> items = YamlOutline.of(outlinePath, yaml).orElseThrow().lines().stream()
                .filter(l -> l.kind() == YamlOutline.Kind.ITEM).map(YamlOutline.Line::pointer).toList();
        assertThat(items).isNotEmpty();

        for (String item : items) {
            YamlForm form = YamlForm.of(yaml, ItemForm.at(item)).orElseThrow();
            assertThat(form.changed()).isFalse();
            assertThat(YAML.readTree(form.yaml())).as(item).isEqualTo(YAML.readTree(yaml));
        }
    }

    @Test
    void changing_an_items_type_shows_the_fields_of_the_new_type() {
        YamlForm form = YamlForm.of("""
                items:
                  - id: depth
                    type: single-choice
                    stem: Which depth?
                    options:
                      - id: a
                        text: Shallow
                        correct: true
                """, ItemForm.at("/items/0")).orElseThrow();
        assertThat(_find(form, Button.class, spec -> spec.withText("Add an option"))).hasSize(1);

        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(form, ComboBox.class, spec -> spec.withLabel("Type (type)"));
        _setValue(type, "true-false");

        assertThat(_find(form, Button.class, spec -> spec.withText("Add an option"))).isEmpty();
        _get(form, Checkbox.class, spec -> spec.withLabel("The statement is true (answer)")).setValue(true);
        JsonNode item = YAML.readTree(form.yaml()).get("items").get(0);
        assertThat(item.get("type").asString()).isEqualTo("true-false");
        assertThat(item.get("answer").asBoolean()).isTrue();
    }

    @Test
    void hotspot_points_are_written_as_yaml_and_text_that_is_not_yaml_is_kept_for_the_validator() {
        String yaml = """
                items:
                  - id: zone
                    type: hotspot
                    regions:
                      - id: safe
                        points: [[0, 0], [10, 0], [10, 10]]
                """;
        YamlForm form = YamlForm.of(yaml, ItemForm.at("/items/0")).orElseThrow();
        TextField points = _get(form, TextField.class, spec -> spec.withLabel("Points [[x, y], …]"));
        assertThat(points.getValue()).isEqualTo("[[0,0],[10,0],[10,10]]");

        points.setValue("[[0, 0], [20, 0], [20, 20], [0, 20]]");
        assertThat(YAML.readTree(form.yaml()).at("/items/0/regions/0/points")).hasSize(4);
        points.setValue("[[0, 0], [20");
        assertThat(YAML.readTree(form.yaml()).at("/items/0/regions/0/points").asString()).isEqualTo("[[0, 0], [20");
    }

    @Test
    void a_hotspot_regions_name_is_edited_in_its_row() {
        String yaml = """
                items:
                  - id: zone
                    type: hotspot
                    regions:
                      - id: rib
                        name: Needle 2
                        points: [[0, 0], [10, 0], [10, 10]]
                """;
        YamlForm form = YamlForm.of(yaml, ItemForm.at("/items/0")).orElseThrow();
        TextField name = _get(form, TextField.class, spec -> spec.withLabel("Name learners see"));
        assertThat(name.getValue()).isEqualTo("Needle 2");

        name.setValue("Top box: stop and refer");
        assertThat(YAML.readTree(form.yaml()).at("/items/0/regions/0/name").asString()).isEqualTo("Top box: stop and refer");
    }

    @Test
    void a_changed_field_changes_only_its_own_value() throws IOException {
        String yaml = Files.readString(COURSE.resolve("course.yaml"));
        YamlForm form = formFor("course.yaml", yaml);

        _get(form, TextField.class, spec -> spec.withLabel("Title (title)")).setValue("Needle Safety Refresher 2027");
        _get(form, BigDecimalField.class, spec -> spec.withLabel("CE contact hours (ceContactHours)")).setValue(new BigDecimal("1.25"));
        TextArea objectives = _get(form, TextArea.class, spec -> spec.withLabel("Learning objectives (objectives)"));
        objectives.setValue(objectives.getValue() + "\n\n  Describe one new thing.  \n");

        assertThat(form.changed()).isTrue();
        JsonNode before = YAML.readTree(yaml);
        JsonNode after = YAML.readTree(form.yaml());
        assertThat(after.get("title").asString()).isEqualTo("Needle Safety Refresher 2027");
        assertThat(after.get("ceContactHours").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(after.get("objectives")).hasSize(before.get("objectives").size() + 1);
        assertThat(after.get("objectives").get(before.get("objectives").size()).asString()).isEqualTo("Describe one new thing.");
        assertThat(after.get("competencies")).isEqualTo(before.get("competencies"));
        assertThat(after.get("grading")).isEqualTo(before.get("grading"));
        assertThat(after.propertyNames()).containsExactlyElementsOf(before.propertyNames());
    }

    @Test
    void rows_can_be_added_and_removed_and_the_other_rows_keep_their_edits() throws IOException {
        YamlForm form = formFor("course.yaml", Files.readString(COURSE.resolve("course.yaml")));
        _get(form, TextField.class, spec -> spec.withLabel("Title").withValue("Needle safety and contraindications"))
                .setValue("Needle safety");

        _click(_get(form, Button.class, spec -> spec.withText("Add a competency")));
        List<TextField> ids = _find(form, TextField.class, spec -> spec.withLabel("Id"));
        ids.getLast().setValue("sharps-handling");
        _get(form, TextField.class, spec -> spec.withLabel("Title").withValue("")).setValue("Sharps handling");
        Component adverseEvents = _get(form, TextField.class, spec -> spec.withValue("adverse-event-response")).getParent().orElseThrow();
        _click(_get(adverseEvents, Button.class, spec -> spec.withText("Remove")));

        JsonNode competencies = YAML.readTree(form.yaml()).get("competencies");
        assertThat(competencies).hasSize(3);
        assertThat(competencies.get(1).get("title").asString()).isEqualTo("Needle safety");
        assertThat(competencies.get(2).get("id").asString()).isEqualTo("sharps-handling");
        assertThat(competencies.get(2).get("title").asString()).isEqualTo("Sharps handling");
    }

    @Test
    void the_validators_problems_show_on_the_field_they_concern() throws IOException {
        YamlForm form = formFor("course.yaml", Files.readString(COURSE.resolve("course.yaml")));
        _get(form, TextField.class, spec -> spec.withLabel("Title (title)")).setValue("");
        _get(form, BigDecimalField.class, spec -> spec.withLabel("CE contact hours (ceContactHours)")).setValue(new BigDecimal("1.1"));
        _find(form, TextField.class, spec -> spec.withLabel("Id")).get(1).setValue("Needle Safety");

        List<Problem> problems = validate(form.yaml());
        form.showProblems(problems);

        TextField title = _get(form, TextField.class, spec -> spec.withLabel("Title (title)"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("required field 'title' is missing");
        assertThat(_get(form, BigDecimalField.class, spec -> spec.withLabel("CE contact hours (ceContactHours)")).getErrorMessage())
                .contains("multiple of 0.25");
        TextField competencyId = _find(form, TextField.class, spec -> spec.withLabel("Id")).get(1);
        assertThat(competencyId.getErrorMessage()).contains("'Needle Safety' is not a valid id");
        assertThat(_get(form, TextField.class, spec -> spec.withLabel("Version (version)")).isInvalid()).isFalse();
    }

    @Test
    void problems_about_no_field_of_the_form_are_listed_above_it() {
        YamlForm form = formFor("course.yaml", "id: x\ntitle: X\n");

        form.showProblems(List.of(new Problem("courses/x/course.yaml", 0, "the course folder has no modules")));

        assertThat(_find(form, ListItem.class)).extracting(ListItem::getText).containsExactly("the course folder has no modules");
    }

    @Test
    void a_file_that_is_not_a_yaml_mapping_gets_no_form() {
        assertThat(YamlForm.of("title: [unclosed", FileForms.layoutFor("course.yaml").orElseThrow())).isEmpty();
        assertThat(YamlForm.of("- a list", FileForms.layoutFor("course.yaml").orElseThrow())).isEmpty();
        assertThat(FileForms.layoutFor("modules/m/lesson.md")).isEmpty();
    }

    /** The course folder with {@code manifest} as its course.yaml, through the loader's own validator. */
    private static List<Problem> validate(String manifest) throws IOException {
        CourseFiles shipped = CourseFiles.readFolder(COURSE, "courses/" + COURSE.getFileName());
        Map<String, byte[]> files = new HashMap<>(shipped.files());
        files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        return CourseParser.parse(new CourseFiles(shipped.folderName(), shipped.folderLabel(), files)).problems().stream()
                .filter(p -> p.file().endsWith("course.yaml")).toList();
    }
}
