package academy.triggerpoint.bench;

import academy.triggerpoint.Application;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.CaseService;
import academy.triggerpoint.assessment.CaseSheet;
import academy.triggerpoint.assessment.PresentedItem;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Load on the assessment engine, against the application started in this JVM on an H2 file database
 * (the default set-up) with the test fixture course.
 * <ul>
 * <li>{@code save}: 200 simulated learners, each with an open attempt, each saving a random valid
 * answer to a random question of their attempt after 1 to 3 s of "thinking", for 60 s. It times
 * {@code AttemptService.saveResponse} (locking the attempt, validating, writing the row, committing):
 * the server-side handling of a save, without the Vaadin request around it.</li>
 * <li>{@code reveal}: 200 learners working through a case; times revealing the next stage
 * ({@code CaseService.proceed} and reading the updated sheet), the server side of "Lock answers and
 * continue".</li>
 * <li>{@code heap}: 30 learners sign in with real headless Chromium and open their attempt page; used
 * heap after a full GC, before and after, divided by 29 (the first session warms caches). Runs in
 * Vaadin production mode, so build the jar first ({@code -Pproduction package}).</li>
 * </ul>
 * <pre>./mvnw -q test-compile exec:exec@load -Dload=save   (or -Dload=reveal, -Dload=heap)</pre>
 */
public final class AttemptLoadHarness {

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "save";
        Path db = Files.createTempDirectory("load-db");
        // Heap is measured in production mode, as deployed: development mode records where every
        // component was created, which multiplies the per-session heap. Needs -Pproduction package first.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("academy"), "--server.port=0",
                        "--logging.level.root=warn", "--vaadin.productionMode=" + mode.equals("heap"))) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            switch (mode) {
                case "heap" -> heap(app, 30);
                case "reveal" -> reveal(app, 200, 60);
                default -> save(app, 200, 60);
            }
        }
    }

    private record Learner(LoginAccount account, long attemptId, List<PresentedItem> items) {
    }

    private static Learner learnerInAttempt(ConfigurableApplicationContext app, int n, String passwordHash) {
        AccountRepository accounts = app.getBean(AccountRepository.class);
        LoginAccount account = TestAccounts.create(accounts, "Load Learner " + n);
        if (passwordHash != null) {
            var row = accounts.findById(account.id()).orElseThrow();
            row.setPasswordHash(passwordHash);
            accounts.save(row);
        }
        SignIn.as(account);
        try {
            CatalogService catalog = app.getBean(CatalogService.class);
            AttemptService attempts = app.getBean(AttemptService.class);
            catalog.enrol("intro-course");
            catalog.completeLesson("intro-course", "taut-bands");
            catalog.completeLesson("intro-course", "referred-pain");
            long id = attempts.startOrResume("intro-course", "safety");
            return new Learner(account, id, attempts.sheet(id).items());
        } finally {
            SignIn.out();
        }
    }

    private static void save(ConfigurableApplicationContext app, int learners, int seconds) throws Exception {
        List<Learner> all = IntStream.range(0, learners).mapToObj(n -> learnerInAttempt(app, n, null)).toList();
        AttemptService attempts = app.getBean(AttemptService.class);
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        runLearners(all, seconds, (learner, random, end) -> {
            while (System.nanoTime() < end) {
                PresentedItem item = learner.items().get(random.nextInt(learner.items().size()));
                Response response = anyValidResponse(item, random);
                long t0 = System.nanoTime();
                attempts.saveResponse(learner.attemptId(), item.itemId(), response);
                micros.add((System.nanoTime() - t0) / 1000);
                Thread.sleep(1000 + random.nextInt(2000));
            }
        });
        List<Long> sorted = sorted(micros);
        System.out.printf("save: %d learners, %d s, %d saves (%.0f/s); server-side handling p50 %.2f ms, p95 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms%n", learners, seconds, sorted.size(), sorted.size() / (double) seconds,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1000.0);
    }

    /**
     * 200 learners each work through the fixture's three-stage runner case again and again, answering
     * wrongly so they may retry; times revealing the next stage as the case page does it (lock the
     * stage and reveal the next, then read the updated sheet), and separately finishing (grading).
     */
    private static void reveal(ConfigurableApplicationContext app, int learners, int seconds) throws Exception {
        List<Learner> all = IntStream.range(0, learners).mapToObj(n -> learnerInAttempt(app, n, null)).toList();
        CaseService cases = app.getBean(CaseService.class);
        ConcurrentLinkedQueue<Long> reveals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> finishes = new ConcurrentLinkedQueue<>();
        Map<String, Response> wrong = Map.of("rc-band", new Response.Choice(Set.of("bone")),
                "plan", new Response.Choice(Set.of("needle-only")), "rc-soreness", new Response.TrueFalse(false));
        runLearners(all, seconds, (learner, random, end) -> {
            while (System.nanoTime() < end) {
                long id = cases.startOrResume("intro-course", "runner-calf");
                CaseSheet sheet = cases.sheet(id);
                boolean finished = false;
                while (!finished && System.nanoTime() < end) {
                    CaseSheet.StageView stage = sheet.current();
                    stage.items().forEach(item -> cases.saveResponse(id, item.itemId(), wrong.get(item.itemId())));
                    if (stage.decision() != null) {
                        cases.saveResponse(id, stage.stageId(), wrong.get(stage.stageId()));
                    }
                    Thread.sleep(1000 + random.nextInt(2000));
                    long t0 = System.nanoTime();
                    finished = cases.proceed(id).finished();
                    if (!finished) {
                        sheet = cases.sheet(id);
                    }
                    (finished ? finishes : reveals).add((System.nanoTime() - t0) / 1000);
                }
            }
        });
        List<Long> sorted = sorted(reveals);
        List<Long> graded = sorted(finishes);
        System.out.printf("reveal: %d learners, %d s, %d stage reveals; server-side p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                        + "max %.2f ms; %d cases finished and graded, p95 %.2f ms%n", learners, seconds, sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast() / 1000.0, graded.size(),
                at(graded, 0.95));
    }

    /** What one simulated learner does until {@code end} (a {@link System#nanoTime()} value). */
    private interface LearnerLoop {
        void run(Learner learner, ThreadLocalRandom random, long end) throws InterruptedException;
    }

    /** One thread per learner, signed in as that learner, starting within 3 s of each other, for {@code seconds}. */
    private static void runLearners(List<Learner> all, int seconds, LearnerLoop loop) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Learner learner : all) {
            threads.add(Thread.ofPlatform().start(() -> {
                SignIn.as(learner.account());
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    Thread.sleep(random.nextInt(3000));
                    loop.run(learner, random, end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SignIn.out();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted;
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1000.0;
    }

    static Response anyValidResponse(PresentedItem item, ThreadLocalRandom random) {
        List<PresentedItem.Choice> choices = item.choices();
        return switch (item.type()) {
            case "single-choice", "multiple-response" ->
                    new Response.Choice(Set.of(choices.get(random.nextInt(choices.size())).value()));
            case "true-false" -> new Response.TrueFalse(random.nextBoolean());
            case "matching" -> new Response.Matching(Map.of(0, Integer.parseInt(choices.get(random.nextInt(choices.size())).value())));
            case "ordering" -> {
                List<Integer> order = new ArrayList<>(IntStream.range(0, choices.size()).boxed().toList());
                Collections.shuffle(order);
                yield new Response.Ordering(order);
            }
            case "numeric" -> new Response.Numeric(BigDecimal.valueOf(random.nextInt(100)));
            default -> new Response.Hotspot(random.nextDouble() * item.width(), random.nextDouble() * item.height());
        };
    }

    private static void heap(ConfigurableApplicationContext app, int learners) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String password = "heap harness passphrase";
        String hash = app.getBean(PasswordEncoder.class).encode(password);
        List<Learner> all = IntStream.range(0, learners).mapToObj(n -> learnerInAttempt(app, n, hash)).toList();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // One warm-up session so class loading and caches are not counted as per-session heap.
            open(browser, port, all.get(0), password);
            long before = usedHeapAfterGc();
            for (Learner learner : all.subList(1, all.size())) {
                open(browser, port, learner, password);
            }
            long after = usedHeapAfterGc();
            System.out.printf("heap: %d sessions each signed in with an open attempt page; used heap after GC %d KB -> %d KB; "
                    + "%.0f KB per session%n", learners - 1, before / 1024, after / 1024, (after - before) / 1024.0 / (learners - 1));
            if (Boolean.getBoolean("load.pause")) {
                System.out.println("pid " + ProcessHandle.current().pid());
                Thread.sleep(60_000);
            }
            browser.close();
        }
    }

    private static void open(Browser browser, int port, Learner learner, String password) {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email").fill(learner.account().email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Courses")).waitFor();
        // Within the single-page app, as a learner clicks through: one UI per session, as in real use.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue Introduction to Trigger Points")).click();
        page.getByText("Go to the quiz").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume your attempt")).click();
        page.locator("nav.question-nav").waitFor();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
