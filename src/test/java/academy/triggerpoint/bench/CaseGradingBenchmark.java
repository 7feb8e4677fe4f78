package academy.triggerpoint.bench;

import academy.triggerpoint.assessment.grading.CaseGrader;
import academy.triggerpoint.assessment.grading.CaseResult;
import academy.triggerpoint.assessment.grading.Cases;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.content.CaseDefinition;
import java.util.HashMap;
import java.util.Map;
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
 * Grading a 12-stage case (six question stages of key-features, script-concordance and single-choice
 * items, six branching decisions) along a path that mixes best and weaker choices. Target: under 100 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseGradingBenchmark {

    CaseDefinition definition;
    Map<String, Response> responses;

    @Setup
    public void buildCase() {
        definition = Cases.twelveStages();
        responses = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            responses.put("kf" + i, new Response.Choice(Set.of("a", i % 2 == 0 ? "b" : "c")));
            responses.put("sct" + i, new Response.Scale(i % 3));
            responses.put("sc" + i, new Response.Choice(Set.of(i % 2 == 0 ? "a" : "b")));
            responses.put("d" + i, new Response.Choice(Set.of((i % 2 == 0 ? "go" : "weak") + i)));
        }
    }

    @Benchmark
    public CaseResult gradeTwelveStageCase() {
        return CaseGrader.grade(definition, responses);
    }
}
