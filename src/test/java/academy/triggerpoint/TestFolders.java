package academy.triggerpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Course folders that tests may change: copies of fixtures in temporary directories. */
public final class TestFolders {

    private TestFolders() {
    }

    /** A new temporary folder of courses holding a copy of the fixture course {@code intro-course}. */
    public static Path withIntroCourse(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            copy(Path.of("src/test/resources/fixtures/good/intro-course"), folder.resolve("intro-course"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
