package academy.triggerpoint.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts the production jar (prod profile, in-memory H2, the real courses) several times and prints
 * the time from process start to the first HTTP 200 on /login, and the resident memory after ten
 * idle seconds: first as a plain {@code java -jar}, then the way README deploys it, extracted with
 * a JDK 25 AOT cache from a training run. Build the jar first with {@code -Pproduction package}.
 * Targets: start within 6 s, idle RSS under 450 MB.
 */
public final class StartupBenchmark {

    private static final int PORT = 18_080;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path jar = findJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jvmOptions = List.of(System.getProperty("bench.jvm", "-XX:+UseSerialGC").split(" "));
        System.out.println(java + ", JVM options " + jvmOptions);

        System.out.println("plain: java -jar " + jar);
        measure(runs, java, jvmOptions, jar);

        Path extracted = Files.createTempDirectory("startup-bench");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        Path cache = extracted.resolve("app.aot");
        List<String> training = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toString()));
        training.addAll(appArguments());
        run(training);
        List<String> withCache = new ArrayList<>(jvmOptions);
        withCache.add("-XX:AOTCache=" + cache);
        System.out.println("extracted with AOT cache: java -XX:AOTCache=app.aot -jar " + extractedJar);
        measure(runs, java, withCache, extractedJar);
    }

    private static List<String> appArguments() {
        return List.of("--spring.profiles.active=prod", "--spring.datasource.url=jdbc:h2:mem:startup-bench",
                "--academy.base-url=https://academy.example.org",
                "--server.port=" + PORT, "--logging.level.root=warn");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + command);
        }
    }

    private static void measure(int runs, String java, List<String> jvmOptions, Path jar) throws Exception {
        List<Long> startMillis = new ArrayList<>();
        List<Long> rssMb = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(appArguments());
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long started = waitForLogin(t0);
                Thread.sleep(10_000);
                long rss = residentMegabytes(process.pid());
                startMillis.add(started);
                rssMb.add(rss);
                System.out.printf("run %d: first 200 on /login after %d ms; idle RSS %d MB%n", run, started, rss);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        System.out.printf("median: start %d ms, idle RSS %d MB%n", median(startMillis), median(rssMb));
    }

    private static long waitForLogin(long t0) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/login")).build();
        while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - t0).toMillis();
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No 200 on /login within 60 s");
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("No VmRSS for " + pid);
    }

    private static Path findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("trigger-point-academy-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Build the jar first: -Pproduction package"));
        }
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
