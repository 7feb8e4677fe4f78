package academy.triggerpoint.load;

import academy.triggerpoint.AppProcess;
import academy.triggerpoint.Haproxy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application as production runs it, for the load and crash harnesses: one node on an H2 file
 * database or on embedded PostgreSQL 17, or several nodes on one PostgreSQL behind HAProxy with the
 * shipped {@code deploy/haproxy.cfg}; {@code load.learners} accounts seeded by {@link LoadAccounts}.
 * Each node is a JVM of its own ({@link AppProcess}), so the harness's own threads and heap are not counted.
 */
final class LoadServer implements AutoCloseable {

    private final List<AppProcess> nodes;
    private final Haproxy haproxy;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final EmbeddedPostgres postgres;
    private AppProcess killed;

    private LoadServer(List<AppProcess> nodes, Haproxy haproxy, String jdbcUrl, String jdbcUser, EmbeddedPostgres postgres) {
        this.nodes = nodes;
        this.haproxy = haproxy;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.postgres = postgres;
    }

    static LoadServer start(String database, int learners) throws Exception {
        return start(database, learners, 1);
    }

    /** {@code count} nodes; more than one needs PostgreSQL and puts HAProxy in front of them. */
    static LoadServer start(String database, int learners, int count) throws Exception {
        if (count > 1 && !database.equals("postgres")) {
            throw new IllegalArgumentException("Several nodes share one PostgreSQL database: add -Dload.db=postgres");
        }
        Path work = Files.createTempDirectory("http-load");
        EmbeddedPostgres postgres = null;
        String url;
        String user;
        if (database.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        } else {
            // A file database the harness can read while the server runs (H2's automatic mixed mode),
            // with the durability setting of the default configuration (application.properties).
            url = "jdbc:h2:file:" + work.resolve("academy") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
            user = "sa";
        }
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(AppProcess.freePort());
        }
        int front = count > 1 ? AppProcess.freePort() : ports.getFirst();
        List<AppProcess> nodes = new ArrayList<>();
        // One after the other: the first node migrates the schema and seeds the accounts, the others find them.
        for (int i = 0; i < count; i++) {
            nodes.add(AppProcess.start(ports.get(i), work.resolve("node" + (i + 1) + ".log"), List.of(
                    "--spring.profiles.active=load", "--academy.base-url=http://localhost:" + front,
                    "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                    "--load.learners=" + learners, "--academy.courses.folder=courses",
                    "--server.tomcat.threads.max=" + System.getProperty("load.tomcat-threads", "200"),
                    "--logging.level.academy.triggerpoint=warn"), System.getProperty("load.server-heap", "2g")));
        }
        Haproxy haproxy = count > 1 ? Haproxy.start(front, ports, work.resolve("haproxy.log")) : null;
        System.out.println("Servers: " + count + " node(s)" + (haproxy == null ? "" : " behind HAProxy") + ", logs in " + work);
        return new LoadServer(nodes, haproxy, url, user, postgres);
    }

    /** Where people connect: HAProxy in front of several nodes, else the one node. */
    String base() {
        return haproxy != null ? haproxy.base() : nodes.getFirst().base();
    }

    int nodeCount() {
        return nodes.size();
    }

    /** Kills one node, chosen at random, as {@code kill -9} does; returns its number (1, 2, ...). */
    int kill() throws InterruptedException {
        int victim = ThreadLocalRandom.current().nextInt(nodes.size());
        killed = nodes.get(victim);
        killed.kill();
        return victim + 1;
    }

    /** Starts the killed node again on the same database and port; returns how long until it was ready. */
    Duration restart() throws Exception {
        return killed.restart();
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String jdbcUser() {
        return jdbcUser;
    }

    /** Used heap after a full collection and the resident memory of each node. */
    String memory() {
        StringBuilder text = new StringBuilder();
        for (AppProcess node : nodes) {
            try {
                String pid = String.valueOf(node.pid());
                run("jcmd", pid, "GC.run");
                String heap = run("jcmd", pid, "GC.heap_info");
                String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
                String used = heap.lines().filter(l -> l.contains("used")).findFirst().orElse("?").strip();
                text.append(String.format(Locale.ROOT, "Server heap after GC: %s; %s. ", used, rss));
            } catch (Exception e) {
                text.append("memory not read: ").append(e).append(". ");
            }
        }
        return text.toString().strip();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream out = p.getInputStream()) {
            String text = new String(out.readAllBytes());
            p.waitFor();
            return text;
        }
    }

    @Override
    public void close() throws Exception {
        for (AppProcess node : nodes) {
            System.out.println("Server log problems (port " + node.port() + "): " + node.problemsInLog());
            node.close();
        }
        if (haproxy != null) {
            haproxy.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
