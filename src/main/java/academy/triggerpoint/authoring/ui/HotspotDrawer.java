package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.ui.HotspotOverlay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws a hotspot region on an image by clicking its corners, in the coordinate space the item
 * declares ({@code width} and {@code height}), and writes the region as YAML to paste into the item.
 * The polygon is drawn over the image as the author clicks. The YAML is only written once the author
 * has named the area: learners who do not click the picture choose from the region names.
 */
class HotspotDrawer extends Details {

    private final IntegerField width = new IntegerField(getTranslation("authoring.hotspot-drawer.width"));
    private final IntegerField height = new IntegerField(getTranslation("authoring.hotspot-drawer.height"));
    private final List<long[]> points = new ArrayList<>();
    private final HotspotOverlay overlay;
    private final TextField name = new TextField(getTranslation("authoring.hotspot-drawer.name"));
    private final TextArea yaml = new TextArea(getTranslation("authoring.hotspot-drawer.yaml"));

    HotspotDrawer(Image image) {
        super(I18NProvider.translate("authoring.hotspot-drawer.summary"));
        width.setHelperText(getTranslation("authoring.hotspot-drawer.width.helper"));
        height.setHelperText(getTranslation("authoring.hotspot-drawer.height.helper"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        name.setHelperText(getTranslation("authoring.hotspot-drawer.name.helper"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> redraw());
        yaml.setReadOnly(true);
        yaml.setPlaceholder(getTranslation("authoring.hotspot-drawer.yaml.placeholder"));
        yaml.setWidthFull();
        yaml.addClassName("source-editor");
        image.addClassName("hotspot-image");
        overlay = HotspotOverlay.over(image);
        // Where the click fell inside the image as shown, and how large the image is shown and really is.
        image.getElement().addEventListener("click", e -> {
            double x = e.getEventData().get("event.offsetX").asDouble();
            double y = e.getEventData().get("event.offsetY").asDouble();
            double shownWidth = e.getEventData().get("element.clientWidth").asDouble();
            double shownHeight = e.getEventData().get("element.clientHeight").asDouble();
            if (width.getValue() == null) {
                width.setValue((int) e.getEventData().get("element.naturalWidth").asDouble());
                height.setValue((int) e.getEventData().get("element.naturalHeight").asDouble());
            }
            if (shownWidth > 0 && shownHeight > 0) {
                points.add(new long[] {Math.round(x * width.getValue() / shownWidth), Math.round(y * height.getValue() / shownHeight)});
                redraw();
            }
        }).addEventData("event.offsetX").addEventData("event.offsetY").addEventData("element.clientWidth")
                .addEventData("element.clientHeight").addEventData("element.naturalWidth").addEventData("element.naturalHeight");
        Button undo = new Button(getTranslation("authoring.hotspot-drawer.undo"), e -> {
            if (!points.isEmpty()) {
                points.removeLast();
                redraw();
            }
        });
        Button clear = new Button(getTranslation("authoring.hotspot-drawer.clear"), e -> {
            points.clear();
            name.clear();
            redraw();
        });
        VerticalLayout content = new VerticalLayout(
                new Paragraph(getTranslation("authoring.hotspot-drawer.instructions")),
                new HorizontalLayout(width, height, undo, clear), name, yaml);
        content.setPadding(false);
        add(content);
    }

    private void redraw() {
        String list = points.stream().map(p -> "[" + p[0] + ", " + p[1] + "]").collect(Collectors.joining(", "));
        String areaName = name.getValue().strip();
        boolean unnamed = !points.isEmpty() && areaName.isEmpty();
        name.setInvalid(unnamed);
        name.setErrorMessage(unnamed ? getTranslation("authoring.hotspot-drawer.unnamed") : null);
        yaml.setValue(points.isEmpty() || unnamed ? "" : """
                - id: region-%d
                  name: %s
                  points: [%s]
                  correct: true
                  feedback: Say why this region is right.
                """.formatted(points.size(), quoted(areaName), list));
        if (width.getValue() == null || points.isEmpty()) {
            overlay.draw(0, 0, List.of(), null);
            return;
        }
        List<double[]> corners = points.stream().map(p -> new double[] {p[0], p[1]}).toList();
        overlay.draw(width.getValue(), height.getValue(),
                List.of(new HotspotOverlay.Area(corners, HotspotOverlay.Look.DRAWN)), null);
    }

    /** A one-line text as a YAML double-quoted scalar, so a name like "Top box: stop" stays one value. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
