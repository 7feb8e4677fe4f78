package academy.triggerpoint.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.ui.YamlOutline.Kind;
import academy.triggerpoint.authoring.ui.YamlOutline.Line;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YamlOutlineTest {

    private static final String CASE = "cases/regular-patient-new-medicine.yaml";

    private static String shipped(String path) throws IOException {
        return Files.readString(Path.of("courses/needle-safety-refresher", path));
    }

    @BeforeEach
    void vaadin() {
        MockVaadinWithTexts.setUp();
    }

    @AfterEach
    void tearDown() {
        MockVaadinWithTexts.tearDown();
    }

    @Test
    void a_case_reads_as_stages_with_their_questions_and_where_each_choice_leads() throws IOException {
        YamlOutline outline = YamlOutline.of(CASE, shipped(CASE)).orElseThrow();

        assertThat(outline.lines()).filteredOn(l -> l.kind() == Kind.STAGE).extracting(Line::text)
                .containsExactly("1. screen · history · The screen before the session",
                        "2. examination · examination · What the screen finds",
                        "3. decide · decision · Deciding what to do today",
                        "4. records · aftercare · Records and reporting");
        assertThat(outline.lines()).filteredOn(l -> l.kind() == Kind.CHOICE).extracting(Line::text)
                .anyMatch(t -> t.startsWith("defer-and-discuss ★ best: Do not needle"))
                .anyMatch(t -> t.startsWith("superficial-only · credit 0.5: "));
        assertThat(outline.lines()).contains(new Line(1, Kind.ITEM, "asks rna-screen-checks (key-features)", "/stages/0/items/0"));
        assertThat(outline.lines()).filteredOn(l -> l.kind() == Kind.UNREACHED).isEmpty();
    }

    @Test
    void a_critical_ending_is_marked_under_the_choice_that_leads_to_it() throws IOException {
        YamlOutline outline = YamlOutline.of(CASE, shipped(CASE)).orElseThrow();

        assertThat(outline.lines()).filteredOn(l -> l.kind() == Kind.CRITICAL_END).extracting(Line::pointer)
                .containsExactly("/stages/2/decision/choices/2/end");
        int asUsual = outline.lines().indexOf(outline.lines().stream()
                .filter(l -> l.text().startsWith("as-usual")).findFirst().orElseThrow());
        assertThat(outline.lines().get(asUsual + 1).kind()).isEqualTo(Kind.CRITICAL_END);
    }

    @Test
    void a_stage_no_path_reaches_is_flagged_even_while_the_file_has_other_problems() {
        String yaml = """
                id: broken
                stages:
                  - id: first
                    title: First
                    next: last
                  - id: orphan
                    title: Nobody comes here
                    next: last
                  - id: last
                    title: Last
                    end: true
                  - id: loose
                    decision:
                      prompt: What now?
                      choices:
                        - id: nowhere
                          text: A choice without a next
                """;

        YamlOutline outline = YamlOutline.of("cases/broken.yaml", yaml).orElseThrow();

        assertThat(outline.lines()).filteredOn(l -> l.kind() == Kind.UNREACHED).extracting(Line::pointer)
                .containsExactly("/stages/1", "/stages/3");
        assertThat(outline.lines()).contains(new Line(1, Kind.SAFE_END, "ends the case", "/stages/2/end"),
                new Line(3, Kind.NEXT, "→ (leads nowhere)", "/stages/3/decision/choices/0/next"));
    }

    @Test
    void an_item_bank_lists_each_item_with_its_type_and_the_start_of_its_stem() {
        String yaml = """
                items:
                  - id: lung-depth
                    type: single-choice
                    stem: |
                      Over the thorax, which
                      grip is safest?
                  - id: second
                    type: true-false
                """;

        assertThat(YamlOutline.of("modules/m/items/bank.yaml", yaml).orElseThrow().lines()).containsExactly(
                new Line(0, Kind.ITEM, "1. lung-depth (single-choice): Over the thorax, which grip is safest?", "/items/0"),
                new Line(0, Kind.ITEM, "2. second (true-false): ", "/items/1"));
    }

    @Test
    void files_that_are_not_cases_or_item_banks_or_not_yaml_have_no_outline() {
        assertThat(YamlOutline.of("course.yaml", "stages: []")).isEmpty();
        assertThat(YamlOutline.of(CASE, "stages: [unclosed")).isEmpty();
        assertThat(YamlOutline.of(CASE, "- just a list")).isEmpty();
    }
}
