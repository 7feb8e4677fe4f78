package academy.triggerpoint.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exam-day load over HTTP, the way browsers load the server (issue 17): each virtual user is a
 * distinct account that signs in through the login form, opens the quiz page (Vaadin bootstrap and
 * navigation), starts its own attempt, answers with the autosave the attempt page sends (one
 * answer every {@code think} seconds on average, moving on with Next), and at the end submits and
 * reaches its result. A save counts as acknowledged only when the server's response says "saved";
 * at the end every acknowledged answer is looked up in the database.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:exec@http-load} (see docs/benchmarks.md for the
 * options); {@link LoadServer} starts the application in production mode in a JVM of its own.
 */
public final class HttpLoadHarness {

    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    /** Per request kind: when the first one started and the last one ended (System.nanoTime). */
    private final Map<String, long[]> spans = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final AcknowledgedAnswers acknowledged = new AcknowledgedAnswers();

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 200);
        Duration length = Duration.ofSeconds(Long.getLong("load.seconds", 120));
        double think = Double.parseDouble(System.getProperty("load.think", "10"));
        int ramp = Integer.getInteger("load.ramp", 60);
        // > 0: everybody signs in and opens the quiz page during the ramp, then all start their
        // attempts within this many seconds after it (an exam's synchronised start).
        int startWindow = Integer.getInteger("load.start-window", 0);
        String database = System.getProperty("load.db", "h2");
        String route = System.getProperty("load.route", "courses/dry-needling-foundations/quiz/trigger-point-physiology");
        try (LoadServer server = LoadServer.start(database, users)) {
            HttpLoadHarness harness = new HttpLoadHarness();
            System.out.printf(Locale.ROOT, "%d users, %d s, think %.1f s, ramp %d s, start window %d s, %s, load generator on %d cores%n",
                    users, length.toSeconds(), think, ramp, startWindow, database, Runtime.getRuntime().availableProcessors());
            harness.run(server, users, length, think, ramp, startWindow, route);
            harness.report();
            harness.checkDatabase(server);
        }
    }

    private void run(LoadServer server, int users, Duration length, double think, int ramp, int startWindow, String route)
            throws Exception {
        HttpClient http = VaadinClient.sharedHttpClient();
        long rampEnd = System.nanoTime() + Duration.ofSeconds(ramp).toNanos();
        long end = rampEnd + Duration.ofSeconds(startWindow).toNanos() + length.toNanos();
        CountDownLatch allOpen = new CountDownLatch(users);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= users; i++) {
                int user = i;
                long startAt = System.nanoTime() + (long) (ramp * 1e9 * (i - 1) / users);
                threads.submit(() -> {
                    sleepUntil(startAt);
                    long startClick = startWindow == 0 ? 0 : rampEnd + (long) (ThreadLocalRandom.current().nextDouble() * startWindow * 1e9);
                    learner(new VaadinClient(http, server.base()), user, route, think, startClick, end, allOpen);
                    return null;
                });
            }
            allOpen.await();
            System.out.println("All " + users + " sessions are open. " + server.memory());
        }
    }

    private void learner(VaadinClient tab, int user, String route, double think, long startClick, long end,
                         CountDownLatch allOpen) {
        boolean counted = false;
        try {
            boolean in = timed("sign-in", () -> tab.signIn("load-" + user + "@load.test", LoadAccounts.PASSWORD));
            if (!in) {
                error("sign-in", "refused for load-" + user);
                return;
            }
            timed("open quiz page", () -> {
                tab.open(route);
                return true;
            });
            sleepUntil(startClick);
            boolean started = timed("start attempt", () -> tab.click("Start the quiz") || tab.click("Resume your attempt"));
            if (!started || !tab.shows("Question 1 of")) {
                error("start attempt", "no attempt page for load-" + user);
                return;
            }
            allOpen.countDown();
            counted = true;
            boolean forward = true;
            while (System.nanoTime() < end) {
                sleep(-Math.log(1 - ThreadLocalRandom.current().nextDouble()) * think);
                var group = tab.radioGroup();
                if (group.isPresent()) {
                    boolean saved = timed("save answer", () -> {
                        tab.chooseAnother(group.get());
                        return true;
                    });
                    var ack = tab.acknowledged();
                    if (saved && ack.isPresent()) {
                        acknowledged.record(user, ack.get());
                    } else {
                        error("save answer", "not acknowledged for load-" + user + ": " + abbreviate(tab.lastResponse()));
                    }
                }
                String move = forward ? "Next" : "Previous";
                boolean moved = timed("next question", () -> tab.click(move));
                if (!moved) {
                    forward = !forward;
                }
            }
            boolean submitted = timed("submit", () -> tab.click("Submit answers") && tab.click("Submit now"));
            if (!submitted || !tab.shows("Back to the course")) {
                error("submit", "no result page for load-" + user);
            }
        } catch (Exception e) {
            error("unexpected", "load-" + user + ": " + e);
        } finally {
            if (!counted) {
                allOpen.countDown();
            }
        }
    }

    private interface Step {
        boolean run() throws Exception;
    }

    private boolean timed(String kind, Step step) throws Exception {
        long start = System.nanoTime();
        try {
            boolean ok = step.run();
            long end = System.nanoTime();
            timings.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(end - start);
            spans.merge(kind, new long[] {start, end}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            return ok;
        } catch (Exception e) {
            error(kind, e.toString());
            throw e;
        }
    }

    private void error(String kind, String message) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        firstError.putIfAbsent(kind, message);
    }

    private void report() {
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %9s %9s %9s %9s %7s%n", "request", "count", "rate/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        Map<String, List<Long>> sorted = new TreeMap<>(timings);
        errors.keySet().forEach(k -> sorted.putIfAbsent(k, List.of()));
        for (Map.Entry<String, List<Long>> entry : sorted.entrySet()) {
            List<Long> times = new ArrayList<>(entry.getValue());
            Collections.sort(times);
            long[] span = spans.getOrDefault(entry.getKey(), new long[] {0, 1_000_000_000L});
            double seconds = Math.max(1, (span[1] - span[0]) / 1e9);
            System.out.printf(Locale.ROOT, "%-16s %8d %8.1f %9.1f %9.1f %9.1f %9.1f %7d%n", entry.getKey(), times.size(),
                    times.size() / seconds, pct(times, 50), pct(times, 95), pct(times, 99), pct(times, 100),
                    errors.getOrDefault(entry.getKey(), new AtomicInteger()).get());
        }
        firstError.forEach((kind, message) -> System.out.println("first " + kind + " error: " + message));
    }

    /** Every acknowledged answer must be in the database: counts the ones that are not. */
    private void checkDatabase(LoadServer server) throws Exception {
        AcknowledgedAnswers.Outcome outcome = acknowledged.check(server);
        System.out.println("acknowledged answers (distinct question per user): " + outcome.checked()
                + ", missing from the database: " + outcome.lost());
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            sleep(wait / 1e9);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
