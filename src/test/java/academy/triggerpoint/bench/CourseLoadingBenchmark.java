package academy.triggerpoint.bench;

import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.LessonRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and validating a course of 10 modules and 60 lessons (about 800 words each, one SVG per
 * module) from disk, and rendering all its lessons to safe HTML. Target: under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CourseLoadingBenchmark {

    static final int MODULES = 10;
    static final int LESSONS_PER_MODULE = 6;

    Path folder;

    @Setup
    public void writeCourse() throws IOException {
        folder = Files.createTempDirectory("bench-courses").resolve("big-course");
        Files.createDirectories(folder);
        StringBuilder manifest = new StringBuilder("""
                id: big-course
                title: A big course
                version: 1.0.0
                summary: Ten modules of six lessons.
                objectives: [Read a lot.]
                ceContactHours: 10
                ceRule: 60 minutes = 1 contact hour
                provider: {name: Bench}
                presenters: [{name: Bench}]
                deliveryMode: online-self-paced
                modules:
                """);
        String paragraph = "A **taut band** is a palpable group of tense fibres; the trigger point is the most tender "
                + "spot along it, and pressing it may reproduce the patient's familiar pain in a referral zone. ";
        for (int m = 1; m <= MODULES; m++) {
            manifest.append("  - id: module-").append(m).append(m > 1 ? "\n    prerequisites: [module-" + (m - 1) + "]\n" : "\n");
            Path module = Files.createDirectories(folder.resolve("modules/module-" + m));
            Files.createDirectories(module.resolve("images"));
            Files.writeString(module.resolve("images/diagram.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 40\">"
                    + "<rect x=\"5\" y=\"15\" width=\"90\" height=\"10\"/><text x=\"50\" y=\"38\">band</text></svg>");
            StringBuilder lessons = new StringBuilder();
            for (int l = 1; l <= LESSONS_PER_MODULE; l++) {
                String id = "lesson-" + m + "-" + l;
                lessons.append("  - ").append(id).append('\n');
                StringBuilder body = new StringBuilder("---\ntitle: Lesson " + l + "\nminutes: 10\n---\n");
                for (int p = 0; p < 24; p++) {
                    body.append("## Section ").append(p).append("\n\n").append(paragraph.repeat(1)).append("\n\n");
                }
                body.append("![A diagram of a taut band](images/diagram.svg)\n\n| Finding | Meaning |\n|---|---|\n| a | b |\n");
                Files.writeString(module.resolve(id + ".md"), body);
            }
            Files.writeString(module.resolve("module.yaml"), "title: Module " + m + "\nsummary: S.\nobjectives: [O.]\nlessons:\n" + lessons);
        }
        Files.writeString(folder.resolve("course.yaml"), manifest);
        if (!CourseParser.parse(CourseFiles.readFolder(folder, "bench")).ok()) {
            throw new IllegalStateException(CourseParser.parse(CourseFiles.readFolder(folder, "bench")).problems().toString());
        }
    }

    @Benchmark
    public CourseParser.Result readAndValidate() {
        return CourseParser.parse(CourseFiles.readFolder(folder, "bench"));
    }

    @Benchmark
    public void readValidateAndRenderEveryLesson(Blackhole hole) {
        CourseParser.Result result = CourseParser.parse(CourseFiles.readFolder(folder, "bench"));
        for (LessonDefinition lesson : result.course().orElseThrow().lessonsInOrder()) {
            hole.consume(LessonRenderer.toSafeHtml(lesson.markdown(), lesson.sourcePath(), "/course-assets/1/"));
        }
    }
}
