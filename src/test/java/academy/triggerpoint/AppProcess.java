package academy.triggerpoint;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as production runs it, in a JVM of its own: Vaadin in production mode with its
 * pre-compiled bundle ({@link ProductionBundle}), for journeys and harnesses that need a whole
 * server process to start, kill ({@code kill -9}) and start again. Ready means what a load balancer
 * asks: {@code /actuator/health/readiness} answers 200, which Spring Boot only does once every
 * start-up runner has finished.
 */
public final class AppProcess implements AutoCloseable {

    private static Path resources;

    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;

    private AppProcess(List<String> command, int port, Path log) {
        this.command = command;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node on {@code port} with {@code arguments} (Spring Boot's {@code --name=value}),
     * its output appended to {@code log}, and waits until it is ready.
     */
    public static AppProcess start(int port, Path log, List<String> arguments, String heap) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp",
                productionResources() + File.pathSeparator + System.getProperty("java.class.path"),
                "academy.triggerpoint.Application", "--server.port=" + port, "--vaadin.productionMode=true"));
        command.addAll(arguments);
        AppProcess node = new AppProcess(command, port, log);
        node.launch();
        return node;
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static synchronized Path productionResources() throws IOException {
        if (resources == null) {
            resources = Files.createTempDirectory("production-bundle");
            ProductionBundle.unpackInto(resources);
        }
        return resources;
    }

    private void launch() throws Exception {
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server on port " + port + " stopped:\n" + Files.readString(log));
            }
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server on port " + port + " was not ready in 10 minutes:\n" + Files.readString(log));
    }

    /** The HTTP status this node answers for {@code path}, or -1 while it does not answer at all. */
    public int status(String path) {
        return status(URI.create(base() + path));
    }

    /** The HTTP status {@code address} answers (redirects not followed), or -1 while nothing answers there. */
    public static int status(URI address) {
        try {
            HttpURLConnection c = (HttpURLConnection) address.toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(2_000);
            c.setReadTimeout(10_000);
            return c.getResponseCode();
        } catch (IOException notListening) {
            return -1;
        }
    }

    /** Kills the node as {@code kill -9} does: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the node again with the same arguments after {@link #kill}; returns how long until it was ready. */
    public Duration restart() throws Exception {
        long start = System.nanoTime();
        launch();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** The node's log lines that report an error or a stack trace (the first 20). */
    public List<String> problemsInLog() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ")).limit(20).toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
