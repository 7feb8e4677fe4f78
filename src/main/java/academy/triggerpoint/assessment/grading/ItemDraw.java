package academy.triggerpoint.assessment.grading;

import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which items an attempt gets and in what order, from the attempt's seed alone: the same seed
 * always gives the same items, item order and option order, so a resumed attempt looks the same.
 */
public final class ItemDraw {

    private ItemDraw() {
    }

    /** The included items plus each pool's draw (distinct across pools), shuffled. */
    public static List<String> draw(QuizDefinition quiz, List<ItemDefinition> bank, long seed) {
        Random random = new Random(seed);
        Set<String> chosen = new LinkedHashSet<>(quiz.include());
        for (QuizDefinition.Pool pool : quiz.draw()) {
            List<String> candidates = new ArrayList<>(bank.stream()
                    .filter(item -> !chosen.contains(item.id()))
                    .filter(item -> item.common().tags().stream().anyMatch(pool.tags()::contains))
                    .map(ItemDefinition::id)
                    .toList());
            Collections.shuffle(candidates, random);
            candidates.stream().limit(pool.count()).forEach(chosen::add);
        }
        List<String> order = new ArrayList<>(chosen);
        Collections.shuffle(order, random);
        return List.copyOf(order);
    }

    /** A permutation of 0..size-1 for one item's choices (options, right-hand items or steps). */
    public static List<Integer> permutation(long seed, String itemId, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, new Random(seed * 31 + itemId.hashCode()));
        return List.copyOf(order);
    }
}
