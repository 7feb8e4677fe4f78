package academy.triggerpoint.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The application as production runs it, for the load harness: Vaadin in production mode with its
 * pre-compiled bundle, in a JVM of its own (so the harness's own threads and heap are not counted),
 * on an H2 file database or on embedded PostgreSQL 17, with {@code load.learners} accounts seeded
 * by {@link LoadAccounts}.
 */
final class LoadServer implements AutoCloseable {

    private Process process;
    private int launches;
    private final List<String> command;
    private final int port;
    private final Path log;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final EmbeddedPostgres postgres;

    private LoadServer(List<String> command, int port, Path log, String jdbcUrl, String jdbcUser, EmbeddedPostgres postgres) {
        this.command = command;
        this.port = port;
        this.log = log;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.postgres = postgres;
    }

    static LoadServer start(String database, int learners) throws Exception {
        Path work = Files.createTempDirectory("http-load");
        Path resources = work.resolve("resources");
        academy.triggerpoint.ProductionBundle.unpackInto(resources);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
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
        Path log = work.resolve("server.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("load.server-heap", "2g"),
                "-cp", resources + File.pathSeparator + System.getProperty("java.class.path"),
                "academy.triggerpoint.Application", "--spring.profiles.active=load", "--server.port=" + port,
                "--academy.base-url=http://localhost:" + port, "--vaadin.productionMode=true",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                "--load.learners=" + learners, "--academy.courses.folder=courses",
                "--server.tomcat.threads.max=" + System.getProperty("load.tomcat-threads", "200"),
                "--logging.level.academy.triggerpoint=warn"));
        LoadServer server = new LoadServer(command, port, log, url, user, postgres);
        server.launch();
        return server;
    }

    private void launch() throws Exception {
        launches++;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady();
    }

    /** Kills the server as {@code kill -9} does: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the server again on the same database and port after {@link #kill}; returns how long it took. */
    java.time.Duration restart() throws Exception {
        long start = System.nanoTime();
        launch();
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped:\n" + Files.readString(log));
            }
            if (Files.readString(log).split("Load accounts ready", -1).length > launches) {
                HttpURLConnection c = (HttpURLConnection) URI.create(base() + "/login").toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server was not ready in 10 minutes:\n" + Files.readString(log));
    }

    String base() {
        return "http://localhost:" + port;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String jdbcUser() {
        return jdbcUser;
    }

    /** Used heap after a full collection and the process's resident memory. */
    String memory() {
        try {
            long pid = process.pid();
            run("jcmd", String.valueOf(pid), "GC.run");
            String heap = run("jcmd", String.valueOf(pid), "GC.heap_info");
            String rss = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
            String used = heap.lines().filter(l -> l.contains("used")).findFirst().orElse("?").strip();
            return String.format(Locale.ROOT, "Server heap after GC: %s; %s", used, rss);
        } catch (Exception e) {
            return "memory not read: " + e;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream out = p.getInputStream()) {
            String text = new String(out.readAllBytes());
            p.waitFor();
            return text;
        }
    }

    /** The server's log lines that report an error or a stack trace. */
    List<String> problemsInLog() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ")).limit(20).toList();
    }

    @Override
    public void close() throws Exception {
        System.out.println("Server log problems: " + problemsInLog());
        process.destroy();
        process.waitFor();
        if (postgres != null) {
            postgres.close();
        }
    }
}
