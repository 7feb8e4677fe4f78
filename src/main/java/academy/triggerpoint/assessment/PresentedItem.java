package academy.triggerpoint.assessment;

import java.util.List;

/**
 * An item as the learner sees it during an attempt: the question and the choices in the attempt's
 * order, and nothing that gives the answer away (no keys, feedback or rationale).
 *
 * @param choices   options (single/multiple choice) or right-hand items (matching), as value + label; for a
 *                  hotspot, the named areas as an alternative to clicking, each valued "x,y" (a point inside it and as few other areas as possible)
 * @param lefts     the left-hand items of a matching question, in canonical order
 * @param imageUrl  the picture to click on, for hotspot questions
 * @param maxSelections how many options a key-features question lets the learner choose
 */
public record PresentedItem(String itemId, int number, String type, String stemHtml, int points, boolean multiple,
                            List<Choice> choices, List<String> lefts, String unit, String imageUrl, int width,
                            int height, int maxSelections) {

    /** A hotspot area's value: the point it stands for, "x,y" with two decimals. */
    public static String areaValue(double x, double y) {
        return String.format(java.util.Locale.ROOT, "%.2f,%.2f", x, y);
    }

    /** A choice: {@code value} is what the server expects back (an option id or a canonical index). */
    public record Choice(String value, String label) {
    }
}
