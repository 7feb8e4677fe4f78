package academy.triggerpoint.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizPoolsTest {

    @Test
    void a_pool_goes_at_the_end_of_the_draw_list_keeping_comments_and_what_follows() {
        String module = """
                title: Safety
                quiz:
                  title: Safety check   # shown to learners
                  passMark: 80
                  draw:
                    - tags: [screening]
                      count: 2
                    # more pools later
                    - tags: [hygiene]
                      count: 1
                keyPoints:
                  - Screen first.
                """;

        assertThat(QuizPools.withPool(module, "imported-20261207-091000", 3)).hasValue("""
                title: Safety
                quiz:
                  title: Safety check   # shown to learners
                  passMark: 80
                  draw:
                    - tags: [screening]
                      count: 2
                    # more pools later
                    - tags: [hygiene]
                      count: 1
                    - tags: [imported-20261207-091000]
                      count: 3
                keyPoints:
                  - Screen first.
                """);
    }

    @Test
    void a_draw_list_written_at_the_same_indent_as_its_key_is_extended_alike() {
        String module = "quiz:\n  title: Check\n  draw:\n  - tags: [a]\n    count: 1\n  review: answers\n";

        assertThat(QuizPools.withPool(module, "new-tag", 2))
                .hasValue("quiz:\n  title: Check\n  draw:\n  - tags: [a]\n    count: 1\n  - tags: [new-tag]\n    count: 2\n  review: answers\n");
    }

    @Test
    void a_quiz_without_a_draw_list_gets_one() {
        String module = "title: M\nquiz:\n  title: Check\n  include: [x]\n";

        assertThat(QuizPools.withPool(module, "new-tag", 1))
                .hasValue("title: M\nquiz:\n  title: Check\n  include: [x]\n  draw:\n    - tags: [new-tag]\n      count: 1\n");
    }

    @Test
    void no_pool_is_added_without_a_quiz_or_to_a_draw_list_written_inline() {
        assertThat(QuizPools.withPool("title: M\nlessons: [a]\n", "t", 1)).isEmpty();
        assertThat(QuizPools.withPool("quiz:\n  title: Check\n  draw: [{tags: [a], count: 1}]\n", "t", 1)).isEmpty();
    }

    @Test
    void a_quiz_draws_from_questions_when_a_pool_names_one_of_their_tags_or_it_includes_one_of_them() {
        String module = "quiz:\n  title: Check\n  include: [q-7]\n  draw:\n    - tags: [screening, hygiene]\n      count: 2\n";

        assertThat(QuizPools.drawingFrom(module, List.of("imported", "hygiene"), List.of())).hasValue("Check");
        assertThat(QuizPools.drawingFrom(module, List.of("imported"), List.of("q-7"))).hasValue("Check");
        assertThat(QuizPools.drawingFrom(module, List.of("imported"), List.of("q-8"))).isEmpty();
    }
}
