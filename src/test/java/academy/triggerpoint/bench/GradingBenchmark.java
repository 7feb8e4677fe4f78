package academy.triggerpoint.bench;

import academy.triggerpoint.assessment.grading.GradeResult;
import academy.triggerpoint.assessment.grading.QuizGrader;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition.Common;
import academy.triggerpoint.catalog.content.ItemDefinition.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading a 100-item attempt that mixes every item type (5 of them critical), with random answers
 * some of them unanswered. Target: under 50 µs per attempt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GradingBenchmark {

    List<ItemDefinition> items;
    Map<String, Response> responses;

    @Setup
    public void buildAttempt() {
        Random random = new Random(1);
        items = new ArrayList<>();
        responses = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            String id = "item-" + i;
            Common common = new Common(id, "m", "l", List.of("t"), null, "medium", i % 20 == 0, 1 + i % 3, "Stem", "Why", "f", 1);
            ItemDefinition item = switch (i % 7) {
                case 0 -> new ItemDefinition.Choice(common, false, List.of(new Option("a", "A", true, false, null),
                        new Option("b", "B", false, false, null), new Option("c", "C", false, true, null)));
                case 1 -> new ItemDefinition.Choice(common, true, List.of(new Option("a", "A", true, false, null),
                        new Option("b", "B", true, false, null), new Option("c", "C", false, false, null),
                        new Option("d", "D", false, false, null)));
                case 2 -> new ItemDefinition.TrueFalse(common, true, null, null);
                case 3 -> new ItemDefinition.Matching(common, List.of(new ItemDefinition.Pair("1", "a"),
                        new ItemDefinition.Pair("2", "b"), new ItemDefinition.Pair("3", "c"), new ItemDefinition.Pair("4", "d")),
                        List.of("e"));
                case 4 -> new ItemDefinition.Ordering(common, List.of("1", "2", "3", "4", "5", "6"));
                case 5 -> new ItemDefinition.Numeric(common, new BigDecimal("36"), new BigDecimal("12"), "h");
                default -> new ItemDefinition.Hotspot(common, "x.svg", 800, 500, List.of(
                        new ItemDefinition.Region("r", "Square on the left", List.of(p(100, 100), p(300, 100), p(300, 300),
                                p(100, 300)), true, false, null),
                        new ItemDefinition.Region("h", "Five-sided area on the right", List.of(p(500, 0), p(800, 0), p(800, 500),
                                p(600, 400), p(500, 200)), false, true, null)));
            };
            items.add(item);
            if (random.nextInt(10) == 0) {
                continue;
            }
            responses.put(id, switch (i % 7) {
                case 0 -> new Response.Choice(Set.of(random.nextBoolean() ? "a" : "b"));
                case 1 -> new Response.Choice(Set.of("a", random.nextBoolean() ? "b" : "c"));
                case 2 -> new Response.TrueFalse(random.nextBoolean());
                case 3 -> new Response.Matching(Map.of(0, 0, 1, 1, 2, random.nextInt(5), 3, 3));
                case 4 -> new Response.Ordering(List.of(0, 2, 1, 3, 5, 4));
                case 5 -> new Response.Numeric(new BigDecimal(random.nextInt(60)));
                default -> new Response.Hotspot(random.nextInt(800), random.nextInt(500));
            });
        }
    }

    private static ItemDefinition.Point p(double x, double y) {
        return new ItemDefinition.Point(x, y);
    }

    @Benchmark
    public GradeResult gradeHundredItems() {
        return QuizGrader.grade(items, responses, 80);
    }
}
