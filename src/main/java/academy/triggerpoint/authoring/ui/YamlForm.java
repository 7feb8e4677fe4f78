package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.catalog.content.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A form over one YAML file: each field is bound to the JSON pointer of the value it edits, writes
 * back only what the author changed (so a save from an untouched form keeps every value), and shows
 * the validator's problems on the field they concern. Lists of mappings (competencies, grading
 * components, draw pools) are rows that can be added and removed. The file is written back with
 * its keys in their order; comments are not kept, which the editor tells the author.
 */
final class YamlForm extends VerticalLayout {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE,
                    YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One field: where it writes, how it writes, and how it shows a problem. */
    private record Binding(String pointer, Runnable write, Consumer<String> showProblem, BooleanSupplier changed) {
    }

    private final ObjectNode root;
    private final Consumer<YamlForm> layout;
    private final List<Binding> bindings = new ArrayList<>();
    private final Div elsewhere = new Div();
    private List<Problem> problems = List.of();
    private boolean rowsChanged;

    private YamlForm(ObjectNode root, Consumer<YamlForm> layout) {
        this.root = root;
        this.layout = layout;
        setPadding(false);
        addClassName("yaml-form");
        build();
    }

    /** A form over {@code yaml} laid out by {@code layout}, or empty when the text is not a YAML mapping. */
    static Optional<YamlForm> of(String yaml, Consumer<YamlForm> layout) {
        try {
            JsonNode root = YAML.readTree(yaml);
            return root instanceof ObjectNode object ? Optional.of(new YamlForm(object, layout)) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Whether the author changed anything in the form. */
    boolean changed() {
        return rowsChanged || bindings.stream().anyMatch(b -> b.changed().getAsBoolean());
    }

    /** The file as the form now has it. */
    String yaml() {
        bindings.forEach(b -> b.write().run());
        return YAML.writeValueAsString(root);
    }

    /** Shows each problem on its field; problems about no field of the form are listed at the top. */
    void showProblems(List<Problem> fileProblems) {
        this.problems = List.copyOf(fileProblems);
        Map<String, List<Problem>> placed = ProblemPlacement.place(problems,
                bindings.stream().map(Binding::pointer).toList());
        for (Binding binding : bindings) {
            binding.showProblem().accept(placed.getOrDefault(binding.pointer(), List.of()).stream()
                    .map(Problem::message).collect(Collectors.joining("; ")));
        }
        elsewhere.removeAll();
        List<Problem> rest = placed.getOrDefault("", List.of());
        if (!rest.isEmpty()) {
            UnorderedList list = new UnorderedList();
            rest.forEach(p -> list.add(new ListItem((p.line() > 0 ? p.position() + ": " : "") + p.message())));
            list.addClassName("status-needs-remediation");
            elsewhere.add(list);
        }
    }

    private void build() {
        bindings.clear();
        removeAll();
        add(elsewhere);
        layout.accept(this);
        showProblems(problems);
    }

    /** Writes the fields into the tree, changes it, and lays the form out again from it. */
    private void rebuild(Consumer<ObjectNode> change) {
        bindings.forEach(b -> b.write().run());
        change.accept(root);
        rowsChanged = true;
        build();
    }

    /** A titled group of fields. */
    void section(String title, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Arrays.stream(fields).filter(f -> f instanceof TextArea || f instanceof Div || f instanceof VerticalLayout)
                .forEach(f -> form.setColspan(f, 2));
        add(new H4(title), form);
    }

    TextField text(String pointer, String label) {
        TextField field = new TextField(label);
        field.setValue(scalar(pointer));
        bind(pointer, field, v -> v.isBlank() ? null : NODES.stringNode(v.strip()));
        return field;
    }

    TextArea paragraph(String pointer, String label) {
        TextArea field = new TextArea(label);
        field.setValue(scalar(pointer));
        bind(pointer, field, v -> v.isBlank() ? null : NODES.stringNode(v.strip()));
        return field;
    }

    /** A list of texts, one per line. */
    TextArea lines(String pointer, String label) {
        TextArea field = new TextArea(label);
        field.setValue(String.join("\n", texts(pointer)));
        field.setHelperText(getTranslation("authoring.form.one-per-line"));
        field.setMaxHeight("16em");
        bind(pointer, field, v -> textArray(v.lines().toList()));
        return field;
    }

    /** A short list of ids, separated by commas. */
    TextField ids(String pointer, String label) {
        TextField field = new TextField(label);
        field.setValue(String.join(", ", texts(pointer)));
        field.setHelperText(getTranslation("authoring.form.comma-separated"));
        bind(pointer, field, v -> textArray(Arrays.asList(v.split(","))));
        return field;
    }

    IntegerField integer(String pointer, String label) {
        IntegerField field = new IntegerField(label);
        JsonNode node = root.at(pointer);
        field.setValue(node.canConvertToInt() ? Integer.valueOf(node.asInt()) : null);
        bind(pointer, field, v -> v == null ? null : NODES.numberNode(v));
        return field;
    }

    BigDecimalField decimal(String pointer, String label) {
        BigDecimalField field = new BigDecimalField(label);
        JsonNode node = root.at(pointer);
        field.setValue(node.isNumber() ? node.decimalValue() : null);
        bind(pointer, field, v -> v == null ? null : NODES.numberNode(v));
        return field;
    }

    Checkbox flag(String pointer, String label) {
        Checkbox field = new Checkbox(label, root.at(pointer).asBoolean(false));
        bind(pointer, field, v -> NODES.booleanNode(v));
        return field;
    }

    /**
     * A value written inline as YAML, such as a hotspot region's points {@code [[10, 20], [40, 20], [40, 60]]};
     * text that is not YAML is kept as text, so the validator says what is wrong with it.
     */
    TextField inline(String pointer, String label) {
        TextField field = new TextField(label);
        JsonNode node = root.at(pointer);
        field.setValue(node.isMissingNode() || node.isNull() ? "" : node.toString());
        bind(pointer, field, v -> {
            if (v.isBlank()) {
                return null;
            }
            try {
                return YAML.readTree(v);
            } catch (JacksonException e) {
                return NODES.stringNode(v);
            }
        });
        return field;
    }

    /** Lays the form out again from the file, for a change that shows other fields (an item's type). */
    void refresh() {
        rebuild(r -> { });
    }

    /** One of {@code options}; a value the file has that is not an option is kept and offered too. */
    ComboBox<String> choice(String pointer, String label, List<String> options) {
        ComboBox<String> field = new ComboBox<>(label);
        LinkedHashSet<String> items = new LinkedHashSet<>(options);
        String current = scalar(pointer);
        if (!current.isEmpty()) {
            items.add(current);
        }
        field.setItems(items);
        field.setValue(current.isEmpty() ? null : current);
        bind(pointer, field, v -> v == null ? null : NODES.stringNode(v));
        return field;
    }

    /**
     * A list of mappings as rows, each laid out by {@code row} from its own pointer
     * ({@code /competencies/0}), with a button to add a row and one to remove each.
     */
    VerticalLayout rows(String pointer, String label, String addLabel, Function<String, List<Component>> row) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.addClassName("form-rows");
        Span title = new Span(label);
        title.addClassName("form-rows-label");
        Span problem = new Span();
        problem.addClassName("status-needs-remediation");
        rows.add(title, problem);
        int count = root.at(pointer).isArray() ? root.at(pointer).size() : 0;
        for (int i = 0; i < count; i++) {
            int index = i;
            HorizontalLayout line = new HorizontalLayout();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            line.addClassName("form-row");
            line.add(row.apply(pointer + "/" + i).toArray(Component[]::new));
            Button remove = new Button(getTranslation("authoring.form.remove"),
                    e -> rebuild(r -> ((ArrayNode) r.at(pointer)).remove(index)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.add(remove);
            rows.add(line);
        }
        rows.add(new Button(addLabel, e -> rebuild(r -> array(pointer).add(NODES.objectNode()))));
        bindings.add(new Binding(pointer, () -> { }, problem::setText, () -> false));
        return rows;
    }

    private <V> void bind(String pointer, HasValue<?, V> field, Function<V, JsonNode> toNode) {
        V initial = field.getValue();
        Consumer<String> show = field instanceof HasValidation validated
                ? message -> {
                    validated.setInvalid(!message.isEmpty());
                    validated.setErrorMessage(message.isEmpty() ? null : message);
                }
                : message -> { };
        bindings.add(new Binding(pointer, () -> {
            V value = field.getValue();
            if (!Objects.equals(value, initial)) {
                put(pointer, toNode.apply(value));
            }
        }, show, () -> !Objects.equals(field.getValue(), initial)));
    }

    private String scalar(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isValueNode() && !node.isNull() ? node.asString() : "";
    }

    private List<String> texts(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isArray()
                ? StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString).toList()
                : List.of();
    }

    private static JsonNode textArray(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(array::add);
        return array;
    }

    /** Sets (or, for null, removes) the value at {@code pointer}, making the mappings above it. */
    private void put(String pointer, JsonNode value) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = container(pointer.substring(0, cut));
        String name = pointer.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(name);
            array.set(index, value == null ? NODES.nullNode() : value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(name);
        } else {
            ((ObjectNode) parent).set(name, value);
        }
    }

    private ArrayNode array(String pointer) {
        if (!root.at(pointer).isArray()) {
            put(pointer, NODES.arrayNode());
        }
        return (ArrayNode) root.at(pointer);
    }

    private JsonNode container(String pointer) {
        if (pointer.isEmpty()) {
            return root;
        }
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = container(pointer.substring(0, cut));
        String name = pointer.substring(cut + 1);
        JsonNode child = parent instanceof ArrayNode array ? array.get(Integer.parseInt(name)) : parent.get(name);
        if (child == null || !child.isContainer()) {
            child = NODES.objectNode();
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(name), child);
            } else {
                ((ObjectNode) parent).set(name, child);
            }
        }
        return child;
    }
}
