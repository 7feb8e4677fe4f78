package academy.triggerpoint.catalog.content;

import academy.triggerpoint.shared.Counts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the course folders under a root such as {@code courses/} and checks each on its own. */
public final class CourseFolders {

    /** One folder's files and what the parser made of them. */
    public record Checked(CourseFiles files, CourseParser.Result result) {
    }

    private CourseFolders() {
    }

    /**
     * Checks {@code path}: a single course folder (it holds a course.yaml) or a folder of courses.
     * A missing root gives an empty list.
     */
    public static List<Checked> check(Path path) {
        return courseFolders(path).stream().map(CourseFolders::checkOne).toList();
    }

    /**
     * The course folders at {@code path}: itself when it holds a course.yaml, otherwise its
     * sub-folders (not hidden ones), in name order; none when it is missing.
     */
    public static List<Path> courseFolders(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        if (Files.exists(path.resolve(CourseParser.MANIFEST))) {
            return List.of(path);
        }
        try (Stream<Path> children = Files.list(path)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    /** Reads and checks one course folder. */
    public static Checked checkOne(Path dir) {
        CourseFiles files = CourseFiles.readFolder(dir, label(dir));
        return new Checked(files, CourseParser.parse(files));
    }

    /** How problems name a course folder: relative to the working directory where it is inside it. */
    public static String label(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = dir.toAbsolutePath().normalize();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * The command-line check: prints every problem, or a line per valid course, and returns the
     * process exit code (0 all valid, 1 any problem, 2 nothing to check).
     */
    public static int runCheck(List<String> paths, PrintStream out) {
        List<String> roots = paths.isEmpty() ? List.of("courses") : paths;
        int problems = 0;
        int courses = 0;
        java.util.Map<String, String> seenIds = new java.util.HashMap<>();
        for (String root : roots) {
            Path path = Path.of(root);
            if (!Files.isDirectory(path)) {
                out.println(root + ": no such folder");
                return 2;
            }
            for (Checked checked : check(path)) {
                courses++;
                String sameId = checked.result().course()
                        .map(c -> seenIds.putIfAbsent(c.id(), checked.files().folderLabel())).orElse(null);
                if (sameId != null) {
                    out.println(checked.files().label(CourseParser.MANIFEST) + ": course id '"
                            + checked.result().course().orElseThrow().id() + "' is also the id of " + sameId
                            + "; every course needs its own id");
                    problems++;
                } else if (checked.result().ok()) {
                    CourseDefinition course = checked.result().course().orElseThrow();
                    out.println("ok   " + checked.files().folderLabel() + " (" + Counts.of(course.modules().size(), "module") + ", "
                            + Counts.of(course.lessonsInOrder().size(), "lesson") + ", " + Counts.of(course.items().size(), "item") + ", "
                            + Counts.of(course.cases().size(), "case") + ", " + course.ceContactHours().toPlainString() + " CE hours)");
                    List<ItemDefinition.ScriptConcordance> sct = java.util.stream.Stream.concat(course.items().stream(),
                                    course.cases().stream().flatMap(c -> c.stages().stream()).flatMap(s -> s.items().stream()))
                            .filter(i -> i instanceof ItemDefinition.ScriptConcordance)
                            .map(i -> (ItemDefinition.ScriptConcordance) i).toList();
                    if (!sct.isEmpty()) {
                        long demo = sct.stream().filter(i -> i.panelSize() > 0).count();
                        out.println("     " + Counts.of(sct.size(), "script-concordance item") + ": keyed by the course's expert "
                                + "panel in the app, provisional (no points) until " + ItemDefinition.ScriptConcordance.MINIMUM_PANEL
                                + " panellists have answered" + (demo == 0 ? "" : "; " + demo + (demo == 1 ? " carries" : " carry")
                                + " a demonstration panel, "
                                + "used only in the demo profile"));
                    }
                } else {
                    checked.result().problems().forEach(out::println);
                    problems += checked.result().problems().size();
                }
            }
        }
        if (courses == 0) {
            out.println("No course folders found in " + String.join(", ", roots));
            return 2;
        }
        out.println(problems == 0 ? Counts.of(courses, "course") + " valid" : Counts.of(problems, "problem") + " found");
        return problems == 0 ? 0 : 1;
    }
}
