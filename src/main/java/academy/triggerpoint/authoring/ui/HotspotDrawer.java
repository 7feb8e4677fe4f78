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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws a hotspot region on an image by clicking its corners, in the coordinate space the item
 * declares ({@code width} and {@code height}), and writes the region as YAML to paste into the item.
 * The polygon is drawn over the image as the author clicks.
 */
class HotspotDrawer extends Details {

    private final IntegerField width = new IntegerField("Item width");
    private final IntegerField height = new IntegerField("Item height");
    private final List<long[]> points = new ArrayList<>();
    private final HotspotOverlay overlay;
    private final TextArea yaml = new TextArea("Region to paste under regions:");

    HotspotDrawer(Image image) {
        super("Draw a hotspot region on this image");
        width.setHelperText("the item's coordinate space");
        height.setHelperText("defaults to the image's own size");
        yaml.setReadOnly(true);
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
        Button undo = new Button("Undo last point", e -> {
            if (!points.isEmpty()) {
                points.removeLast();
                redraw();
            }
        });
        Button clear = new Button("Clear", e -> {
            points.clear();
            redraw();
        });
        VerticalLayout content = new VerticalLayout(
                new Paragraph("Click the corners of the region on the image above, in order. At least three points."),
                new HorizontalLayout(width, height, undo, clear), yaml);
        content.setPadding(false);
        add(content);
    }

    private void redraw() {
        String list = points.stream().map(p -> "[" + p[0] + ", " + p[1] + "]").collect(Collectors.joining(", "));
        yaml.setValue(points.isEmpty() ? "" : """
                - id: region-%d
                  points: [%s]
                  correct: true
                  feedback: Say why this region is right.
                """.formatted(points.size(), list));
        if (width.getValue() == null || points.isEmpty()) {
            overlay.draw(0, 0, List.of(), null);
            return;
        }
        List<double[]> corners = points.stream().map(p -> new double[] {p[0], p[1]}).toList();
        overlay.draw(width.getValue(), height.getValue(),
                List.of(new HotspotOverlay.Area(corners, HotspotOverlay.Look.DRAWN)), null);
    }
}
