package academy.triggerpoint.assessment.ui;

import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.NumericAnswer;
import academy.triggerpoint.assessment.grading.Response;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The input for each item type. Each calls {@code save} with a response as soon as the learner
 * gives or changes an answer; it knows nothing about keys, which never reach the browser.
 */
final class ItemInputs {

    private ItemInputs() {
    }

    static Component of(PresentedItem item, Response saved, Consumer<Response> save) {
        return switch (item.type()) {
            case "single-choice" -> single(item, saved, save);
            case "multiple-response" -> multiple(item, saved, save, "Choose every answer that applies");
            case "key-features" -> multiple(item, saved, save, "Choose up to " + item.maxSelections());
            case "script-concordance" -> scale(item, saved, save);
            case "true-false" -> trueFalse(item, saved, save);
            case "matching" -> matching(item, saved, save);
            case "ordering" -> ordering(item, saved, save);
            case "numeric" -> numeric(item, saved, save);
            case "hotspot" -> hotspot(item, saved, save);
            default -> new Span("This question type cannot be shown.");
        };
    }

    private static Component single(PresentedItem item, Response saved, Consumer<Response> save) {
        RadioButtonGroup<PresentedItem.Choice> group = new RadioButtonGroup<>("Choose one answer");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(item.choices());
        group.setItemLabelGenerator(PresentedItem.Choice::label);
        if (saved instanceof Response.Choice c) {
            item.choices().stream().filter(o -> c.optionIds().contains(o.value())).findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save.accept(new Response.Choice(Set.of(e.getValue().value())));
            }
        });
        return group;
    }

    private static Component multiple(PresentedItem item, Response saved, Consumer<Response> save, String label) {
        CheckboxGroup<PresentedItem.Choice> group = new CheckboxGroup<>(label);
        group.setItems(item.choices());
        group.setItemLabelGenerator(PresentedItem.Choice::label);
        group.addThemeName("vertical");
        if (saved instanceof Response.Choice c) {
            group.setValue(item.choices().stream().filter(o -> c.optionIds().contains(o.value())).collect(Collectors.toSet()));
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isEmpty()) {
                save.accept(new Response.Choice(e.getValue().stream().map(PresentedItem.Choice::value).collect(Collectors.toSet())));
            }
        });
        return group;
    }

    /** The five points of a script-concordance scale, from -2 to +2. */
    private static Component scale(PresentedItem item, Response saved, Consumer<Response> save) {
        RadioButtonGroup<PresentedItem.Choice> group = new RadioButtonGroup<>("Your judgement");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(item.choices());
        group.setItemLabelGenerator(PresentedItem.Choice::label);
        if (saved instanceof Response.Scale r) {
            item.choices().stream().filter(c -> c.value().equals(String.valueOf(r.value()))).findFirst().ifPresent(group::setValue);
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save.accept(new Response.Scale(Integer.parseInt(e.getValue().value())));
            }
        });
        return group;
    }

    private static Component trueFalse(PresentedItem item, Response saved, Consumer<Response> save) {
        RadioButtonGroup<PresentedItem.Choice> group = new RadioButtonGroup<>("True or false?");
        group.setItems(item.choices());
        group.setItemLabelGenerator(PresentedItem.Choice::label);
        if (saved instanceof Response.TrueFalse t) {
            group.setValue(item.choices().get(t.value() ? 0 : 1));
        }
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save.accept(new Response.TrueFalse(Boolean.parseBoolean(e.getValue().value())));
            }
        });
        return group;
    }

    private static Component matching(PresentedItem item, Response saved, Consumer<Response> save) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        Map<Integer, Integer> matches = new HashMap<>(saved instanceof Response.Matching m ? m.matches() : Map.of());
        for (int left = 0; left < item.lefts().size(); left++) {
            int leftIndex = left;
            Select<PresentedItem.Choice> select = new Select<>();
            select.setLabel(item.lefts().get(left));
            select.setPlaceholder("Choose a match");
            select.setItems(item.choices());
            select.setItemLabelGenerator(PresentedItem.Choice::label);
            select.setWidthFull();
            Integer chosen = matches.get(left);
            if (chosen != null) {
                item.choices().stream().filter(c -> c.value().equals(String.valueOf(chosen))).findFirst().ifPresent(select::setValue);
            }
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    matches.put(leftIndex, Integer.parseInt(e.getValue().value()));
                    save.accept(new Response.Matching(Map.copyOf(matches)));
                }
            });
            rows.add(select);
        }
        return rows;
    }

    /** Steps listed with Move up / Move down buttons, so the order can be set with a keyboard. */
    private static Component ordering(PresentedItem item, Response saved, Consumer<Response> save) {
        List<PresentedItem.Choice> order = new ArrayList<>(item.choices());
        if (saved instanceof Response.Ordering o) {
            order.clear();
            o.order().forEach(i -> order.add(item.choices().stream().filter(c -> c.value().equals(String.valueOf(i)))
                    .findFirst().orElseThrow()));
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        Runnable[] render = new Runnable[1];
        Runnable commit = () -> save.accept(new Response.Ordering(order.stream().map(c -> Integer.parseInt(c.value())).toList()));
        render[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                PresentedItem.Choice step = order.get(i);
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
                    order.add(index - 1, order.remove(index));
                    render[0].run();
                    commit.run();
                });
                up.setEnabled(i > 0);
                up.setAriaLabel("Move “" + step.label() + "” up");
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
                    order.add(index + 1, order.remove(index));
                    render[0].run();
                    commit.run();
                });
                down.setEnabled(i < order.size() - 1);
                down.setAriaLabel("Move “" + step.label() + "” down");
                up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                HorizontalLayout row = new HorizontalLayout(new Span((i + 1) + "."), new Span(step.label()), up, down);
                row.setAlignItems(FlexComponent.Alignment.CENTER);
                row.addClassName("order-step");
                list.add(row);
            }
        };
        render[0].run();
        Button keep = new Button("Keep this order", e -> commit.run());
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new VerticalLayout(new Span("Put the steps in order (first at the top)."), list, keep);
    }

    /**
     * A text field read by {@link NumericAnswer}: the server bounds what it parses (length, shape,
     * exponent), so a number whose plain form would fill the memory is refused before it exists.
     */
    private static Component numeric(PresentedItem item, Response saved, Consumer<Response> save) {
        TextField field = new TextField("Your answer (" + item.unit() + ")");
        field.setSuffixComponent(new Span(item.unit()));
        field.setMaxLength(NumericAnswer.MAX_LENGTH);
        field.setAllowedCharPattern("[0-9.,eE+\\-]");
        field.getElement().setAttribute("inputmode", "decimal");
        if (saved instanceof Response.Numeric n) {
            field.setValue(n.value().toPlainString());
        }
        field.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue().isBlank()) {
                return;
            }
            switch (NumericAnswer.parse(e.getValue())) {
                case NumericAnswer.Parsed parsed -> {
                    field.setInvalid(false);
                    save.accept(new Response.Numeric(parsed.value()));
                }
                case NumericAnswer.Refused refused -> {
                    field.setErrorMessage(refused.reason());
                    field.setInvalid(true);
                }
            }
        });
        return field;
    }

    /**
     * The click position is converted to the image's own coordinate space in the browser event data
     * (offset ÷ rendered size × declared size), so any screen width gives the same coordinates.
     */
    private static Component hotspot(PresentedItem item, Response saved, Consumer<Response> save) {
        Div frame = new Div();
        frame.addClassName("hotspot");
        Image image = new Image(item.imageUrl(), "Picture for question " + item.number() + ": click the right place");
        image.setWidthFull();
        Div marker = new Div();
        marker.addClassName("hotspot-marker");
        marker.setVisible(false);
        frame.add(image, marker);
        Span where = new Span("Click or tap the picture.");
        if (saved instanceof Response.Hotspot h) {
            mark(item, marker, where, h.x(), h.y());
        }
        image.getElement().addEventListener("click", e -> {
                    double x = e.getEventData().get("event.offsetX").asDouble()
                            / e.getEventData().get("element.clientWidth").asDouble() * item.width();
                    double y = e.getEventData().get("event.offsetY").asDouble()
                            / e.getEventData().get("element.clientHeight").asDouble() * item.height();
                    mark(item, marker, where, x, y);
                    save.accept(new Response.Hotspot(x, y));
                })
                .addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
        return new VerticalLayout(where, frame);
    }

    private static void mark(PresentedItem item, Div marker, Span where, double x, double y) {
        marker.setVisible(true);
        marker.getStyle().set("left", (x * 100 / item.width()) + "%").set("top", (y * 100 / item.height()) + "%");
        where.setText("Your mark is placed. Click elsewhere to move it.");
    }
}
