package academy.triggerpoint.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class HotspotDrawerTest {

    private final Image image = new Image("modules/m/images/chart.svg", "Decision chart");
    private HotspotDrawer drawer;

    @BeforeEach
    void vaadin() {
        MockVaadinWithTexts.setUp();
        drawer = new HotspotDrawer(image);
        drawer.setOpened(true);
    }

    @AfterEach
    void tearDown() {
        MockVaadinWithTexts.tearDown();
    }

    /** A click at (x, y) on the image, shown at its natural size of 200 × 100. */
    private void click(int x, int y) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.offsetX", x);
        data.put("event.offsetY", y);
        data.put("element.clientWidth", 200);
        data.put("element.clientHeight", 100);
        data.put("element.naturalWidth", 200);
        data.put("element.naturalHeight", 100);
        BasicUtilsKt._fireDomEvent(image, "click", data);
    }

    private TextField name() {
        return _get(drawer, TextField.class, spec -> spec.withLabel("Name of this area, as learners see it on the picture"));
    }

    private String yaml() {
        return _get(drawer, TextArea.class, spec -> spec.withLabel("Region to paste under regions:")).getValue();
    }

    @Test
    void a_drawn_area_gets_its_yaml_only_once_the_author_has_named_it() {
        click(10, 10);
        click(90, 10);
        click(90, 40);

        assertThat(yaml()).isEmpty();
        assertThat(name().isInvalid()).isTrue();
        assertThat(name().isRequiredIndicatorVisible()).isTrue();

        name().setValue("  Top box: \"stop\" and refer \\ now ");

        assertThat(name().isInvalid()).isFalse();
        JsonNode region = new YAMLMapper().readTree(yaml()).get(0);
        assertThat(region.get("name").asString()).isEqualTo("Top box: \"stop\" and refer \\ now");
        assertThat(region.get("points")).hasSize(3);
    }

    @Test
    void clearing_the_drawing_clears_the_name_too() {
        click(10, 10);
        click(90, 10);
        click(90, 40);
        name().setValue("Needle 2, onto the middle rib");

        _get(drawer, Button.class, spec -> spec.withText("Clear")).click();

        assertThat(name().getValue()).isEmpty();
        assertThat(name().isInvalid()).isFalse();
        assertThat(yaml()).isEmpty();
    }
}
