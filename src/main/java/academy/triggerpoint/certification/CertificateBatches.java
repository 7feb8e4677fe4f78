package academy.triggerpoint.certification;

import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.shared.AuditTrail;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.InvalidInputException;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batch regeneration for administrators: renders and signs again every valid certificate of a
 * course (or of all courses), for example after the signing key changed. Runs in the background on
 * one thread per core (at most 4), in chunks that each commit on their own, so memory stays
 * flat and a failure costs one chunk's certificates, which are counted and can be run again. One
 * batch at a time across all nodes (a named cluster lock); its progress can be read on the node
 * that runs it. Each certificate's Open Badges credential is signed again with it.
 */
@Service
public class CertificateBatches {

    private static final Logger log = LoggerFactory.getLogger(CertificateBatches.class);
    static final int CHUNK = 25;
    static final String BATCH_LOCK = "certificate-batch";
    static final Duration BATCH_LOCK_AT_MOST = Duration.ofHours(2);

    private final CertificateRepository certificates;
    private final CertificateIssuer issuer;
    private final AuditTrail audit;
    private final CurrentAccount current;
    private final TransactionTemplate chunkTransaction;
    private final Clock clock;
    private final LockProvider locks;
    private final academy.triggerpoint.shared.SystemTask system;
    /** Each worker holds a database connection per chunk; at most 4 leave most of the pool to requests. */
    private final int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
        Thread thread = new Thread(r, "certificate-batch");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Run> latest = new AtomicReference<>();

    private static final class Run {
        volatile SimpleLock clusterLock;
        final String scope;
        final int total;
        final Instant startedAt;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger chunksLeft;
        volatile Instant finishedAt;

        Run(String scope, int total, int chunks, Instant startedAt) {
            this.scope = scope;
            this.total = total;
            this.chunksLeft = new AtomicInteger(chunks);
            this.startedAt = startedAt;
        }

        BatchProgress progress() {
            return new BatchProgress(scope, total, done.get(), failed.get(), startedAt, finishedAt);
        }
    }

    CertificateBatches(CertificateRepository certificates, CertificateIssuer issuer, AuditTrail audit,
                       CurrentAccount current, PlatformTransactionManager transactions, Clock clock,
                       LockProvider locks, academy.triggerpoint.shared.SystemTask system) {
        this.system = system;
        this.certificates = certificates;
        this.issuer = issuer;
        this.audit = audit;
        this.current = current;
        this.chunkTransaction = new TransactionTemplate(transactions);
        this.chunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.locks = locks;
    }

    /** Courses that have valid certificates (id to title), to choose a batch from. */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Map<String, String> courses() {
        java.util.Map<String, String> courses = new java.util.LinkedHashMap<>();
        certificates.coursesWithValid().forEach(row -> courses.putIfAbsent((String) row[0], (String) row[1]));
        return courses;
    }

    /** How many valid certificates a batch for this course (null: every course) would regenerate. */
    @PreAuthorize("hasRole('ADMIN')")
    public int countValid(String courseId) {
        return certificates.validIds(courseId).size();
    }

    /**
     * Starts regenerating every valid certificate of the course (null: of every course) and returns
     * at once; follow it with {@link #progress()}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @org.springframework.transaction.annotation.Transactional
    public synchronized BatchProgress start(String courseId) {
        Run running = latest.get();
        if (running != null && running.finishedAt == null) {
            throw new InvalidInputException(null, "A regeneration is already running: " + running.done.get() + " of "
                    + running.total + " done.");
        }
        // One batch across the cluster: another node's running batch holds this lock until it ends
        // (or, if that node died, until BATCH_LOCK_AT_MOST has passed).
        SimpleLock clusterLock = locks.lock(new LockConfiguration(clock.instant(), BATCH_LOCK, BATCH_LOCK_AT_MOST, Duration.ZERO))
                .orElseThrow(() -> new InvalidInputException(null, "A regeneration is already running on another "
                        + "server of this platform; start again when it has finished."));
        List<Long> ids = certificates.validIds(courseId);
        String scope = courseId == null ? "all courses" : courseId;
        int chunks = (ids.size() + CHUNK - 1) / CHUNK;
        Run run = new Run(scope, ids.size(), chunks, clock.instant());
        run.clusterLock = clusterLock;
        latest.set(run);
        audit.record(current.id(), "certificates-regenerated", "course:" + scope, ids.size() + " certificates");
        if (chunks == 0) {
            finish(run);
        }
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            // Background work runs as the system, never as the administrator who started it.
            workers.submit(() -> system.run(() -> regenerate(run, chunk)));
        }
        return run.progress();
    }

    /** The latest batch on this node, running or finished. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<BatchProgress> progress() {
        return Optional.ofNullable(latest.get()).map(Run::progress);
    }

    private void regenerate(Run run, List<Long> chunk) {
        try {
            chunkTransaction.executeWithoutResult(tx -> chunk.forEach(issuer::regenerate));
            run.done.addAndGet(chunk.size());
        } catch (RuntimeException e) {
            run.failed.addAndGet(chunk.size());
            log.warn("Regenerating certificates {} failed; run the batch again for them", chunk, e);
        } finally {
            if (run.chunksLeft.decrementAndGet() == 0) {
                finish(run);
                log.info("Certificate regeneration for {}: {} done, {} failed", run.scope, run.done.get(), run.failed.get());
            }
        }
    }

    private void finish(Run run) {
        run.finishedAt = clock.instant();
        run.clusterLock.unlock();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
