package academy.triggerpoint.authoring;

import academy.triggerpoint.assessment.AssessmentRecords;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.assessment.grading.Responses;
import academy.triggerpoint.authoring.review.ItemAnalysis;
import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a course's quiz items perform with real learners, from graded attempts on every published
 * version (items are matched by id, as regrading does): facility, discrimination, how often each
 * option was chosen, and flags for items to review. Case branches are in the case statistics.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('AUTHOR', 'ADMIN')")
public class ItemStatistics {

    private final AssessmentRecords records;
    private final CourseLibrary library;

    ItemStatistics(AssessmentRecords records, CourseLibrary library) {
        this.records = records;
        this.library = library;
    }

    /** One item's figures, with its text and option labels from the current version when it still exists. */
    public record Row(String itemId, String type, String stem, ItemAnalysis.ItemStats stats, Map<String, String> optionLabels) {
    }

    public record Report(String courseId, String title, int attempts, List<Row> items) {

        /** Items flagged for review: negative discrimination or nobody right, first. */
        public List<Row> flagged() {
            return items.stream().filter(r -> r.stats().flags().contains(ItemAnalysis.Flag.NEGATIVE_DISCRIMINATION)
                    || r.stats().flags().contains(ItemAnalysis.Flag.NOBODY_CORRECT)).toList();
        }
    }

    public Report of(String courseId) {
        CourseDefinition course = library.currentCourses().stream().filter(c -> c.id().equals(courseId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no course " + courseId + "."));
        List<ItemAnalysis.Observation> observations = new ArrayList<>();
        java.util.Set<Long> attempts = new java.util.HashSet<>();
        for (AssessmentRecords.QuizItemOutcome outcome : records.quizItemOutcomes(courseId)) {
            attempts.add(outcome.attemptId());
            List<String> choices = course.item(outcome.itemId())
                    .map(item -> choices(item, outcome.responseJson())).orElse(List.of());
            observations.add(new ItemAnalysis.Observation(outcome.attemptId(), outcome.itemId(),
                    Math.max(0, Math.min(1, outcome.credit())), outcome.maxPoints(),
                    Math.max(0, Math.min(100, outcome.attemptPercent())), choices));
        }
        List<Row> rows = ItemAnalysis.analyse(observations).stream().map(stats -> {
            Optional<ItemDefinition> item = course.item(stats.itemId());
            return new Row(stats.itemId(), item.map(ItemStatistics::type).orElse("(no longer in the course)"),
                    item.map(i -> excerpt(i.common().stem())).orElse(""), stats, item.map(ItemStatistics::labels).orElse(Map.of()));
        }).toList();
        return new Report(courseId, course.title(), attempts.size(), rows);
    }

    /** The option ids (or true/false) a stored response chose; other item types have no options to count. */
    private static List<String> choices(ItemDefinition item, String json) {
        if (json == null) {
            return List.of();
        }
        Response response;
        try {
            response = Responses.fromJson(item, json);
        } catch (RuntimeException unreadable) {
            // A response saved for an earlier version of a changed item: counted for facility, not for options.
            return List.of();
        }
        return switch (response) {
            case Response.Choice choice -> List.copyOf(choice.optionIds());
            case Response.TrueFalse tf -> List.of(String.valueOf(tf.value()));
            case Response.Hotspot click when item instanceof ItemDefinition.Hotspot hotspot -> hotspot.regions().stream()
                    .filter(r -> r.contains(click.x(), click.y())).map(ItemDefinition.Region::id).limit(1).toList();
            default -> List.of();
        };
    }

    private static Map<String, String> labels(ItemDefinition item) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (item) {
            case ItemDefinition.Choice c -> c.options().forEach(o -> labels.put(o.id(), (o.correct() ? "✓ " : "") + o.text()));
            case ItemDefinition.TrueFalse t -> {
                labels.put("true", (t.answer() ? "✓ " : "") + "True");
                labels.put("false", (t.answer() ? "" : "✓ ") + "False");
            }
            case ItemDefinition.Hotspot h -> h.regions().forEach(r -> labels.put(r.id(), (r.correct() ? "✓ " : "") + "region " + r.id()));
            default -> {
            }
        }
        return labels;
    }

    private static String type(ItemDefinition item) {
        return switch (item) {
            case ItemDefinition.Choice c -> c.multiple() ? "multiple-response" : "single-choice";
            case ItemDefinition.TrueFalse t -> "true-false";
            case ItemDefinition.Matching m -> "matching";
            case ItemDefinition.Ordering o -> "ordering";
            case ItemDefinition.Numeric n -> "numeric";
            case ItemDefinition.Hotspot h -> "hotspot";
            case ItemDefinition.KeyFeatures k -> "key-features";
            case ItemDefinition.ScriptConcordance s -> "script-concordance";
        };
    }

    private static String excerpt(String stem) {
        String plain = stem == null ? "" : stem.replaceAll("[*_`#>]", "").replaceAll("\\s+", " ").strip();
        return plain.length() > 120 ? plain.substring(0, 117) + "…" : plain;
    }
}
