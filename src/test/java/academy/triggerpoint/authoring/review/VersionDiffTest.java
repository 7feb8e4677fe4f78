package academy.triggerpoint.authoring.review;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.review.VersionDiff.Diff;
import academy.triggerpoint.authoring.review.VersionDiff.FileChange;
import academy.triggerpoint.authoring.review.VersionDiff.ItemChange;
import academy.triggerpoint.authoring.review.VersionDiff.LineChange;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/good/intro-course");
    private static final String BANK = "modules/safety/items/bank.yaml";
    private static final String LESSON = "modules/basics/taut-bands.md";
    private static final String CASE = "cases/anticoagulated-neck.yaml";
    /** The fixture has only an SVG, which is text; a PNG is added to both versions to have a binary image. */
    private static final String PNG = "modules/basics/images/knot.png";

    private static final String NEW_ITEM = """
              - id: needle-disposal
                type: true-false
                lesson: contraindications
                tags: [safety]
                difficulty: easy
                stem: Used needles go straight into a sharps container.
                rationale: Immediate disposal prevents needlestick injuries.
                answer: true
            """;

    /**
     * The fixture without its German item bank: edits below change keys in the original bank only,
     * which a translation would (rightly) refuse, and the diff is about the original.
     */
    private final CourseFiles original = edited(CourseFiles.readFolder(FIXTURE, "courses/intro-course"),
            files -> files.remove("modules/safety/items/bank.de.yaml"));

    private static CourseFiles edited(CourseFiles base, Consumer<Map<String, byte[]>> edit) {
        Map<String, byte[]> files = new HashMap<>(base.files());
        edit.accept(files);
        return new CourseFiles(base.folderName(), base.folderLabel(), files);
    }

    /** Replaces text that must occur exactly once, so a changed fixture fails here rather than silently. */
    private static void replace(Map<String, byte[]> files, String path, String old, String replacement) {
        String text = new String(files.get(path), StandardCharsets.UTF_8);
        if (text.indexOf(old) < 0 || text.indexOf(old) != text.lastIndexOf(old)) {
            throw new IllegalStateException("expected exactly one '" + old + "' in " + path);
        }
        files.put(path, text.replace(old, replacement).getBytes(StandardCharsets.UTF_8));
    }

    private static void append(Map<String, byte[]> files, String path, String lines) {
        files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + lines).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] png(int variant) {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) variant};
    }

    private static void moveKeyOfAnticoagulantScreenFromAToC(Map<String, byte[]> files) {
        replace(files, BANK, "        correct: true\n        feedback: Right, screen", "        feedback: Right, screen");
        replace(files, BANK, "Refuse all treatment.\n", "Refuse all treatment.\n        correct: true\n");
    }

    @Test
    void a_reviewer_sees_exactly_the_files_and_items_that_changed() {
        CourseFiles older = edited(original, files -> files.put(PNG, png(1)));
        CourseFiles newer = edited(original, files -> {
            files.put(PNG, png(2));
            moveKeyOfAnticoagulantScreenFromAToC(files);
            replace(files, BANK, "    difficulty: easy\n    critical: true\n", "    difficulty: easy\n    critical: false\n");
            replace(files, BANK, "stem: Put the steps of a first dry-needling session in order.",
                    "stem: Put these steps of a first session in the order you would do them.");
            append(files, BANK, NEW_ITEM);
            replace(files, LESSON, "| Spot tenderness | Likely trigger point |\n", "");
        });
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        Diff diff = VersionDiff.between(older, newer);

        assertThat(diff.files()).containsExactly(
                new FileChange(PNG, "changed", false, List.of()),
                new FileChange(LESSON, "changed", true, List.of(
                        new LineChange("removed", 11, 11, List.of("| Spot tenderness | Likely trigger point |"), List.of()))),
                new FileChange(BANK, "changed", true, List.of(
                        new LineChange("removed", 16, 16, List.of("        correct: true"), List.of()),
                        new LineChange("added", 24, 23, List.of(), List.of("        correct: true")),
                        new LineChange("changed", 30, 30, List.of("    critical: true"), List.of("    critical: false")),
                        new LineChange("changed", 70, 70,
                                List.of("    stem: Put the steps of a first dry-needling session in order."),
                                List.of("    stem: Put these steps of a first session in the order you would do them.")),
                        new LineChange("added", 117, 117, List.of(), NEW_ITEM.lines().toList()))));
        assertThat(diff.items()).containsExactly(
                new ItemChange("anticoagulant-screen", "changed", List.of("key"), "key changed: correct option a → c"),
                new ItemChange("evaluation-order", "changed", List.of("text"), "text changed: stem"),
                new ItemChange("infected-skin", "changed", List.of("scoring"), "scoring changed: critical true → false"),
                new ItemChange("needle-disposal", "added", List.of(), "new true-false item in lesson contraindications"));
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void several_aspects_of_one_item_are_summarised_in_one_sentence() {
        CourseFiles newer = edited(original, files -> {
            moveKeyOfAnticoagulantScreenFromAToC(files);
            replace(files, BANK, "    tags: [safety, screening]\n    competency: safety\n    difficulty: medium\n    critical: true",
                    "    tags: [safety, screening, warfarin]\n    competency: safety\n    difficulty: medium\n    critical: false");
            replace(files, BANK, "raises the risk of bleeding: screen", "raises the bleeding risk: screen");
        });

        assertThat(VersionDiff.between(original, newer).items()).containsExactly(new ItemChange("anticoagulant-screen",
                "changed", List.of("key", "scoring", "feedback", "metadata"),
                "key changed: correct option a → c; scoring: critical true → false; feedback: rationale; "
                        + "metadata: tags safety, screening → safety, screening, warfarin"));
    }

    @Test
    void a_renamed_hotspot_region_is_a_change_of_the_text_learners_read() {
        CourseFiles newer = edited(original, files -> replace(files, BANK, "name: Red circle in the middle of the band",
                "name: Dark circle on the band"));

        assertThat(VersionDiff.between(original, newer).items()).containsExactly(new ItemChange("band-hotspot", "changed",
                List.of("text"), "text changed: name of region nodule"));
    }

    @Test
    void items_inside_case_stages_are_compared_too() {
        CourseFiles newer = edited(original, files -> replace(files, CASE, "demoPanel: [0, 0, 2, 8, 5]", "demoPanel: [0, 1, 2, 8, 4]"));

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.files()).containsExactly(new FileChange(CASE, "changed", true, List.of(new LineChange("changed",
                32, 32, List.of("        demoPanel: [0, 0, 2, 8, 5]"), List.of("        demoPanel: [0, 1, 2, 8, 4]")))));
        assertThat(diff.items()).containsExactly(new ItemChange("an-sct", "changed", List.of("key"),
                "key changed: demonstration panel [0, 0, 2, 8, 5] → [0, 1, 2, 8, 4]"));
    }

    @Test
    void an_item_missing_from_the_newer_version_is_removed() {
        CourseFiles withExtraItem = edited(original, files -> append(files, BANK, NEW_ITEM));

        assertThat(VersionDiff.between(withExtraItem, original).items()).containsExactly(new ItemChange("needle-disposal",
                "removed", List.of(), "true-false item removed from lesson contraindications"));
    }

    @Test
    void an_item_that_only_moved_down_its_file_has_not_changed() {
        CourseFiles newer = edited(original, files -> replace(files, BANK, "items:\n", "# Safety screening\nitems:\n"));

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.files()).extracting(FileChange::path).containsExactly(BANK);
        assertThat(diff.items()).isEmpty();
    }

    @Test
    void identical_versions_give_an_empty_diff() {
        Diff diff = VersionDiff.between(CourseFiles.readFolder(FIXTURE, "courses/intro-course"),
                CourseFiles.readFolder(FIXTURE, "courses/intro-course"));

        assertThat(diff.files()).isEmpty();
        assertThat(diff.items()).isEmpty();
        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void a_broken_newer_version_still_shows_its_file_changes_but_no_item_changes() {
        CourseFiles newer = edited(original, files -> {
            replace(files, "course.yaml", "deliveryMode: online-self-paced", "deliveryMode: by-pigeon");
            moveKeyOfAnticoagulantScreenFromAToC(files);
        });
        assertThat(CourseParser.parse(newer).problems()).isNotEmpty();

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.files()).extracting(FileChange::path).containsExactly("course.yaml", BANK);
        assertThat(diff.files().get(0).lines()).containsExactly(new LineChange("changed", 19, 19,
                List.of("deliveryMode: online-self-paced"), List.of("deliveryMode: by-pigeon")));
        assertThat(diff.items()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void added_and_removed_text_files_are_listed_whole_and_binary_files_without_lines() {
        String svg = "modules/basics/images/band.svg";
        List<String> svgLines = original.text(svg).orElseThrow().lines().toList();
        CourseFiles newer = edited(original, files -> {
            files.remove(svg);
            files.put("notes/todo.txt", "check the INR wording\nadd a hygiene case\n".getBytes(StandardCharsets.UTF_8));
            files.put("notes/scan.dat", new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        });

        assertThat(VersionDiff.between(original, newer).files()).containsExactly(
                new FileChange(svg, "removed", true, List.of(new LineChange("removed", 1, 1, svgLines, List.of()))),
                new FileChange("notes/scan.dat", "added", false, List.of()),
                new FileChange("notes/todo.txt", "added", true, List.of(new LineChange("added", 1, 1, List.of(),
                        List.of("check the INR wording", "add a hygiene case")))));
    }
}
