package academy.triggerpoint.authoring.review;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFiles;
import academy.triggerpoint.catalog.content.CourseParser;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition.Choice;
import academy.triggerpoint.catalog.content.ItemDefinition.Hotspot;
import academy.triggerpoint.catalog.content.ItemDefinition.KeyFeatures;
import academy.triggerpoint.catalog.content.ItemDefinition.Matching;
import academy.triggerpoint.catalog.content.ItemDefinition.Numeric;
import academy.triggerpoint.catalog.content.ItemDefinition.Option;
import academy.triggerpoint.catalog.content.ItemDefinition.Ordering;
import academy.triggerpoint.catalog.content.ItemDefinition.Region;
import academy.triggerpoint.catalog.content.ItemDefinition.ScriptConcordance;
import academy.triggerpoint.catalog.content.ItemDefinition.TrueFalse;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a course, for a reviewer: each file that changed, with its
 * changed lines, and each item whose text, key, scoring, feedback or metadata changed, in words.
 */
public final class VersionDiff {

    /** Raster images are reported without line diffs even when their bytes happen to decode as UTF-8. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp");

    /** Aspects whose values are short enough to show before and after; the others are only named. */
    private static final Set<String> SHOWN_WITH_VALUES = Set.of("type", "key", "scoring", "metadata");

    private static final int MAX_VALUE_LENGTH = 40;

    /**
     * A run of changed lines. Line numbers are 1-based: {@code oldLine} is the first line of
     * {@code oldLines} in the older file and {@code newLine} the first of {@code newLines} in the
     * newer one; for lines only added (or only removed) the other number is the line they come before.
     *
     * @param kind {@code added}, {@code removed} or {@code changed}
     */
    public record LineChange(String kind, int oldLine, int newLine, List<String> oldLines, List<String> newLines) {

        public LineChange {
            oldLines = List.copyOf(oldLines);
            newLines = List.copyOf(newLines);
        }
    }

    /**
     * A file that differs. {@code lines} is empty for binary files ({@code text} false), and for
     * text files that differ only in line endings or a final newline.
     *
     * @param status {@code added}, {@code removed} or {@code changed}
     */
    public record FileChange(String path, String status, boolean text, List<LineChange> lines) {

        public FileChange {
            lines = List.copyOf(lines);
        }
    }

    /**
     * For an item present in either version: which aspects changed, in reviewer words. Added and
     * removed items have no aspects; their summary says what kind of item it is.
     *
     * @param status  {@code added}, {@code removed} or {@code changed}
     * @param aspects in this order, those that changed: {@code type}, {@code text}, {@code key},
     *                {@code scoring}, {@code feedback}, {@code metadata}
     * @param summary one short sentence, e.g. {@code key changed: correct option b → c; scoring: critical false → true}
     */
    public record ItemChange(String itemId, String status, List<String> aspects, String summary) {

        public ItemChange {
            aspects = List.copyOf(aspects);
        }
    }

    /**
     * Files sorted by path and items sorted by id. {@code items} is empty when either version has
     * problems, since items can only be compared once both versions parse.
     */
    public record Diff(List<FileChange> files, List<ItemChange> items) {

        public Diff {
            files = List.copyOf(files);
            items = List.copyOf(items);
        }

        public boolean isEmpty() {
            return files.isEmpty() && items.isEmpty();
        }
    }

    private VersionDiff() {
    }

    /** Compares two versions of the same course folder. */
    public static Diff between(CourseFiles older, CourseFiles newer) {
        return new Diff(fileChanges(older, newer), itemChanges(older, newer));
    }

    private static List<FileChange> fileChanges(CourseFiles older, CourseFiles newer) {
        Set<String> paths = new TreeSet<>(older.files().keySet());
        paths.addAll(newer.files().keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] before = older.files().get(path);
            byte[] after = newer.files().get(path);
            if (before != null && after != null && Arrays.equals(before, after)) {
                continue;
            }
            String status = before == null ? "added" : after == null ? "removed" : "changed";
            Optional<String> beforeText = text(path, before);
            Optional<String> afterText = text(path, after);
            if (beforeText.isPresent() && afterText.isPresent()) {
                changes.add(new FileChange(path, status, true, lineChanges(beforeText.get(), afterText.get())));
            } else {
                changes.add(new FileChange(path, status, false, List.of()));
            }
        }
        return changes;
    }

    /** The file as text, empty for binary content; a file absent from one version reads as no text. */
    private static Optional<String> text(String path, byte[] bytes) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (BINARY_EXTENSIONS.contains(extension)) {
            return Optional.empty();
        }
        if (bytes == null) {
            return Optional.of("");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static List<LineChange> lineChanges(String before, String after) {
        List<LineChange> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
            String kind = switch (delta.getType()) {
                case INSERT -> "added";
                case DELETE -> "removed";
                case CHANGE -> "changed";
                case EQUAL -> null;
            };
            if (kind != null) {
                changes.add(new LineChange(kind, delta.getSource().getPosition() + 1, delta.getTarget().getPosition() + 1,
                        delta.getSource().getLines(), delta.getTarget().getLines()));
            }
        }
        return changes;
    }

    private static List<ItemChange> itemChanges(CourseFiles older, CourseFiles newer) {
        Optional<Map<String, ItemDefinition>> before = items(older);
        Optional<Map<String, ItemDefinition>> after = items(newer);
        if (before.isEmpty() || after.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new TreeSet<>(before.get().keySet());
        ids.addAll(after.get().keySet());
        List<ItemChange> changes = new ArrayList<>();
        for (String id : ids) {
            ItemDefinition oldItem = before.get().get(id);
            ItemDefinition newItem = after.get().get(id);
            if (oldItem == null) {
                changes.add(new ItemChange(id, "added", List.of(),
                        "new " + type(newItem) + " item in lesson " + newItem.common().lessonId()));
            } else if (newItem == null) {
                changes.add(new ItemChange(id, "removed", List.of(),
                        type(oldItem) + " item removed from lesson " + oldItem.common().lessonId()));
            } else {
                compare(id, facets(oldItem), facets(newItem)).ifPresent(changes::add);
            }
        }
        return changes;
    }

    /**
     * Every item a learner can meet, by id: the item banks and the questions inside case stages
     * (ids are unique across both). Case decisions are left out: their branching and credits are
     * not item fields, and the file diff of the case shows them.
     */
    private static Optional<Map<String, ItemDefinition>> items(CourseFiles files) {
        CourseParser.Result result = CourseParser.parse(files);
        if (!result.ok() || result.course().isEmpty()) {
            return Optional.empty();
        }
        CourseDefinition course = result.course().get();
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        course.items().forEach(item -> items.put(item.id(), item));
        course.cases().forEach(c -> c.stages().forEach(stage -> stage.items().forEach(item -> items.put(item.id(), item))));
        return Optional.of(items);
    }

    private static Optional<ItemChange> compare(String id, Map<String, Map<String, String>> before,
                                                Map<String, Map<String, String>> after) {
        List<String> aspects = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (String aspect : before.keySet()) {
            List<String> details = differences(aspect, before.get(aspect), after.get(aspect));
            if (!details.isEmpty()) {
                // "key changed: ...; scoring: ..." reads as one sentence: say "changed" once.
                clauses.add(aspect + (aspects.isEmpty() ? " changed: " : ": ") + String.join(", ", details));
                aspects.add(aspect);
            }
        }
        return aspects.isEmpty() ? Optional.empty()
                : Optional.of(new ItemChange(id, "changed", aspects, String.join("; ", clauses)));
    }

    private static List<String> differences(String aspect, Map<String, String> before, Map<String, String> after) {
        Set<String> labels = new LinkedHashSet<>(before.keySet());
        labels.addAll(after.keySet());
        List<String> details = new ArrayList<>();
        for (String label : labels) {
            String oldValue = before.get(label);
            String newValue = after.get(label);
            if (!Objects.equals(oldValue, newValue)) {
                details.add(SHOWN_WITH_VALUES.contains(aspect)
                        ? (label.isEmpty() ? "" : label + " ") + shorten(oldValue) + " → " + shorten(newValue)
                        : label);
            }
        }
        return details;
    }

    private static String shorten(String value) {
        if (value == null) {
            return "(none)";
        }
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_VALUE_LENGTH ? oneLine : oneLine.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    /**
     * An item as aspect → (label → value), the values in a form where equal means "the reviewer
     * sees no change": option lists are keyed by option id and unordered lists are sorted, since
     * attempts shuffle options anyway and a moved item is not a changed one.
     */
    private static Map<String, Map<String, String>> facets(ItemDefinition item) {
        Facets f = new Facets();
        ItemDefinition.Common common = item.common();
        f.put("type", "", type(item));
        f.put("text", "stem", common.stem());
        f.put("scoring", "points", common.points());
        f.put("scoring", "critical", common.critical());
        f.put("feedback", "rationale", common.rationale());
        f.put("metadata", "module", common.moduleId());
        f.put("metadata", "lesson", common.lessonId());
        f.put("metadata", "tags", String.join(", ", common.tags()));
        f.put("metadata", "difficulty", common.difficulty());
        f.put("metadata", "competency", common.competency());
        switch (item) {
            case Choice choice -> options(f, choice.options(), choice.multiple() ? "correct options" : "correct option");
            case KeyFeatures keyFeatures -> {
                options(f, keyFeatures.options(), "correct options");
                f.put("scoring", "max selections", keyFeatures.maxSelections());
            }
            case TrueFalse trueFalse -> {
                f.put("key", "answer", trueFalse.answer());
                f.put("feedback", "feedback on true", trueFalse.feedbackTrue());
                f.put("feedback", "feedback on false", trueFalse.feedbackFalse());
            }
            case Matching matching -> {
                f.put("text", "left items", sortedJoin(matching.pairs().stream().map(ItemDefinition.Pair::left).toList()));
                f.put("text", "right choices", sortedJoin(matching.rightChoices()));
                f.put("key", "pairs", sortedJoin(matching.pairs().stream().map(p -> p.left() + " = " + p.right()).toList()));
            }
            case Ordering ordering -> {
                f.put("text", "steps", sortedJoin(ordering.sequence()));
                f.put("key", "sequence order", String.join("; ", ordering.sequence()));
            }
            case Numeric numeric -> {
                f.put("text", "unit", numeric.unit());
                f.put("key", "answer", plain(numeric.answer()));
                f.put("key", "tolerance", plain(numeric.tolerance()));
            }
            case ScriptConcordance sct -> {
                f.put("text", "hypothesis", sct.hypothesis());
                f.put("text", "finding", sct.finding());
                f.put("text", "scale", sct.scale().name().toLowerCase(Locale.ROOT));
                f.put("key", "demonstration panel", sct.panel().toString());
            }
            case Hotspot hotspot -> regions(f, hotspot);
        }
        return f.byAspect;
    }

    private static void options(Facets f, List<Option> options, String correctLabel) {
        for (Option option : options) {
            f.put("text", "option " + option.id(), option.text());
            f.put("feedback", "feedback on option " + option.id(), option.feedback());
        }
        f.put("key", correctLabel, ids(options.stream().filter(Option::correct).map(Option::id).toList()));
        f.put("scoring", "harmful options", ids(options.stream().filter(Option::harmful).map(Option::id).toList()));
    }

    private static void regions(Facets f, Hotspot hotspot) {
        f.put("text", "image", hotspot.image());
        f.put("key", "image size", hotspot.width() + "×" + hotspot.height());
        for (Region region : hotspot.regions()) {
            f.put("text", "name of region " + region.id(), region.name());
            f.put("key", "region " + region.id(), region.points().stream()
                    .map(p -> "(" + number(p.x()) + ", " + number(p.y()) + ")").collect(Collectors.joining(" ")));
            f.put("feedback", "feedback on region " + region.id(), region.feedback());
        }
        f.put("key", "correct regions", ids(hotspot.regions().stream().filter(Region::correct).map(Region::id).toList()));
        f.put("scoring", "harmful regions", ids(hotspot.regions().stream().filter(Region::harmful).map(Region::id).toList()));
    }

    /** The type as authors write it in an item bank. */
    private static String type(ItemDefinition item) {
        return switch (item) {
            case Choice choice -> choice.multiple() ? "multiple-response" : "single-choice";
            case KeyFeatures keyFeatures -> "key-features";
            case TrueFalse trueFalse -> "true-false";
            case Matching matching -> "matching";
            case Ordering ordering -> "ordering";
            case Numeric numeric -> "numeric";
            case ScriptConcordance sct -> "script-concordance";
            case Hotspot hotspot -> "hotspot";
        };
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : ids.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String sortedJoin(List<String> values) {
        return values.stream().sorted().collect(Collectors.joining("; "));
    }

    /** 36 and 36.0 are the same answer. */
    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** Aspect → label → value, aspects in the order reviewers read them. */
    private static final class Facets {

        private final Map<String, Map<String, String>> byAspect = new LinkedHashMap<>();

        Facets() {
            for (String aspect : List.of("type", "text", "key", "scoring", "feedback", "metadata")) {
                byAspect.put(aspect, new LinkedHashMap<>());
            }
        }

        /** A missing value (an optional field left out) is simply not recorded. */
        void put(String aspect, String label, Object value) {
            if (value != null) {
                byAspect.get(aspect).put(label, value.toString());
            }
        }
    }
}
