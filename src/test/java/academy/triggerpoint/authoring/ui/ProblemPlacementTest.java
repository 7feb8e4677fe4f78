package academy.triggerpoint.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemPlacementTest {

    private static Problem at(String field) {
        return new Problem("course.yaml", 3, "wrong at " + field, field);
    }

    @Test
    void a_problem_goes_to_the_deepest_field_that_holds_it() {
        Map<String, List<Problem>> placed = ProblemPlacement.place(List.of(at("/competencies/2/id"), at("/title")),
                List.of("/competencies", "/competencies/2/id", "/title"));

        assertThat(placed.get("/competencies/2/id")).containsExactly(at("/competencies/2/id"));
        assertThat(placed.get("/title")).containsExactly(at("/title"));
        assertThat(placed).doesNotContainKey("/competencies");
    }

    @Test
    void fields_are_matched_by_whole_segments_so_stage_one_does_not_take_stage_ten() {
        Map<String, List<Problem>> placed = ProblemPlacement.place(List.of(at("/stages/10/next")),
                List.of("/stages/1", "/stages/10"));

        assertThat(placed).containsOnlyKeys("/stages/10");
    }

    @Test
    void problems_no_field_holds_are_left_for_the_file_as_a_whole() {
        Problem whole = new Problem("course.yaml", 0, "not UTF-8");
        Map<String, List<Problem>> placed = ProblemPlacement.place(List.of(whole, at("/grading/passMark")),
                List.of("/title"));

        assertThat(placed).containsOnlyKeys("");
        assertThat(placed.get("")).containsExactly(whole, at("/grading/passMark"));
    }
}
