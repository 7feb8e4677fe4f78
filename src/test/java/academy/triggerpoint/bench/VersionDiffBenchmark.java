package academy.triggerpoint.bench;

import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.VersionDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The difference between two versions of the shipped foundations course (issue 22): the course as
 * shipped against a copy with every lesson changed, an item's critical flag cleared and a case's
 * pass mark raised. Both versions are parsed and validated, every file, lesson, item, case and
 * competency compared. Target: under 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VersionDiffBenchmark {

    CourseFiles shipped;
    CourseFiles revised;

    @Setup
    public void twoVersions() {
        shipped = CourseFiles.readFolder(Path.of("courses/dry-needling-foundations"), "courses/dry-needling-foundations")
                .asPublished();
        Map<String, byte[]> files = new HashMap<>(shipped.files());
        replaceFirst(files, "course.yaml", "version: \"1.1.1\"", "version: \"1.2.0\"");
        replaceFirst(files, "modules/needle-safety/items/bank.yaml", "    critical: true\n", "    critical: false\n");
        replaceFirst(files, "cases/buttock-pain-warfarin.yaml", "passMark: 70", "passMark: 80");
        files.replaceAll((path, bytes) -> path.endsWith(".md") && !path.contains(".de.") && !path.contains(".es.")
                ? (new String(bytes, StandardCharsets.UTF_8) + "\nA revised paragraph on needle depth over the thorax.\n")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes);
        revised = new CourseFiles(shipped.folderName(), shipped.folderLabel(), files);
        if (!CourseParser.parse(revised).ok()) {
            throw new IllegalStateException("the revised copy has problems: " + CourseParser.parse(revised).problems());
        }
        VersionDiff.Diff diff = VersionDiff.between(shipped, revised);
        if (diff.lessons().isEmpty() || diff.items().isEmpty() || diff.cases().isEmpty()) {
            throw new IllegalStateException("the revised copy should change lessons, items and a case: " + diff.safetyTouches());
        }
        System.out.printf("%n%d files, %d lessons, %d items, %d cases changed; safety touches: %s%n", diff.files().size(),
                diff.lessons().size(), diff.items().size(), diff.cases().size(), diff.safetyTouches());
    }

    private static void replaceFirst(Map<String, byte[]> files, String path, String old, String replacement) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        if (!text.contains(old)) {
            throw new IllegalStateException("no '" + old.strip() + "' in " + path);
        }
        files.put(path, text.replaceFirst(java.util.regex.Pattern.quote(old), replacement).getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public VersionDiff.Diff differenceBetweenTwoVersionsOfTheFoundationsCourse() {
        return VersionDiff.between(shipped, revised);
    }

    @Benchmark
    public VersionDiff.Diff learnersViewOfTheDifference() {
        return VersionDiff.between(shipped, revised).withoutKeys();
    }
}
