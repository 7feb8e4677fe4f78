package academy.triggerpoint;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * HAProxy (Debian's package) run with the shipped {@code deploy/haproxy.cfg}, so that what is
 * tested is the file operators use: only its listening address and its node lines are rewritten
 * to the ports of the nodes a test started. {@code .ci/run} installs the package.
 */
public final class Haproxy implements AutoCloseable {

    static final Path SHIPPED = Path.of("deploy/haproxy.cfg");

    private final Process process;
    private final int port;
    private final Path log;

    private Haproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether the haproxy command is installed here. */
    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) || Files.isExecutable(Path.of("/usr/bin/haproxy"));
    }

    /** HAProxy on {@code port} in front of nodes listening on {@code nodePorts} (node1, node2, ... in order). */
    public static Haproxy start(int port, List<Integer> nodePorts, Path log) throws Exception {
        String shipped = Files.readString(SHIPPED);
        String nodes = IntStream.range(0, nodePorts.size())
                .mapToObj(i -> "    server node" + (i + 1) + " 127.0.0.1:" + nodePorts.get(i) + " check cookie node" + (i + 1))
                .collect(Collectors.joining("\n"));
        String config = shipped.replace("bind 127.0.0.1:8000", "bind 127.0.0.1:" + port)
                .replaceAll("(?m)^    server node\\d+ .*\\R?", "").stripTrailing() + "\n" + nodes + "\n";
        if (!config.contains("127.0.0.1:" + port) || !config.contains("cookie TPA_NODE")) {
            throw new IllegalStateException("deploy/haproxy.cfg no longer has the lines this test rewrites");
        }
        Path file = Files.createTempFile("haproxy", ".cfg");
        Files.writeString(file, config);
        // -db: stay in the foreground, the test owns the process. Relative paths in the file (the
        // error page) are resolved from the repository folder, as docs/operations.md runs it.
        Process process = new ProcessBuilder("haproxy", "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Haproxy haproxy = new Haproxy(process, port, log);
        haproxy.awaitListening();
        return haproxy;
    }

    private void awaitListening() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped:\n" + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy did not listen in 20 s:\n" + Files.readString(log));
    }

    public String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
