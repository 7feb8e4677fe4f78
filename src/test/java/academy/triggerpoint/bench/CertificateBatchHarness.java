package academy.triggerpoint.bench;

import academy.triggerpoint.Application;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.certification.BatchProgress;
import academy.triggerpoint.certification.CertificateBatches;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.Role;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Batch regeneration of a cohort's certificates, as an administrator starts it: {@code n} learners
 * (1,000 by default) each with a certificate of the fixture course (rows written with JDBC, holding
 * a placeholder file), then {@link CertificateBatches} renders and signs them all again. Prints the
 * wall time and the live heap (used heap right after a full GC) before, half-way and after.
 * <pre>./mvnw -q test-compile exec:exec@certificate-batch        (-Dcertificates=1000)</pre>
 */
public final class CertificateBatchHarness {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path db = Files.createTempDirectory("batch-db");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + db.resolve("academy"), "--server.port=0",
                        "--logging.level.root=warn")) {
            SecurityContextHolder.setContextHolderStrategy(app.getBean(SecurityContextHolderStrategy.class));
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AccountRepository accounts = app.getBean(AccountRepository.class);
            long version = jdbc.queryForObject("select current_version_id from course where id = 'intro-course'", Long.class);
            String hash = jdbc.queryForObject("select content_hash from course_version where id = ?", String.class, version);
            Timestamp now = Timestamp.from(Instant.now());
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                LoginAccount learner = TestAccounts.create(accounts, "Batch Learner Ŝtefan Ødegård " + i);
                rows.add(new Object[] {"BATCH" + i, learner.id(), version, hash, "Batch Learner Ŝtefan Ødegård " + i, now, now});
            }
            jdbc.batchUpdate("""
                    insert into certificate (code, account_id, course_id, version_id, content_hash, course_title, course_version,
                        learner_name, licence_number, jurisdiction, ce_hours, delivery_mode, completed_at, issued_at, expires_at,
                        status, pdf, pdf_sha256)
                    values (?, ?, 'intro-course', ?, ?, 'Introduction to Trigger Points', '1.0', ?, 'LIC-1',
                        'New Zealand', 0.5, 'online-self-paced', ?, ?, null, 'VALID', X'25504446', 'placeholder')""", rows);

            SignIn.as(TestAccounts.create(accounts, "Batch Admin", Role.ADMIN));
            CertificateBatches batches = app.getBean(CertificateBatches.class);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            // Twice: the first run also loads classes, parses the fonts once per worker thread and fills
            // the database's page cache; the second shows what a batch costs on a running server.
            for (String run : List.of("first run after start", "second run")) {
                long liveBefore = live(memory);
                long t0 = System.nanoTime();
                BatchProgress progress = batches.start(null);
                long liveHalfway = -1;
                while (progress.running()) {
                    Thread.sleep(20);
                    progress = batches.progress().orElseThrow();
                    if (liveHalfway < 0 && progress.done() >= progress.total() / 2) {
                        liveHalfway = live(memory);
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long liveAfter = live(memory);
                System.out.printf("batch, %s: %d certificates rendered and signed again in %.1f s (%.1f ms each, %d threads), "
                                + "%d failed; live heap before %d MB, half-way %d MB, after %d MB (target < 20 s, flat heap)%n",
                        run, progress.done(), seconds, seconds * 1000 / Math.max(1, progress.done()),
                        Runtime.getRuntime().availableProcessors(), progress.failed(), liveBefore >> 20, liveHalfway >> 20,
                        liveAfter >> 20);
            }
            SignIn.out();
        }
    }

    private static long live(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
