package academy.triggerpoint.bench;

import academy.triggerpoint.authoring.questions.qti.ItemYaml;
import academy.triggerpoint.authoring.questions.qti.QtiExport;
import academy.triggerpoint.authoring.questions.qti.QtiImport;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Importing a QTI 3.0 package of 500 items (the shipped needle-safety bank's 52 items of all seven types,
 * hotspot pictures included, repeated under new ids): unzip with every guard, parse each item, map it,
 * and write the bank YAML the draft receives. Target: under 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QtiImportBenchmark {

    static final int ITEMS = 500;

    byte[] qtiPackage;
    QtiImport.Target target;

    @Setup
    public void exportPackage() {
        CourseFiles files = CourseFiles.readFolder(Path.of("courses/dry-needling-foundations"), "courses/dry-needling-foundations");
        CourseDefinition course = CourseParser.parse(files).course().orElseThrow();
        List<ItemDefinition> bank = course.items().stream()
                .filter(i -> i.common().file().contains("/modules/needle-safety/items/")).toList();
        List<ItemDefinition> items = new ArrayList<>();
        for (int n = 0; items.size() < ITEMS; n++) {
            ItemDefinition item = bank.get(n % bank.size());
            items.add(renamed(item, item.id() + "-" + n));
        }
        qtiPackage = QtiExport.bank("bench", items, files::bytes);
        target = new QtiImport.Target("needle-safety", "needles-hygiene-and-sharps",
                Set.of("needles-hygiene-and-sharps"), Set.of("needle-safety"), Set.of(), path -> Optional.empty());
    }

    @Benchmark
    public String import500Items() {
        QtiImport.Result result = QtiImport.read(qtiPackage, "bench.zip", target);
        if (result.items().size() != ITEMS) {
            throw new IllegalStateException("imported " + result.items().size() + ": " + result.rejected());
        }
        return ItemYaml.write(result.items(), "imported-bench");
    }

    private static ItemDefinition renamed(ItemDefinition item, String id) {
        ItemDefinition.Common c = item.common();
        ItemDefinition.Common r = new ItemDefinition.Common(id, c.moduleId(), c.lessonId(), c.tags(), c.competency(),
                c.difficulty(), c.critical(), c.points(), c.stem(), c.rationale(), c.file(), c.line());
        return switch (item) {
            case ItemDefinition.Choice x -> new ItemDefinition.Choice(r, x.multiple(), x.options());
            case ItemDefinition.TrueFalse x -> new ItemDefinition.TrueFalse(r, x.answer(), x.feedbackTrue(), x.feedbackFalse());
            case ItemDefinition.Matching x -> new ItemDefinition.Matching(r, x.pairs(), x.distractors());
            case ItemDefinition.Ordering x -> new ItemDefinition.Ordering(r, x.sequence());
            case ItemDefinition.Numeric x -> new ItemDefinition.Numeric(r, x.answer(), x.tolerance(), x.unit());
            case ItemDefinition.Hotspot x -> new ItemDefinition.Hotspot(r, x.image(), x.width(), x.height(), x.regions());
            case ItemDefinition.KeyFeatures x -> new ItemDefinition.KeyFeatures(r, x.maxSelections(), x.options());
            case ItemDefinition.ScriptConcordance x -> new ItemDefinition.ScriptConcordance(r, x.hypothesis(), x.finding(),
                    x.scale(), x.panel(), x.demonstration());
        };
    }
}
