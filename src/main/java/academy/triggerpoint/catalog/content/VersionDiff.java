package academy.triggerpoint.catalog.content;

import academy.triggerpoint.catalog.content.CaseDefinition.Choice;
import academy.triggerpoint.catalog.content.CaseDefinition.Ending;
import academy.triggerpoint.catalog.content.CaseDefinition.Stage;
import academy.triggerpoint.catalog.content.CourseDefinition.Competency;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a course, computed from their files alone: each file with
 * its changed lines, and, when both versions parse, each lesson, item, case, competency and the CE
 * hours that changed, each change named. Authors read it while reviewing a draft; the catalog shows
 * it on a course's "What's new" page and the classification of a new version is checked against it.
 * Plain Java: files in, records out.
 */
public final class VersionDiff {

    /** Raster images are reported without line diffs even when their bytes happen to decode as UTF-8. */
    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp");

    private static final int MAX_VALUE_LENGTH = 40;

    /** The order in which the coarse aspects of an item are read. */
    private static final List<String> ITEM_ASPECTS = List.of("type", "text", "key", "scoring", "feedback", "metadata");

    /** Coarse aspects whose values are short enough to show before and after; the others are only named. */
    private static final Set<String> SHOWN_WITH_VALUES = Set.of("type", "key", "scoring", "metadata");

    private static final String ADDED = "added";
    private static final String REMOVED = "removed";
    private static final String CHANGED = "changed";

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

        /** The lines as a unified diff shows them: {@code - } before each old line, {@code + } before each new one. */
        public String asText() {
            StringBuilder text = new StringBuilder();
            oldLines.forEach(l -> text.append("- ").append(l).append('\n'));
            newLines.forEach(l -> text.append("+ ").append(l).append('\n'));
            return text.toString();
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
     * What in an item changed, each with the coarse aspect a reviewer reads it under.
     * {@link #OPTIONS} is whatever a learner chooses from besides the stem (options, the items to
     * match or order, region names, the finding of a script-concordance item); {@link #KEY} is the
     * answer key of every type (correct options, true or false, matching pairs, the sequence, the
     * numeric answer and tolerance, correct regions and their outlines, the expert panel).
     */
    public enum ItemChangeKind {
        TYPE("type"), STEM("text"), OPTIONS("text"), KEY("key"), POINTS("scoring"), CRITICAL("scoring"),
        HARMFUL("scoring"), FEEDBACK("feedback"), METADATA("metadata");

        private final String aspect;

        ItemChangeKind(String aspect) {
            this.aspect = aspect;
        }

        /** The coarse aspect: {@code type}, {@code text}, {@code key}, {@code scoring}, {@code feedback} or {@code metadata}. */
        public String aspect() {
            return aspect;
        }

        /** Whether the values would tell a learner the answer (or which answers harm): only named to them. */
        public boolean hiddenFromLearners() {
            return this == KEY || this == CRITICAL || this == HARMFUL || this == FEEDBACK;
        }

        /** Whether a change of this kind can change what is safe practice: never editorial. */
        public boolean touchesSafety() {
            return this == KEY || this == CRITICAL || this == HARMFUL;
        }
    }

    /** What in a case changed. */
    public enum CaseAspect {
        /** Stages added or removed, the first stage, where a stage or choice leads. */
        GRAPH,
        /** Which choices end the case critically. */
        CRITICAL_ENDINGS,
        /** The best choice of a decision. */
        KEY,
        /** Pass mark, decision points, credits. */
        SCORING,
        /** The questions inside its stages (each also listed as an item change). */
        QUESTIONS,
        /** Titles, vignette, stage texts, prompts, choice texts. */
        TEXT,
        /** Rationales of choices and explanations of critical endings. */
        FEEDBACK,
        /** Module, lesson, competency, attempts, cool-down, time limit. */
        SETTINGS;

        /** Whether the values would tell a learner the answer: only named to them. */
        public boolean hiddenFromLearners() {
            return this == CRITICAL_ENDINGS || this == KEY || this == SCORING || this == QUESTIONS || this == FEEDBACK;
        }

        boolean shownWithValues() {
            return this != TEXT && this != FEEDBACK && this != QUESTIONS;
        }
    }

    /** One named value that changed; {@code before} or {@code after} is null where the value is absent. */
    public record Detail<K>(K kind, String label, String before, String after) {
    }

    /**
     * For an item present in either version: which aspects changed, in reviewer words. Added and
     * removed items have no aspects; their summary says what kind of item it is.
     *
     * @param status   {@code added}, {@code removed} or {@code changed}
     * @param aspects  in this order, those that changed: {@code type}, {@code text}, {@code key},
     *                 {@code scoring}, {@code feedback}, {@code metadata}
     * @param summary  one short sentence, e.g. {@code key changed: correct option b → c; scoring: critical false → true};
     *                 empty in a learner's view
     * @param lessonId the lesson the item belongs to (in the newer version when it is in both)
     * @param kinds    what changed, named, in {@link ItemChangeKind} order
     * @param details  each value that changed; in a learner's view only those that do not give the answer away
     */
    public record ItemChange(String itemId, String status, List<String> aspects, String summary, String lessonId,
                             List<ItemChangeKind> kinds, List<Detail<ItemChangeKind>> details) {

        public ItemChange {
            aspects = List.copyOf(aspects);
            kinds = List.copyOf(kinds);
            details = List.copyOf(details);
        }
    }

    /**
     * A lesson added, removed or changed, with the changed lines of its Markdown body.
     *
     * @param aspects those that changed, in this order: {@code title}, {@code minutes}, {@code module}, {@code text}
     */
    public record LessonChange(String lessonId, String moduleId, String title, String status, List<String> aspects,
                               List<LineChange> text) {

        public LessonChange {
            aspects = List.copyOf(aspects);
            text = List.copyOf(text);
        }
    }

    /**
     * A case added, removed or changed.
     *
     * @param summary in reviewer words, empty in a learner's view
     * @param details each value that changed; none in a learner's view
     */
    public record CaseChange(String caseId, String title, String status, List<CaseAspect> aspects, String summary,
                             List<Detail<CaseAspect>> details) {

        public CaseChange {
            aspects = List.copyOf(aspects);
            details = List.copyOf(details);
        }
    }

    /** A competency of the course added, removed, renamed or made (or no longer) safety-critical. */
    public record CompetencyChange(String competencyId, String status, String titleBefore, String titleAfter,
                                   Boolean safetyCriticalBefore, Boolean safetyCriticalAfter) {
    }

    /** The course's CE contact hours before and after. */
    public record HoursChange(BigDecimal before, BigDecimal after) {
    }

    /**
     * Files sorted by path, lessons in the newer version's reading order (removed ones after), items
     * and cases sorted by id. Lessons, items, cases, competencies and hours are empty (null for hours)
     * when either version has problems, since they can only be compared once both versions parse.
     *
     * @param hours null when the hours did not change
     */
    public record Diff(List<FileChange> files, List<LessonChange> lessons, List<ItemChange> items, List<CaseChange> cases,
                       List<CompetencyChange> competencies, HoursChange hours) {

        public Diff {
            files = List.copyOf(files);
            lessons = List.copyOf(lessons);
            items = List.copyOf(items);
            cases = List.copyOf(cases);
            competencies = List.copyOf(competencies);
        }

        public boolean isEmpty() {
            return files.isEmpty() && lessons.isEmpty() && items.isEmpty() && cases.isEmpty() && competencies.isEmpty()
                    && hours == null;
        }

        /**
         * Every change that can alter safe practice, in words: a key, a critical flag or a harmful
         * option of an item, a best choice or critical ending of a case, a competency's
         * safety-critical flag; added and removed items and cases count, as they bring or take keys.
         * A version with any of these is never editorial.
         */
        public List<String> safetyTouches() {
            List<String> touches = new ArrayList<>();
            for (ItemChange item : items) {
                if (!item.status().equals(CHANGED)) {
                    touches.add("item " + item.itemId() + " " + item.status());
                } else {
                    List<String> named = item.kinds().stream().filter(ItemChangeKind::touchesSafety).map(VersionDiff::named).toList();
                    if (!named.isEmpty()) {
                        touches.add("item " + item.itemId() + ": " + String.join(", ", named) + " changed");
                    }
                }
            }
            for (CaseChange c : cases) {
                if (!c.status().equals(CHANGED)) {
                    touches.add("case " + c.caseId() + " " + c.status());
                } else {
                    List<String> named = new ArrayList<>();
                    if (c.aspects().contains(CaseAspect.KEY)) {
                        named.add("best choice");
                    }
                    if (c.aspects().contains(CaseAspect.CRITICAL_ENDINGS)) {
                        named.add("critical endings");
                    }
                    if (!named.isEmpty()) {
                        touches.add("case " + c.caseId() + ": " + String.join(", ", named) + " changed");
                    }
                }
            }
            competencies.stream().filter(c -> c.status().equals(CHANGED)
                            && !Objects.equals(c.safetyCriticalBefore(), c.safetyCriticalAfter()))
                    .forEach(c -> touches.add("competency " + c.competencyId() + ": safety-critical flag changed"));
            return List.copyOf(touches);
        }

        /**
         * What a learner may read: no files (an item bank's lines hold its keys), items and cases
         * with what changed named but without keys, harmful options, critical flags, feedback or
         * rationales, and without the reviewer's summaries.
         */
        public Diff withoutKeys() {
            List<ItemChange> safeItems = items.stream().map(i -> new ItemChange(i.itemId(), i.status(), i.aspects(), "",
                    i.lessonId(), i.kinds(), i.details().stream().filter(d -> !d.kind().hiddenFromLearners()).toList())).toList();
            List<CaseChange> safeCases = cases.stream()
                    .map(c -> new CaseChange(c.caseId(), c.title(), c.status(), c.aspects(), "", List.of())).toList();
            return new Diff(List.of(), lessons, safeItems, safeCases, competencies, hours);
        }
    }

    private VersionDiff() {
    }

    /** Compares two versions of the same course folder. */
    public static Diff between(CourseFiles older, CourseFiles newer) {
        List<FileChange> files = fileChanges(older, newer);
        Optional<CourseDefinition> before = parsed(older);
        Optional<CourseDefinition> after = parsed(newer);
        if (before.isEmpty() || after.isEmpty()) {
            return new Diff(files, List.of(), List.of(), List.of(), List.of(), null);
        }
        CourseDefinition oldCourse = before.get();
        CourseDefinition newCourse = after.get();
        HoursChange hours = oldCourse.ceContactHours().compareTo(newCourse.ceContactHours()) == 0 ? null
                : new HoursChange(oldCourse.ceContactHours(), newCourse.ceContactHours());
        return new Diff(files, lessonChanges(oldCourse, newCourse), itemChanges(oldCourse, newCourse),
                caseChanges(oldCourse, newCourse), competencyChanges(oldCourse, newCourse), hours);
    }

    /** A kind as the refusal of an editorial classification names it. */
    private static String named(ItemChangeKind kind) {
        return switch (kind) {
            case KEY -> "key";
            case CRITICAL -> "critical flag";
            case HARMFUL -> "harmful options";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private static Optional<CourseDefinition> parsed(CourseFiles files) {
        CourseParser.Result result = CourseParser.parse(files);
        return result.ok() ? result.course() : Optional.empty();
    }

    // Files

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
            String status = before == null ? ADDED : after == null ? REMOVED : CHANGED;
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
                case INSERT -> ADDED;
                case DELETE -> REMOVED;
                case CHANGE -> CHANGED;
                case EQUAL -> null;
            };
            if (kind != null) {
                changes.add(new LineChange(kind, delta.getSource().getPosition() + 1, delta.getTarget().getPosition() + 1,
                        delta.getSource().getLines(), delta.getTarget().getLines()));
            }
        }
        return changes;
    }

    // Lessons

    private static List<LessonChange> lessonChanges(CourseDefinition older, CourseDefinition newer) {
        Map<String, LessonDefinition> before = byId(older.lessonsInOrder(), LessonDefinition::id);
        Map<String, LessonDefinition> after = byId(newer.lessonsInOrder(), LessonDefinition::id);
        List<LessonChange> changes = new ArrayList<>();
        for (LessonDefinition lesson : after.values()) {
            LessonDefinition old = before.get(lesson.id());
            if (old == null) {
                changes.add(new LessonChange(lesson.id(), lesson.moduleId(), lesson.title(), ADDED, List.of(),
                        lineChanges("", lesson.markdown())));
                continue;
            }
            List<String> aspects = new ArrayList<>();
            if (!old.title().equals(lesson.title())) {
                aspects.add("title");
            }
            if (old.minutes() != lesson.minutes()) {
                aspects.add("minutes");
            }
            if (!old.moduleId().equals(lesson.moduleId())) {
                aspects.add("module");
            }
            List<LineChange> text = lineChanges(old.markdown(), lesson.markdown());
            if (!text.isEmpty()) {
                aspects.add("text");
            }
            if (!aspects.isEmpty()) {
                changes.add(new LessonChange(lesson.id(), lesson.moduleId(), lesson.title(), CHANGED, aspects, text));
            }
        }
        before.values().stream().filter(l -> !after.containsKey(l.id())).forEach(l -> changes.add(
                new LessonChange(l.id(), l.moduleId(), l.title(), REMOVED, List.of(), lineChanges(l.markdown(), ""))));
        return changes;
    }

    // Items

    private static List<ItemChange> itemChanges(CourseDefinition older, CourseDefinition newer) {
        Map<String, ItemDefinition> before = items(older);
        Map<String, ItemDefinition> after = items(newer);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<ItemChange> changes = new ArrayList<>();
        for (String id : ids) {
            ItemDefinition oldItem = before.get(id);
            ItemDefinition newItem = after.get(id);
            if (oldItem == null) {
                changes.add(new ItemChange(id, ADDED, List.of(), "new " + type(newItem) + " item in lesson "
                        + newItem.common().lessonId(), newItem.common().lessonId(), List.of(), List.of()));
            } else if (newItem == null) {
                changes.add(new ItemChange(id, REMOVED, List.of(), type(oldItem) + " item removed from lesson "
                        + oldItem.common().lessonId(), oldItem.common().lessonId(), List.of(), List.of()));
            } else {
                compare(id, newItem.common().lessonId(), facets(oldItem), facets(newItem)).ifPresent(changes::add);
            }
        }
        return changes;
    }

    /**
     * Every item a learner can meet, by id: the item banks and the questions inside case stages
     * (ids are unique across both). Case decisions are compared with their case.
     */
    private static Map<String, ItemDefinition> items(CourseDefinition course) {
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        course.items().forEach(item -> items.put(item.id(), item));
        course.cases().forEach(c -> c.stages().forEach(stage -> stage.items().forEach(item -> items.put(item.id(), item))));
        return items;
    }

    private static Optional<ItemChange> compare(String id, String lessonId, Facets<ItemChangeKind> before,
                                                Facets<ItemChangeKind> after) {
        List<Detail<ItemChangeKind>> details = new ArrayList<>(differences(before, after));
        if (details.isEmpty()) {
            return Optional.empty();
        }
        // Stable: within an aspect, values keep the order the item defines them in.
        details.sort(Comparator.comparingInt(d -> ITEM_ASPECTS.indexOf(d.kind().aspect())));
        Map<String, List<String>> byAspect = new LinkedHashMap<>();
        for (Detail<ItemChangeKind> d : details) {
            String aspect = d.kind().aspect();
            byAspect.computeIfAbsent(aspect, a -> new ArrayList<>()).add(SHOWN_WITH_VALUES.contains(aspect)
                    ? (d.label().isEmpty() ? "" : d.label() + " ") + shorten(d.before()) + " → " + shorten(d.after())
                    : d.label());
        }
        List<String> clauses = new ArrayList<>();
        // "key changed: ...; scoring: ..." reads as one sentence: say "changed" once.
        byAspect.forEach((aspect, labels) -> clauses.add(aspect + (clauses.isEmpty() ? " changed: " : ": ")
                + String.join(", ", labels)));
        Set<ItemChangeKind> kinds = EnumSet.noneOf(ItemChangeKind.class);
        details.forEach(d -> kinds.add(d.kind()));
        return Optional.of(new ItemChange(id, CHANGED, List.copyOf(byAspect.keySet()), String.join("; ", clauses), lessonId,
                List.copyOf(kinds), details));
    }

    /**
     * An item as label → (kind, value), the values in a form where equal means "the reviewer sees
     * no change": option lists are keyed by option id and unordered lists are sorted, since
     * attempts shuffle options anyway and a moved item is not a changed one.
     */
    private static Facets<ItemChangeKind> facets(ItemDefinition item) {
        Facets<ItemChangeKind> f = new Facets<>();
        ItemDefinition.Common common = item.common();
        f.put(ItemChangeKind.TYPE, "", type(item));
        f.put(ItemChangeKind.STEM, "stem", common.stem());
        f.put(ItemChangeKind.POINTS, "points", common.points());
        f.put(ItemChangeKind.CRITICAL, "critical", common.critical());
        f.put(ItemChangeKind.FEEDBACK, "rationale", common.rationale());
        f.put(ItemChangeKind.METADATA, "module", common.moduleId());
        f.put(ItemChangeKind.METADATA, "lesson", common.lessonId());
        f.put(ItemChangeKind.METADATA, "tags", String.join(", ", common.tags()));
        f.put(ItemChangeKind.METADATA, "difficulty", common.difficulty());
        f.put(ItemChangeKind.METADATA, "competency", common.competency());
        switch (item) {
            case ItemDefinition.Choice choice -> options(f, choice.options(), choice.multiple() ? "correct options" : "correct option");
            case KeyFeatures keyFeatures -> {
                options(f, keyFeatures.options(), "correct options");
                f.put(ItemChangeKind.POINTS, "max selections", keyFeatures.maxSelections());
            }
            case TrueFalse trueFalse -> {
                f.put(ItemChangeKind.KEY, "answer", trueFalse.answer());
                f.put(ItemChangeKind.FEEDBACK, "feedback on true", trueFalse.feedbackTrue());
                f.put(ItemChangeKind.FEEDBACK, "feedback on false", trueFalse.feedbackFalse());
            }
            case Matching matching -> {
                f.put(ItemChangeKind.OPTIONS, "left items", sortedJoin(matching.pairs().stream().map(ItemDefinition.Pair::left).toList()));
                f.put(ItemChangeKind.OPTIONS, "right choices", sortedJoin(matching.rightChoices()));
                f.put(ItemChangeKind.KEY, "pairs", sortedJoin(matching.pairs().stream().map(p -> p.left() + " = " + p.right()).toList()));
            }
            case Ordering ordering -> {
                f.put(ItemChangeKind.OPTIONS, "steps", sortedJoin(ordering.sequence()));
                f.put(ItemChangeKind.KEY, "sequence order", String.join("; ", ordering.sequence()));
            }
            case Numeric numeric -> {
                f.put(ItemChangeKind.OPTIONS, "unit", numeric.unit());
                f.put(ItemChangeKind.KEY, "answer", plain(numeric.answer()));
                f.put(ItemChangeKind.KEY, "tolerance", plain(numeric.tolerance()));
            }
            case ScriptConcordance sct -> {
                f.put(ItemChangeKind.OPTIONS, "hypothesis", sct.hypothesis());
                f.put(ItemChangeKind.OPTIONS, "finding", sct.finding());
                f.put(ItemChangeKind.OPTIONS, "scale", sct.scale().name().toLowerCase(Locale.ROOT));
                f.put(ItemChangeKind.KEY, "demonstration panel", sct.panel().toString());
            }
            case Hotspot hotspot -> regions(f, hotspot);
        }
        return f;
    }

    private static void options(Facets<ItemChangeKind> f, List<Option> options, String correctLabel) {
        for (Option option : options) {
            f.put(ItemChangeKind.OPTIONS, "option " + option.id(), option.text());
            f.put(ItemChangeKind.FEEDBACK, "feedback on option " + option.id(), option.feedback());
        }
        f.put(ItemChangeKind.KEY, correctLabel, ids(options.stream().filter(Option::correct).map(Option::id).toList()));
        f.put(ItemChangeKind.HARMFUL, "harmful options", ids(options.stream().filter(Option::harmful).map(Option::id).toList()));
    }

    private static void regions(Facets<ItemChangeKind> f, Hotspot hotspot) {
        f.put(ItemChangeKind.OPTIONS, "image", hotspot.image());
        f.put(ItemChangeKind.KEY, "image size", hotspot.width() + "×" + hotspot.height());
        for (Region region : hotspot.regions()) {
            f.put(ItemChangeKind.OPTIONS, "name of region " + region.id(), region.name());
            f.put(ItemChangeKind.KEY, "region " + region.id(), region.points().stream()
                    .map(p -> "(" + number(p.x()) + ", " + number(p.y()) + ")").collect(Collectors.joining(" ")));
            f.put(ItemChangeKind.FEEDBACK, "feedback on region " + region.id(), region.feedback());
        }
        f.put(ItemChangeKind.KEY, "correct regions", ids(hotspot.regions().stream().filter(Region::correct).map(Region::id).toList()));
        f.put(ItemChangeKind.HARMFUL, "harmful regions", ids(hotspot.regions().stream().filter(Region::harmful).map(Region::id).toList()));
    }

    /** The type as authors write it in an item bank. */
    private static String type(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice choice -> choice.multiple() ? "multiple-response" : "single-choice";
            case KeyFeatures keyFeatures -> "key-features";
            case TrueFalse trueFalse -> "true-false";
            case Matching matching -> "matching";
            case Ordering ordering -> "ordering";
            case Numeric numeric -> "numeric";
            case ScriptConcordance sct -> "script-concordance";
            case Hotspot hotspot -> "hotspot";
        };
    }

    // Cases

    private static List<CaseChange> caseChanges(CourseDefinition older, CourseDefinition newer) {
        Map<String, CaseDefinition> before = byId(older.cases(), CaseDefinition::id);
        Map<String, CaseDefinition> after = byId(newer.cases(), CaseDefinition::id);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<CaseChange> changes = new ArrayList<>();
        for (String id : ids) {
            CaseDefinition oldCase = before.get(id);
            CaseDefinition newCase = after.get(id);
            if (oldCase == null || newCase == null) {
                CaseDefinition present = oldCase == null ? newCase : oldCase;
                changes.add(new CaseChange(id, present.title(), oldCase == null ? ADDED : REMOVED, List.of(),
                        (oldCase == null ? "new case in module " : "case removed from module ") + present.moduleId(), List.of()));
                continue;
            }
            List<Detail<CaseAspect>> details = differences(facets(oldCase), facets(newCase));
            if (!details.isEmpty()) {
                Set<CaseAspect> aspects = EnumSet.noneOf(CaseAspect.class);
                details.forEach(d -> aspects.add(d.kind()));
                String summary = details.stream().map(d -> d.kind().shownWithValues()
                        ? d.label() + " " + shorten(d.before()) + " → " + shorten(d.after()) : d.label() + " changed")
                        .collect(Collectors.joining("; "));
                changes.add(new CaseChange(id, newCase.title(), CHANGED, List.copyOf(aspects), summary, details));
            }
        }
        return changes;
    }

    /** A case as label → (aspect, value); a stage's questions are fingerprinted, their changes are listed as items. */
    private static Facets<CaseAspect> facets(CaseDefinition c) {
        Facets<CaseAspect> f = new Facets<>();
        f.put(CaseAspect.TEXT, "title", c.title());
        f.put(CaseAspect.TEXT, "summary", c.summary());
        f.put(CaseAspect.TEXT, "vignette", c.vignette());
        f.put(CaseAspect.SETTINGS, "module", c.moduleId());
        f.put(CaseAspect.SETTINGS, "lesson", c.lessonId());
        f.put(CaseAspect.SETTINGS, "competency", c.competency());
        f.put(CaseAspect.SETTINGS, "attempts", c.attempts());
        f.put(CaseAspect.SETTINGS, "cool-down minutes", c.cooldownMinutes());
        f.put(CaseAspect.SETTINGS, "time limit minutes", c.timeLimitMinutes());
        f.put(CaseAspect.SCORING, "pass mark", c.passMark());
        f.put(CaseAspect.GRAPH, "start", c.start());
        f.put(CaseAspect.GRAPH, "stages", c.stages().stream().map(Stage::id).sorted().collect(Collectors.joining(", ")));
        List<String> critical = new ArrayList<>();
        for (Stage stage : c.stages()) {
            String s = "stage " + stage.id();
            f.put(CaseAspect.TEXT, s + " title", stage.title());
            f.put(CaseAspect.TEXT, s + " text", stage.text());
            f.put(CaseAspect.TEXT, s + " phase", stage.phase() == null ? null : stage.phase().label());
            f.put(CaseAspect.GRAPH, s + " leads to", stage.decision() != null ? "a decision"
                    : stage.end() ? "the end" : stage.next());
            f.put(CaseAspect.QUESTIONS, s + " questions", stage.items().stream()
                    .map(i -> i.id() + "#" + Integer.toHexString(facets(i).values.toString().hashCode())).collect(Collectors.joining(", ")));
            if (stage.decision() == null) {
                continue;
            }
            f.put(CaseAspect.TEXT, s + " prompt", stage.decision().item().common().stem());
            f.put(CaseAspect.SCORING, s + " decision points", stage.decision().item().common().points());
            f.put(CaseAspect.KEY, s + " best choice", stage.decision().choices().stream().filter(Choice::best)
                    .map(Choice::id).findFirst().orElse(null));
            for (Choice choice : stage.decision().choices()) {
                String ch = "choice " + stage.id() + "/" + choice.id();
                f.put(CaseAspect.TEXT, ch + " text", choice.text());
                f.put(CaseAspect.SCORING, ch + " credit", plain(BigDecimal.valueOf(choice.credit())));
                f.put(CaseAspect.GRAPH, ch + " leads to", choice.next() != null ? choice.next()
                        : choice.ending() == Ending.NONE ? null : "the " + choice.ending().name().toLowerCase(Locale.ROOT) + " end");
                f.put(CaseAspect.FEEDBACK, ch + " rationale", choice.rationale());
                f.put(CaseAspect.FEEDBACK, ch + " explanation", choice.explanation());
                f.put(CaseAspect.SETTINGS, ch + " lesson", choice.lessonId());
                if (choice.ending() == Ending.CRITICAL) {
                    critical.add(stage.id() + "/" + choice.id());
                }
            }
        }
        f.put(CaseAspect.CRITICAL_ENDINGS, "critical endings", ids(critical));
        return f;
    }

    // Competencies

    private static List<CompetencyChange> competencyChanges(CourseDefinition older, CourseDefinition newer) {
        Map<String, Competency> before = byId(older.competencies(), Competency::id);
        Map<String, Competency> after = byId(newer.competencies(), Competency::id);
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        List<CompetencyChange> changes = new ArrayList<>();
        for (String id : ids) {
            Competency old = before.get(id);
            Competency now = after.get(id);
            if (old != null && now != null && old.equals(now)) {
                continue;
            }
            changes.add(new CompetencyChange(id, old == null ? ADDED : now == null ? REMOVED : CHANGED,
                    old == null ? null : old.title(), now == null ? null : now.title(),
                    old == null ? null : old.safetyCritical(), now == null ? null : now.safetyCritical()));
        }
        return changes;
    }

    // Shared

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        values.forEach(v -> byId.put(id.apply(v), v));
        return byId;
    }

    private static <K> List<Detail<K>> differences(Facets<K> before, Facets<K> after) {
        Set<String> labels = new LinkedHashSet<>(before.values.keySet());
        labels.addAll(after.values.keySet());
        List<Detail<K>> details = new ArrayList<>();
        for (String label : labels) {
            Facet<K> oldValue = before.values.get(label);
            Facet<K> newValue = after.values.get(label);
            String oldText = oldValue == null ? null : oldValue.value();
            String newText = newValue == null ? null : newValue.value();
            if (!Objects.equals(oldText, newText)) {
                details.add(new Detail<>((newValue == null ? oldValue : newValue).kind(), label, oldText, newText));
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

    private record Facet<K>(K kind, String value) {
    }

    /** Label → (kind, value) in the order a reader meets them. */
    private static final class Facets<K> {

        private final Map<String, Facet<K>> values = new LinkedHashMap<>();

        /** A missing value (an optional field left out) is simply not recorded. */
        void put(K kind, String label, Object value) {
            if (value != null) {
                values.put(label, new Facet<>(kind, value.toString()));
            }
        }
    }
}
