package academy.triggerpoint.lti;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as an LTI tool a {@link TestPlatform} can reach: it listens on a port chosen
 * once per test JVM, and its public address (which the tool puts in its redirect URI and accepts
 * target link URIs under) is {@code http://localhost:<that port>}. Test classes that implement this
 * and carry {@link LtiToolTest} share one application context: the property source below is one
 * and the same method for all of them, so their configurations are equal.
 */
public interface LtiToolServer {

    /** The tool's port, free when the test JVM chose it. */
    int PORT = Ports.free();

    /** The tool's base URL, ending in {@code /}, as a platform is given it. */
    static String toolBaseUrl() {
        return "http://localhost:" + PORT + "/";
    }

    @DynamicPropertySource
    static void toolAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("academy.base-url", () -> "http://localhost:" + PORT);
        // Tests run the due-delivery job themselves, after moving the clock; the scheduler stays out of the way.
        registry.add("academy.lti.grade-retry-interval", () -> "PT24H");
    }

    /** Holder of the port choice. */
    final class Ports {
        private Ports() {
        }

        static int free() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
