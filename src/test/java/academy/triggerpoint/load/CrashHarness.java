package academy.triggerpoint.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kill -9 with nothing lost (issue 17): takers answer continuously over HTTP while a server node is
 * killed without warning at random moments and started again on the same database. On one node the
 * takers wait for it and sign in again; on two nodes behind HAProxy the killed node's takers are
 * sent to the other node at once and sign in again there, as people would. At the end every
 * answer the server acknowledged must be in the database with its latest acknowledged save (no
 * answer lost, no change rolled back), every taker still has the one attempt they started, and
 * every attempt is graded when it is submitted.
 *
 * <p>{@code ./mvnw -q test-compile exec:exec@crash -Dload.users=200 -Dload.kills=20} (single node;
 * the database is the H2 file of the default configuration, or PostgreSQL with -Dload.db=postgres);
 * add {@code -Dload.db=postgres -Dload.nodes=2} for two nodes behind HAProxy.
 */
public final class CrashHarness {

    private final AcknowledgedAnswers acknowledged = new AcknowledgedAnswers();
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean stop;
    private volatile boolean up = true;

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("load.users", 200);
        int kills = Integer.getInteger("load.kills", 20);
        String database = System.getProperty("load.db", "h2");
        int nodes = Integer.getInteger("load.nodes", 1);
        String route = "courses/dry-needling-foundations/quiz/trigger-point-physiology";
        try (LoadServer server = LoadServer.start(database, users, nodes)) {
            new CrashHarness().run(server, users, kills, route, database);
        }
    }

    private void run(LoadServer server, int users, int kills, String route, String database) throws Exception {
        HttpClient http = VaadinClient.sharedHttpClient();
        List<Long> restarts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= users; i++) {
                int user = i;
                threads.submit(() -> taker(http, server, user, route));
            }
            for (int kill = 1; kill <= kills; kill++) {
                // Kill while people are answering: once half of them have had an answer acknowledged
                // since the last start, at a random moment within the next 15 s.
                int before = acks.get();
                while (acks.get() - before < users / 2) {
                    Thread.sleep(100);
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(0, 15_000));
                // One node: everybody waits for it. Several: the others keep serving, nobody waits.
                boolean alone = server.nodeCount() == 1;
                up = !alone;
                int victim = server.kill();
                int reconnectsBefore = reconnects.get();
                restarts.add(server.restart().toMillis());
                up = true;
                System.out.printf(Locale.ROOT, "kill %d of %d (node %d): %d acknowledged answers so far, %d takers signed in "
                        + "again while it restarted, node back in %d ms%n", kill, kills, victim, acks.get(),
                        reconnects.get() - reconnectsBefore, restarts.getLast());
            }
            Thread.sleep(10_000);
            stop = true;
        }
        AcknowledgedAnswers.Outcome answers = acknowledged.check(server);
        AttemptOutcome attempts = checkAttempts(server);
        System.out.printf(Locale.ROOT, "%s, %s: kills %d, acknowledged saves %d, takers signing in again %d, "
                        + "restart p50 %d ms; latest acknowledged answers %d, found %d, lost %d (must be 0), rolled back to an "
                        + "older save %d (must be 0), takers with a second attempt or result %d (must be 0), attempts "
                        + "not graded at the end, every taker having submitted, %d (must be 0)%n", database,
                server.nodeCount() == 1 ? "1 node" : server.nodeCount() + " nodes behind HAProxy", kills, acks.get(),
                reconnects.get(), restarts.stream().sorted().toList().get(restarts.size() / 2), answers.checked(), answers.found(),
                answers.lost(), answers.older(), attempts.secondAttempts(), attempts.ungraded());
    }

    /**
     * One person: signs in, resumes their attempt and answers until the end, then submits it; after a
     * crash, signs in again, and when the run ends while they are signed out, signs in once more to
     * submit what they have (never starting a second attempt).
     */
    private Void taker(HttpClient http, LoadServer server, int user, String route) throws InterruptedException {
        boolean first = true;
        boolean done = false;
        while (!done) {
            while (!up) {
                Thread.sleep(200);
            }
            if (!first) {
                reconnects.incrementAndGet();
            }
            first = false;
            if (!stop) {
                // People come back at different moments, not all in the same millisecond.
                Thread.sleep(ThreadLocalRandom.current().nextLong(0, 10_000));
            }
            VaadinClient tab = new VaadinClient(http, server.base());
            try {
                if (!tab.signIn("load-" + user + "@load.test", LoadAccounts.PASSWORD)) {
                    System.out.println("load-" + user + ": sign-in refused");
                    Thread.sleep(1_000);
                    continue;
                }
                tab.open(route);
                boolean resumed = tab.click("Resume your attempt");
                if (!resumed && (stop || !tab.click("Start the quiz"))) {
                    // Nothing open: submitted already (its answer may have been lost with a node).
                    done = stop;
                    continue;
                }
                boolean forward = true;
                while (!stop) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1_500));
                    var group = tab.radioGroup();
                    if (group.isPresent()) {
                        tab.chooseAnother(group.get());
                        tab.acknowledged().ifPresent(ack -> {
                            acknowledged.record(user, ack);
                            acks.incrementAndGet();
                        });
                    }
                    if (!tab.click(forward ? "Next" : "Previous")) {
                        forward = !forward;
                    }
                }
                tab.click("Submit answers");
                // Submitted only when the result page says so; otherwise sign in again and submit again.
                done = tab.click("Submit now") && tab.shows("Score ");
            } catch (IOException crashed) {
                // The node died under this request (or the session went with it): sign in again.
                if (failures.incrementAndGet() <= 3) {
                    System.out.println("load-" + user + " lost their session: " + crashed);
                }
                Thread.sleep(500);
            }
        }
        return null;
    }

    /** How many takers' attempts were lost (they had to start a second one) and how many submitted attempts were not graded. */
    private record AttemptOutcome(int secondAttempts, int ungraded) {
    }

    private static AttemptOutcome checkAttempts(LoadServer server) throws Exception {
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), server.jdbcUser(), "")) {
            // A resumed attempt that was lost would make the taker start a second one.
            int secondAttempts = count(db, "select count(*) from (select a.account_id from attempt a join account u "
                    + "on u.id = a.account_id where u.email like 'load-%@load.test' group by a.account_id having count(*) > 1) twice");
            int ungraded = count(db, "select count(*) from attempt a join account u on u.id = a.account_id "
                    + "where u.email like 'load-%@load.test' and a.graded_at is null");
            // Every taker submits at the end, so an attempt without a grade is one whose submission was lost.
            return new AttemptOutcome(secondAttempts, ungraded);
        }
    }

    private static int count(Connection db, String sql) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
