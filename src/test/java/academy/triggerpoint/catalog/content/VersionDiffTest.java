package academy.triggerpoint.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.VersionDiff.Diff;
import academy.triggerpoint.catalog.content.VersionDiff.FileChange;
import academy.triggerpoint.catalog.content.VersionDiff.ItemChange;
import academy.triggerpoint.catalog.content.VersionDiff.LineChange;
import academy.triggerpoint.catalog.content.VersionDiff.CaseAspect;
import academy.triggerpoint.catalog.content.VersionDiff.CaseChange;
import academy.triggerpoint.catalog.content.VersionDiff.CompetencyChange;
import academy.triggerpoint.catalog.content.VersionDiff.Detail;
import academy.triggerpoint.catalog.content.VersionDiff.HoursChange;
import academy.triggerpoint.catalog.content.VersionDiff.ItemChangeKind;
import academy.triggerpoint.catalog.content.VersionDiff.LessonChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VersionDiffTest {

    /** What a reviewer reads of an item change; the named kinds and details are asserted separately. */
    private record Brief(String itemId, String status, List<String> aspects, String summary) {
    }

    private static List<Brief> briefs(List<ItemChange> items) {
        return items.stream().map(i -> new Brief(i.itemId(), i.status(), i.aspects(), i.summary())).toList();
    }

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
        assertThat(briefs(diff.items())).containsExactly(
                new Brief("anticoagulant-screen", "changed", List.of("key"), "key changed: correct option a → c"),
                new Brief("evaluation-order", "changed", List.of("text"), "text changed: stem"),
                new Brief("infected-skin", "changed", List.of("scoring"), "scoring changed: critical true → false"),
                new Brief("needle-disposal", "added", List.of(), "new true-false item in lesson contraindications"));
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

        assertThat(briefs(VersionDiff.between(original, newer).items())).containsExactly(new Brief("anticoagulant-screen",
                "changed", List.of("key", "scoring", "feedback", "metadata"),
                "key changed: correct option a → c; scoring: critical true → false; feedback: rationale; "
                        + "metadata: tags safety, screening → safety, screening, warfarin"));
    }

    @Test
    void a_renamed_hotspot_region_is_a_change_of_the_text_learners_read() {
        CourseFiles newer = edited(original, files -> replace(files, BANK, "name: Red circle in the middle of the band",
                "name: Dark circle on the band"));

        assertThat(briefs(VersionDiff.between(original, newer).items())).containsExactly(new Brief("band-hotspot", "changed",
                List.of("text"), "text changed: name of region nodule"));
    }

    @Test
    void items_inside_case_stages_are_compared_too() {
        CourseFiles newer = edited(original, files -> replace(files, CASE, "demoPanel: [0, 0, 2, 8, 5]", "demoPanel: [0, 1, 2, 8, 4]"));

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.files()).containsExactly(new FileChange(CASE, "changed", true, List.of(new LineChange("changed",
                32, 32, List.of("        demoPanel: [0, 0, 2, 8, 5]"), List.of("        demoPanel: [0, 1, 2, 8, 4]")))));
        assertThat(briefs(diff.items())).containsExactly(new Brief("an-sct", "changed", List.of("key"),
                "key changed: demonstration panel [0, 0, 2, 8, 5] → [0, 1, 2, 8, 4]"));
    }

    @Test
    void an_item_missing_from_the_newer_version_is_removed() {
        CourseFiles withExtraItem = edited(original, files -> append(files, BANK, NEW_ITEM));

        assertThat(briefs(VersionDiff.between(withExtraItem, original).items())).containsExactly(new Brief("needle-disposal",
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

    /** One edit of the original bank or case, the item it changes, and what the difference must name. */
    static Stream<Arguments> each_kind_of_item_change_is_named_with_the_value_that_changed() {
        String wordingOfAnticoagulant = "What do you do first?";
        return Stream.of(
                Arguments.of("stem", BANK, wordingOfAnticoagulant, "What is your first step?", "anticoagulant-screen",
                        ItemChangeKind.STEM, "stem"),
                Arguments.of("option text", BANK, "text: Refuse all treatment.", "text: Refuse to treat today.",
                        "anticoagulant-screen", ItemChangeKind.OPTIONS, "option c"),
                Arguments.of("critical flag", BANK, "    difficulty: easy\n    critical: true\n", "    difficulty: easy\n",
                        "infected-skin", ItemChangeKind.CRITICAL, "critical"),
                Arguments.of("harmful option", BANK, "        harmful: true\n        feedback: Bleeding", "        feedback: Bleeding",
                        "anticoagulant-screen", ItemChangeKind.HARMFUL, "harmful options"),
                Arguments.of("true-false answer", BANK, "    answer: false\n", "    answer: true\n", "infected-skin",
                        ItemChangeKind.KEY, "answer"),
                Arguments.of("multiple-response key", BANK, "        text: Constant night pain unrelated to position\n        correct: true\n",
                        "        text: Constant night pain unrelated to position\n", "red-flags", ItemChangeKind.KEY, "correct options"),
                Arguments.of("matching pairs", BANK, "        right: Side of the neck and temple\n      - left: Gluteus medius\n        right: Low back and buttock",
                        "        right: Low back and buttock\n      - left: Gluteus medius\n        right: Side of the neck and temple",
                        "referral-match", ItemChangeKind.KEY, "pairs"),
                Arguments.of("ordering sequence", BANK, "[History and screening, Physical examination, Informed consent, Needling]",
                        "[History and screening, Informed consent, Physical examination, Needling]", "evaluation-order",
                        ItemChangeKind.KEY, "sequence order"),
                Arguments.of("numeric answer", BANK, "    answer: 36\n", "    answer: 48\n", "soreness-hours", ItemChangeKind.KEY, "answer"),
                Arguments.of("numeric tolerance", BANK, "    tolerance: 12\n", "    tolerance: 6\n", "soreness-hours",
                        ItemChangeKind.KEY, "tolerance"),
                Arguments.of("hotspot harmful region", BANK, "points: [[5, 15], [24, 15], [24, 25], [5, 25]]}",
                        "points: [[5, 15], [24, 15], [24, 25], [5, 25]], harmful: true}", "band-hotspot", ItemChangeKind.HARMFUL,
                        "harmful regions"),
                Arguments.of("hotspot correct region outline", BANK, "[[43, 13], [57, 13], [57, 27], [43, 27]]",
                        "[[40, 10], [60, 10], [60, 30], [40, 30]]", "band-hotspot", ItemChangeKind.KEY, "region nodule"),
                Arguments.of("key-features key", CASE, "{id: bruising, text: \"Easy bruising or prolonged bleeding\", correct: true}",
                        "{id: bruising, text: \"Easy bruising or prolonged bleeding\"}", "an-screen", ItemChangeKind.KEY, "correct options"),
                Arguments.of("key-features harmful option", CASE, "cannot cause bleeding\", harmful: true}", "cannot cause bleeding\"}",
                        "an-screen", ItemChangeKind.HARMFUL, "harmful options"),
                Arguments.of("script-concordance panel", CASE, "demoPanel: [0, 0, 2, 8, 5]", "demoPanel: [0, 0, 9, 8, 5]", "an-sct",
                        ItemChangeKind.KEY, "demonstration panel"),
                Arguments.of("rationale", BANK, "Usually one to two days.", "Usually a day or two.", "soreness-hours",
                        ItemChangeKind.FEEDBACK, "rationale"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void each_kind_of_item_change_is_named_with_the_value_that_changed(String change, String path, String old, String replacement,
                                                                       String itemId, ItemChangeKind kind, String label) {
        CourseFiles newer = edited(original, files -> replace(files, path, old, replacement));
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        ItemChange item = VersionDiff.between(original, newer).items().stream().filter(i -> i.itemId().equals(itemId))
                .findFirst().orElseThrow();

        assertThat(item.status()).isEqualTo("changed");
        assertThat(item.kinds()).containsExactly(kind);
        assertThat(item.details()).extracting(Detail::label).containsExactly(label);
        assertThat(item.details().getFirst().before()).isNotEqualTo(item.details().getFirst().after());
    }

    @Test
    void lessons_added_and_changed_carry_their_changed_lines_and_a_removed_lesson_its_old_text() {
        CourseFiles newer = edited(original, files -> {
            replace(files, LESSON, "title: Taut bands\n", "title: Taut bands and nodules\n");
            replace(files, LESSON, "A **taut band** is a group of tight muscle fibres.",
                    "A **taut band** is a palpable group of tense muscle fibres.");
            replace(files, "modules/basics/module.yaml", "  - referred-pain\n", "  - referred-pain\n  - band-history\n");
            files.put("modules/basics/band-history.md", "---\ntitle: A short history\nminutes: 5\n---\nTravell and Simons.\n"
                    .getBytes(StandardCharsets.UTF_8));
        });
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.lessons()).containsExactly(
                new LessonChange("taut-bands", "basics", "Taut bands and nodules", "changed", List.of("title", "text"),
                        List.of(new LineChange("changed", 1, 1, List.of("A **taut band** is a group of tight muscle fibres."),
                                List.of("A **taut band** is a palpable group of tense muscle fibres.")))),
                new LessonChange("band-history", "basics", "A short history", "added", List.of(),
                        List.of(new LineChange("added", 1, 1, List.of(), List.of("Travell and Simons.")))));
        assertThat(VersionDiff.between(newer, original).lessons()).filteredOn(l -> l.status().equals("removed"))
                .singleElement().satisfies(l -> {
                    assertThat(l.lessonId()).isEqualTo("band-history");
                    assertThat(l.text()).extracting(LineChange::oldLines).containsExactly(List.of("Travell and Simons."));
                });
        assertThat(diff.items()).isEmpty();
        assertThat(diff.safetyTouches()).isEmpty();
    }

    @Test
    void a_case_names_changes_of_its_critical_endings_best_choice_scoring_and_graph() {
        CourseFiles newer = edited(original, files -> {
            replace(files, CASE, "passMark: 60", "passMark: 70");
            replace(files, CASE, """
                              credit: 0.5
                              rationale: "Safe, but she still needs care for her neck pain."
                              end: complete
                    """, """
                              rationale: "Safe, but she still needs care for her neck pain."
                              end: critical
                              explanation: "Ending care leaves her neck pain untreated."
                              lesson: contraindications
                    """);
        });
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.cases()).singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo("anticoagulated-neck");
            assertThat(c.aspects()).containsExactly(CaseAspect.GRAPH, CaseAspect.CRITICAL_ENDINGS, CaseAspect.SCORING,
                    CaseAspect.FEEDBACK, CaseAspect.SETTINGS);
            assertThat(c.summary()).contains("pass mark 60 → 70", "choice decide/refer credit 0.5 → 0",
                    "choice decide/refer leads to the complete end → the critical end",
                    "critical endings decide/needle-deep → decide/needle-deep, decide/refer");
        });
        assertThat(diff.safetyTouches()).containsExactly("case anticoagulated-neck: critical endings changed");
    }

    @Test
    void a_new_best_choice_is_a_changed_key_of_the_case() {
        CourseFiles newer = edited(original, files -> {
            replace(files, CASE, "          best: true\n", "          credit: 0.8\n");
            replace(files, CASE, "          credit: 0.5\n", "          best: true\n");
        });
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        CaseChange change = VersionDiff.between(original, newer).cases().getFirst();

        assertThat(change.aspects()).contains(CaseAspect.KEY);
        assertThat(change.summary()).contains("stage decide best choice defer → refer");
    }

    @Test
    void competencies_and_ce_hours_that_changed_are_listed() {
        CourseFiles newer = edited(original, files -> {
            replace(files, "course.yaml", "ceContactHours: 0.5", "ceContactHours: 0.25");
            replace(files, "course.yaml", "title: Trigger-point physiology", "title: Physiology of trigger points");
            replace(files, "course.yaml", "    title: Needling observed in practice\n    safetyCritical: false",
                    "    title: Needling observed in practice\n    safetyCritical: true");
        });
        assertThat(CourseParser.parse(newer).problems()).isEmpty();

        Diff diff = VersionDiff.between(original, newer);

        assertThat(diff.hours()).isEqualTo(new HoursChange(new BigDecimal("0.5"), new BigDecimal("0.25")));
        assertThat(diff.competencies()).containsExactly(
                new CompetencyChange("observed-needling", "changed", "Needling observed in practice", "Needling observed in practice",
                        false, true),
                new CompetencyChange("physiology", "changed", "Trigger-point physiology", "Physiology of trigger points", false, false));
        assertThat(diff.safetyTouches()).containsExactly("competency observed-needling: safety-critical flag changed");
    }

    @Test
    void keys_critical_flags_and_added_items_are_what_rule_out_an_editorial_change() {
        CourseFiles newer = edited(original, files -> {
            moveKeyOfAnticoagulantScreenFromAToC(files);
            replace(files, BANK, "    difficulty: easy\n    critical: true\n", "    difficulty: easy\n    critical: false\n");
            replace(files, BANK, "Put the steps of a first dry-needling session in order.", "Order the steps of a first session.");
            append(files, BANK, NEW_ITEM);
        });

        assertThat(VersionDiff.between(original, newer).safetyTouches()).containsExactly(
                "item anticoagulant-screen: key changed",
                "item infected-skin: critical flag changed",
                "item needle-disposal added");
    }

    @Test
    void a_learners_view_names_what_changed_but_holds_no_key_feedback_case_detail_or_file() {
        CourseFiles newer = edited(original, files -> {
            moveKeyOfAnticoagulantScreenFromAToC(files);
            replace(files, BANK, "What do you do first?", "What is your first step?");
            replace(files, BANK, "raises the risk of bleeding: screen", "raises the bleeding risk: screen");
            replace(files, CASE, "passMark: 60", "passMark: 70");
        });
        Diff full = VersionDiff.between(original, newer);

        Diff learners = full.withoutKeys();

        assertThat(full.files()).isNotEmpty();
        assertThat(learners.files()).isEmpty();
        ItemChange item = learners.items().getFirst();
        assertThat(item.kinds()).containsExactly(ItemChangeKind.STEM, ItemChangeKind.KEY, ItemChangeKind.FEEDBACK);
        assertThat(item.details()).extracting(Detail::kind).containsExactly(ItemChangeKind.STEM);
        assertThat(item.summary()).isEmpty();
        assertThat(full.items().getFirst().summary()).contains("correct option a → c");
        assertThat(learners.cases()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactly(CaseAspect.SCORING);
            assertThat(c.summary()).isEmpty();
            assertThat(c.details()).isEmpty();
        });
    }
}
