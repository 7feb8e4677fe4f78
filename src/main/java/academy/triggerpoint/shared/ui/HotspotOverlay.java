package academy.triggerpoint.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Outlines areas and marks points over a picture, in the coordinate space a hotspot question
 * declares ({@code width} × {@code height}), whatever size the picture is shown at. Used where an
 * author draws an area and where a learner reviews a hotspot answer, so both draw alike. The overlay
 * sits in the picture's frame ({@code .hotspot-frame}, see styles.css) and lets clicks through.
 */
public class HotspotOverlay extends Div {

    /** How an area is drawn: being drawn by an author, a correct area, or a chosen area that is not correct. */
    public enum Look {
        DRAWN("rgba(47,111,179,0.25)", "#2f6fb3"),
        CORRECT("rgba(30,123,74,0.22)", "#1e7b4a"),
        WRONG("rgba(176,30,46,0.18)", "#b01e2e");

        private final String fill;
        private final String stroke;

        Look(String fill, String stroke) {
            this.fill = fill;
            this.stroke = stroke;
        }
    }

    /** A polygon of at least one point, in the question's coordinate space. */
    public record Area(List<double[]> points, Look look) {
    }

    public HotspotOverlay() {
        addClassName("hotspot-overlay");
    }

    /** A frame holding {@code image} with a new overlay exactly over it; the overlay is returned. */
    public static HotspotOverlay over(Image image) {
        HotspotOverlay overlay = new HotspotOverlay();
        if (image.getElement().getParent() == null) {
            Div frame = new Div(image);
            frame.addClassName("hotspot-frame");
        }
        image.getElement().getParent().appendChild(overlay.getElement());
        return overlay;
    }

    /** Draws {@code areas} and, when not null, a point marker at {@code mark} ({x, y}); clears when there is nothing. */
    public void draw(int width, int height, List<Area> areas, double[] mark) {
        if (width <= 0 || height <= 0 || (areas.isEmpty() && mark == null)) {
            getElement().setProperty("innerHTML", "");
            return;
        }
        int stroke = Math.max(1, Math.max(width, height) / 200);
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox='0 0 %d %d' preserveAspectRatio='none' aria-hidden='true'>", width, height));
        for (Area area : areas) {
            String points = area.points().stream().map(p -> String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]))
                    .collect(Collectors.joining(" "));
            svg.append(String.format(Locale.ROOT, "<polygon points='%s' fill='%s' stroke='%s' stroke-width='%d'/>",
                    points, area.look().fill, area.look().stroke, stroke));
        }
        if (mark != null) {
            double radius = Math.max(width, height) / 60.0 + stroke;
            svg.append(String.format(Locale.ROOT, "<circle class='hotspot-mark' cx='%.1f' cy='%.1f' r='%.1f' fill='#ffffff' "
                    + "fill-opacity='0.6' stroke='#1a1a1a' stroke-width='%d'/>", mark[0], mark[1], radius, stroke));
            svg.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='%.1f' fill='#1a1a1a'/>", mark[0], mark[1],
                    Math.max(1.0, radius / 3)));
        }
        getElement().setProperty("innerHTML", svg.append("</svg>").toString());
    }
}
