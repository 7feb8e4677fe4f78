package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of single-defect copies of the shipped refresher course (issue 16). For every mutant the
 * checker must return problems, never fail: none may be the safety net's "could not be checked",
 * and every problem names a file of the course. Run thousands with
 * {@code ./mvnw -q test-compile exec:exec@mutants} (docs/course-format.md has the last figures).
 */
class CourseMutationTest {

    static final int MUTANTS_IN_VERIFY = 400;

    @Test
    void no_single_defect_copy_of_a_shipped_course_makes_the_checker_fail_or_name_no_file() {
        Report report = run(CourseMutants.of(Path.of("courses/needle-safety-refresher"), "courses/needle-safety-refresher"),
                1, MUTANTS_IN_VERIFY);

        assertThat(report.unforeseen()).as("mutants the checker could not handle").isEmpty();
        assertThat(report.nameless()).as("problems that name no file of the course").isEmpty();
        // About half the mutations are harmless (a prose line deleted, an unused image moved), so half are accepted.
        assertThat(report.refused()).as("single defects refused").isGreaterThan(MUTANTS_IN_VERIFY / 3);
    }

    record Report(int run, int refused, List<String> unforeseen, List<String> nameless) {
    }

    static Report run(CourseMutants mutants, long firstSeed, int count) {
        int refused = 0;
        List<String> unforeseen = new ArrayList<>();
        List<String> nameless = new ArrayList<>();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) {
            CourseMutants.Mutant mutant = mutants.mutant(seed);
            CourseParser.Result result = CourseParser.parse(mutant.files());
            if (!result.ok()) {
                refused++;
            }
            for (Problem problem : result.problems()) {
                if (problem.message().startsWith("this course could not be checked")) {
                    unforeseen.add("seed " + seed + " (" + mutant.description() + "): " + problem);
                } else if (!problem.file().startsWith(mutant.files().folderLabel() + "/")) {
                    nameless.add("seed " + seed + " (" + mutant.description() + "): " + problem);
                }
            }
        }
        return new Report(count, refused, unforeseen, nameless);
    }

    /** Thousands of mutants, with the figures printed: {@code exec:exec@mutants [-Dmutants=N]}. */
    public static void main(String[] args) {
        int count = Integer.getInteger("mutants", 5_000);
        long started = System.nanoTime();
        for (String course : List.of("needle-safety-refresher", "dry-needling-foundations")) {
            Report report = run(CourseMutants.of(Path.of("courses", course), "courses/" + course), 1, count);
            System.out.printf("%s: %d mutants, %d refused, %d accepted, %d the checker could not handle, "
                    + "%d problems naming no file%n", course, report.run(), report.refused(), report.run() - report.refused(),
                    report.unforeseen().size(), report.nameless().size());
            report.unforeseen().stream().limit(10).forEach(System.out::println);
            report.nameless().stream().limit(10).forEach(System.out::println);
        }
        System.out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
