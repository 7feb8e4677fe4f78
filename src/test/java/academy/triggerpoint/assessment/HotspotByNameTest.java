package academy.triggerpoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.assessment.grading.ItemGrader;
import academy.triggerpoint.assessment.grading.ItemResult;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing a hotspot's area by name (the keyboard and screen-reader way) is graded as a click in that area. */
class HotspotByNameTest {

    private static final ItemDefinition.Common COMMON = new ItemDefinition.Common("chest", "m", "lesson", List.of("t"),
            null, "easy", true, 1, "Where do you needle?", "Rationale", "bank.yaml", 1);

    /** A harmful lung field that wholly surrounds the safe muscle window, and a rib apart from both. */
    private static final ItemDefinition.Hotspot ITEM = new ItemDefinition.Hotspot(COMMON, "chest.svg", 200, 100, List.of(
            new ItemDefinition.Region("window", "Small box in the middle of the shaded field",
                    List.of(p(90, 40), p(110, 40), p(110, 60), p(90, 60)), true, false, null),
            new ItemDefinition.Region("lung", "Shaded field", List.of(p(50, 10), p(150, 10), p(150, 90), p(50, 90)),
                    false, true, null),
            new ItemDefinition.Region("rib", "Bar at the left edge", List.of(p(0, 0), p(20, 0), p(20, 100), p(0, 100)),
                    false, false, null)));

    private static ItemDefinition.Point p(double x, double y) {
        return new ItemDefinition.Point(x, y);
    }

    private static ItemResult chosen(PresentedItem presented, String name) {
        String[] xy = presented.choices().stream().filter(c -> c.label().equals(name)).findFirst().orElseThrow()
                .value().split(",");
        return ItemGrader.grade(ITEM, new Response.Hotspot(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
    }

    @Test
    void every_area_is_offered_by_its_name_in_alphabetical_order_whatever_the_key() {
        PresentedItem presented = ItemPresentation.present(ITEM, 1, 7L, "bank.yaml", "/assets/");

        assertThat(presented.choices()).extracting(PresentedItem.Choice::label)
                .containsExactly("Bar at the left edge", "Shaded field", "Small box in the middle of the shaded field");
    }

    @Test
    void each_named_area_grades_exactly_as_a_click_inside_that_area_alone() {
        PresentedItem presented = ItemPresentation.present(ITEM, 1, 7L, "bank.yaml", "/assets/");

        assertThat(chosen(presented, "Small box in the middle of the shaded field"))
                .isEqualTo(ItemGrader.grade(ITEM, new Response.Hotspot(100, 50)));
        // The window lies inside the lung field, so a click anywhere in it is also in the field; the
        // field's own centre lies in the window, so the point chosen for the field must lie outside it.
        assertThat(chosen(presented, "Shaded field")).isEqualTo(ItemGrader.grade(ITEM, new Response.Hotspot(60, 20)));
        assertThat(chosen(presented, "Shaded field").criticalMiss()).isNotNull();
        assertThat(chosen(presented, "Bar at the left edge")).isEqualTo(ItemGrader.grade(ITEM, new Response.Hotspot(10, 50)));
    }

    @Test
    void an_area_wholly_covered_by_another_is_still_offered_at_a_point_inside_it() {
        ItemDefinition.Hotspot covered = new ItemDefinition.Hotspot(COMMON, "x.svg", 100, 100, List.of(
                new ItemDefinition.Region("outer", "Big square", List.of(p(0, 0), p(100, 0), p(100, 100), p(0, 100)), true, false, null),
                new ItemDefinition.Region("inner", "Same square again", List.of(p(0, 0), p(100, 0), p(100, 100), p(0, 100)), false, false, null)));

        assertThat(covered.pointFor(covered.regions().get(1))).hasValueSatisfying(p ->
                assertThat(covered.regions().get(1).contains(p.x(), p.y())).isTrue());
    }
}
