package academy.triggerpoint.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ItemDrawTest {

    private static ItemDefinition tagged(String id, String tag) {
        return new ItemDefinition.TrueFalse(new ItemDefinition.Common(id, "m", "l", List.of(tag), null, "easy", false, 1,
                "s", "r", "f", 1), true, null, null);
    }

    private final List<ItemDefinition> bank = IntStream.range(0, 30)
            .mapToObj(i -> tagged("i" + i, i < 10 ? "a" : i < 20 ? "b" : "c")).toList();
    private final QuizDefinition quiz = new QuizDefinition("m", "Quiz", 80, 0, 0, null, QuizDefinition.Review.ANSWERS,
            List.of("i25"), List.of(new QuizDefinition.Pool(List.of("a"), 4), new QuizDefinition.Pool(List.of("a", "b"), 6)));

    @Test
    void the_same_seed_gives_the_same_items_in_the_same_order() {
        assertThat(ItemDraw.draw(quiz, bank, 42)).isEqualTo(ItemDraw.draw(quiz, bank, 42));
        assertThat(ItemDraw.permutation(42, "i1", 5)).isEqualTo(ItemDraw.permutation(42, "i1", 5));
    }

    @Test
    void a_draw_has_the_included_items_and_each_pools_count_with_no_item_twice() {
        List<String> drawn = ItemDraw.draw(quiz, bank, 7);

        assertThat(drawn).hasSize(11).contains("i25");
        assertThat(new HashSet<>(drawn)).hasSize(11);
        assertThat(drawn.stream().filter(id -> Integer.parseInt(id.substring(1)) < 10)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(drawn.stream().filter(id -> Integer.parseInt(id.substring(1)) >= 20)).containsExactly("i25");
    }

    @Test
    void different_seeds_give_different_draws() {
        assertThat(IntStream.range(0, 20).mapToObj(seed -> ItemDraw.draw(quiz, bank, seed)).distinct().count()).isGreaterThan(15);
    }
}
