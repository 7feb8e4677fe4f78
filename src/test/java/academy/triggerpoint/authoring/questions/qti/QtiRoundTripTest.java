package academy.triggerpoint.authoring.questions.qti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.LessonDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.catalog.content.QuizDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QtiRoundTripTest {

    static Stream<Arguments> shippedModules() throws IOException {
        try (Stream<Path> courses = Files.list(Path.of("courses"))) {
            return courses.filter(Files::isDirectory).sorted().toList().stream().flatMap(folder -> {
                CourseFiles files = CourseFiles.readFolder(folder, "courses/" + folder.getFileName());
                CourseDefinition course = CourseParser.parse(files).course().orElseThrow();
                return course.modules().stream().map(m -> Arguments.of(folder.getFileName() + "/" + m.id(), files, course, m));
            });
        }
    }

    static List<ItemDefinition> bankOf(CourseDefinition course, String moduleId) {
        return course.items().stream().filter(i -> i.common().file().contains("/modules/" + moduleId + "/items/")).toList();
    }

    static QtiImport.Target targetFor(CourseFiles files, CourseDefinition course, String moduleId, Set<String> taken) {
        ModuleDefinition module = course.module(moduleId).orElseThrow();
        return new QtiImport.Target(moduleId, module.lessons().getFirst().id(),
                course.lessonsInOrder().stream().map(LessonDefinition::id).collect(Collectors.toSet()),
                course.competencies().stream().map(CourseDefinition.Competency::id).collect(Collectors.toSet()), taken,
                files::bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModules")
    void exporting_a_shipped_bank_importing_it_back_and_exporting_again_gives_the_same_bytes(String name, CourseFiles files,
                                                                                             CourseDefinition course,
                                                                                             ModuleDefinition module) {
        List<ItemDefinition> bank = bankOf(course, module.id());
        assertThat(bank).isNotEmpty();
        byte[] first = QtiExport.bank(module.id(), bank, files::bytes);

        QtiImport.Result imported = QtiImport.read(first, module.id() + ".zip", targetFor(files, course, module.id(), Set.of()));
        assertThat(imported.rejected()).isEmpty();
        assertThat(imported.warnings()).isEmpty();
        assertThat(imported.newFiles()).as("pictures the course already has are reused").isEmpty();
        assertThat(imported.items()).hasSize(bank.size());

        // Through the bank file the draft would hold, read back by the course loader.
        Map<String, byte[]> changed = new HashMap<>(files.files());
        String bankPath = "modules/" + module.id() + "/items/bank.yaml";
        changed.put(bankPath, ItemYaml.write(imported.items(), null).getBytes(StandardCharsets.UTF_8));
        CourseParser.Result reread = CourseParser.parse(new CourseFiles(files.folderName(), files.folderLabel(), changed));
        assertThat(reread.problems()).isEmpty();
        List<ItemDefinition> again = bankOf(reread.course().orElseThrow(), module.id());

        assertThat(QtiExport.bank(module.id(), again, files::bytes)).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModules")
    void a_shipped_quiz_comes_back_with_its_pools_and_settings_and_exports_to_the_same_bytes(String name, CourseFiles files,
                                                                                           CourseDefinition course,
                                                                                           ModuleDefinition module) {
        QuizDefinition quiz = module.quiz();
        byte[] first = QtiExport.quiz(quiz, course.items(), files::bytes);

        QtiImport.Result imported = QtiImport.read(first, "quiz.zip", targetFor(files, course, module.id(), Set.of()));

        assertThat(imported.rejected()).isEmpty();
        assertThat(imported.quiz()).contains(quiz);
        assertThat(QtiExport.quiz(imported.quiz().orElseThrow(), imported.items(), files::bytes)).isEqualTo(first);
    }
}
