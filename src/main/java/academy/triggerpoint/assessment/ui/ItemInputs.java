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
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The input for each item type. Each calls {@code save} with a response as soon as the learner
 * gives or changes an answer; it knows nothing about keys, which never reach the browser. Labels are
 * in {@code locale}, the language of the view that shows the question.
 */
final class ItemInputs {

    private ItemInputs() {
    }

    static Component of(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        return switch (item.type()) {
            case "single-choice" -> single(item, saved, save, locale);
            case "multiple-response" -> multiple(item, saved, save,
                    I18NProvider.translate(locale, "assessment.item.multiple-response.label"));
            case "key-features" -> multiple(item, saved, save,
                    I18NProvider.translate(locale, "assessment.item.key-features.label", item.maxSelections()));
            case "script-concordance" -> scale(item, saved, save, locale);
            case "true-false" -> trueFalse(item, saved, save, locale);
            case "matching" -> matching(item, saved, save, locale);
            case "ordering" -> ordering(item, saved, save, locale);
            case "numeric" -> numeric(item, saved, save, locale);
            case "hotspot" -> hotspot(item, saved, save, locale);
            default -> new Span(I18NProvider.translate(locale, "assessment.item.unsupported"));
        };
    }

    private static Component single(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        RadioButtonGroup<PresentedItem.Choice> group =
                new RadioButtonGroup<>(I18NProvider.translate(locale, "assessment.item.single-choice.label"));
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
    private static Component scale(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        RadioButtonGroup<PresentedItem.Choice> group =
                new RadioButtonGroup<>(I18NProvider.translate(locale, "assessment.item.script-concordance.label"));
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

    private static Component trueFalse(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        RadioButtonGroup<PresentedItem.Choice> group =
                new RadioButtonGroup<>(I18NProvider.translate(locale, "assessment.item.true-false.label"));
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

    private static Component matching(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        Map<Integer, Integer> matches = new HashMap<>(saved instanceof Response.Matching m ? m.matches() : Map.of());
        for (int left = 0; left < item.lefts().size(); left++) {
            int leftIndex = left;
            Select<PresentedItem.Choice> select = new Select<>();
            select.setLabel(item.lefts().get(left));
            select.setPlaceholder(I18NProvider.translate(locale, "assessment.item.matching.placeholder"));
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
    private static Component ordering(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        List<PresentedItem.Choice> order = new ArrayList<>(item.choices());
        if (saved instanceof Response.Ordering o) {
            order.clear();
            o.order().forEach(i -> order.add(item.choices().stream().filter(c -> c.value().equals(String.valueOf(i)))
                    .findFirst().orElseThrow()));
        }
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        List<Button> ups = new ArrayList<>();
        List<Button> downs = new ArrayList<>();
        Runnable[] render = new Runnable[1];
        Runnable commit = () -> save.accept(new Response.Ordering(order.stream().map(c -> Integer.parseInt(c.value())).toList()));
        // Moving a step draws the list again; focus follows the step to its new place, on the same
        // arrow while it can still move that way, so a keyboard user can press it again.
        java.util.function.BiConsumer<Integer, Boolean> move = (index, upwards) -> {
            int to = upwards ? index - 1 : index + 1;
            order.add(to, order.remove((int) index));
            render[0].run();
            commit.run();
            Button same = (upwards ? ups : downs).get(to);
            (same.isEnabled() ? same : (upwards ? downs : ups).get(to)).focus();
        };
        render[0] = () -> {
            list.removeAll();
            ups.clear();
            downs.clear();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                PresentedItem.Choice step = order.get(i);
                Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move.accept(index, true));
                up.setEnabled(i > 0);
                up.setAriaLabel(I18NProvider.translate(locale, "assessment.item.ordering.move-up", step.label()));
                Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move.accept(index, false));
                down.setEnabled(i < order.size() - 1);
                down.setAriaLabel(I18NProvider.translate(locale, "assessment.item.ordering.move-down", step.label()));
                up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                ups.add(up);
                downs.add(down);
                HorizontalLayout row = new HorizontalLayout(new Span((i + 1) + "."), new Span(step.label()), up, down);
                row.setAlignItems(FlexComponent.Alignment.CENTER);
                row.addClassName("order-step");
                list.add(row);
            }
        };
        render[0].run();
        Button keep = new Button(I18NProvider.translate(locale, "assessment.item.ordering.keep"), e -> commit.run());
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new VerticalLayout(new Span(I18NProvider.translate(locale, "assessment.item.ordering.instructions")), list, keep);
    }

    /**
     * A text field read by {@link NumericAnswer}: the server bounds what it parses (length, shape,
     * exponent), so a number whose plain form would fill the memory is refused before it exists.
     */
    private static Component numeric(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        TextField field = new TextField(I18NProvider.translate(locale, "assessment.item.numeric.label", item.unit()));
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
    private static Component hotspot(PresentedItem item, Response saved, Consumer<Response> save, Locale locale) {
        Div frame = new Div();
        frame.addClassName("hotspot");
        Image image = new Image(item.imageUrl(), I18NProvider.translate(locale, "assessment.item.hotspot.image", item.number()));
        image.setWidthFull();
        Div marker = new Div();
        marker.addClassName("hotspot-marker");
        marker.setVisible(false);
        frame.add(image, marker);
        Span where = new Span(I18NProvider.translate(locale, "assessment.item.hotspot.instructions"));
        String placed = I18NProvider.translate(locale, "assessment.item.hotspot.placed");
        // The same answer without a pointer (WCAG 2.1.1): each named area stands for a point inside
        // it alone, so choosing it is graded exactly as a click there.
        RadioButtonGroup<PresentedItem.Choice> byName =
                new RadioButtonGroup<>(I18NProvider.translate(locale, "assessment.item.hotspot.by-name"));
        byName.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        byName.setItems(item.choices());
        byName.setItemLabelGenerator(PresentedItem.Choice::label);
        if (saved instanceof Response.Hotspot h) {
            mark(item, marker, where, placed, h.x(), h.y());
            item.choices().stream().filter(c -> c.value().equals(PresentedItem.areaValue(h.x(), h.y()))).findFirst().ifPresent(byName::setValue);
        }
        byName.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            String[] xy = e.getValue().value().split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            mark(item, marker, where, placed, x, y);
            save.accept(new Response.Hotspot(x, y));
        });
        image.getElement().addEventListener("click", e -> {
                    double x = e.getEventData().get("event.offsetX").asDouble()
                            / e.getEventData().get("element.clientWidth").asDouble() * item.width();
                    double y = e.getEventData().get("event.offsetY").asDouble()
                            / e.getEventData().get("element.clientHeight").asDouble() * item.height();
                    mark(item, marker, where, placed, x, y);
                    byName.clear();
                    save.accept(new Response.Hotspot(x, y));
                })
                .addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
        VerticalLayout layout = new VerticalLayout(where, frame);
        if (!item.choices().isEmpty()) {
            layout.add(byName);
        }
        return layout;
    }

    private static void mark(PresentedItem item, Div marker, Span where, String placed, double x, double y) {
        marker.setVisible(true);
        marker.getStyle().set("left", (x * 100 / item.width()) + "%").set("top", (y * 100 / item.height()) + "%");
        where.setText(placed);
    }
}
