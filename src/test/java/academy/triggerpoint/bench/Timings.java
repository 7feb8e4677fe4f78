package academy.triggerpoint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Timing for the load harnesses: warm up, time each round, print percentiles against a target. */
final class Timings {

    private Timings() {
    }

    /** Runs {@code work} a few times to warm up, then {@code rounds} times; the times in ms, sorted. */
    static List<Double> time(int rounds, Supplier<?> work) {
        for (int i = 0; i < Math.max(3, rounds / 5); i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    static void report(String what, List<Double> sorted, int targetMillis) {
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%s%n", what, sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1),
                targetMillis > 0 ? " (target < " + targetMillis + " ms)" : "");
    }
}
