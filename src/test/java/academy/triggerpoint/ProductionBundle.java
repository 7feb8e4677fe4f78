package academy.triggerpoint;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Vaadin's pre-compiled production bundle (com.vaadin:vaadin-prod-bundle, a test dependency), for
 * tests and harnesses that run the application in production mode in a JVM of their own.
 */
public final class ProductionBundle {

    private static final String BUNDLE = "vaadin-prod-bundle/";

    private ProductionBundle() {
    }

    /**
     * What {@code build-frontend} does for an app without frontend code of its own: the bundle's
     * files under {@code <resources>/META-INF/VAADIN}. Put {@code resources} first on the server's class path.
     */
    public static void unpackInto(Path resources) throws IOException {
        Path target = resources.resolve("META-INF/VAADIN");
        URL marker = ProductionBundle.class.getClassLoader().getResource(BUNDLE + "config/flow-build-info.json");
        if (marker == null) {
            throw new IllegalStateException("com.vaadin:vaadin-prod-bundle is not on the test classpath");
        }
        try (JarFile jar = ((JarURLConnection) marker.openConnection()).getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(BUNDLE)) {
                    continue;
                }
                Path out = target.resolve(entry.getName().substring(BUNDLE.length())).normalize();
                if (!out.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
