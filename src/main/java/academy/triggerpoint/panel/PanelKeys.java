package academy.triggerpoint.panel;

import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ItemDefinition;
import academy.triggerpoint.panel.domain.PanelRecords;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys of script-concordance items, from the answers of the course's expert panel. Grading,
 * the learner's review and the statistics all read a course through {@link #keyed}, so they agree
 * on one key. Counts written in a course file ({@code demoPanel}) are a demonstration: they count
 * only where {@code academy.panel.demo-counts} is on (the demo profile), and only until the first
 * panellist answers the item.
 */
@Service
@Transactional(readOnly = true)
public class PanelKeys {

    private static final List<Integer> NO_PANEL = List.of(0, 0, 0, 0, 0);

    private final PanelRecords records;
    private final boolean demoCounts;

    PanelKeys(PanelRecords records, @Value("${academy.panel.demo-counts:false}") boolean demoCounts) {
        this.records = records;
        this.demoCounts = demoCounts;
    }

    /**
     * The course with each script-concordance item keyed by its panel: the collected answers to
     * the item's present wording, else (demo profile only) its demonstration counts, else none. An
     * item with fewer than the minimum is provisional (no points, never a critical miss).
     */
    @PreAuthorize("isAuthenticated()")
    public CourseDefinition keyed(CourseDefinition course) {
        Map<String, int[]> collected = collected(course.id());
        return course.withItems(item -> item instanceof ItemDefinition.ScriptConcordance sct ? keyed(sct, collected) : item);
    }

    private ItemDefinition.ScriptConcordance keyed(ItemDefinition.ScriptConcordance item, Map<String, int[]> collected) {
        int[] answers = collected.get(key(item));
        if (answers != null) {
            List<Integer> counts = new ArrayList<>();
            for (int n : answers) {
                counts.add(n);
            }
            return item.withPanel(counts);
        }
        return demoCounts && item.demonstration() ? item.withDemonstrationPanel() : item.withPanel(NO_PANEL);
    }

    Map<String, int[]> collected(String courseId) {
        Map<String, int[]> byItem = new HashMap<>();
        for (PanelRecords.Count count : records.counts(courseId)) {
            byItem.computeIfAbsent(key(count.itemId(), count.fingerprint()), k -> new int[5])[count.value() + 2] += count.panellists();
        }
        return byItem;
    }

    /** One wording of an item: answers are collected and counted per wording. */
    static String key(String itemId, String fingerprint) {
        return itemId + "\n" + fingerprint;
    }

    /** The wording of {@code item} as it reads now. */
    static String key(ItemDefinition.ScriptConcordance item) {
        return key(item.id(), fingerprint(item));
    }

    /**
     * What a panellist answered, as a hash: the question as shown (stem, hypothesis, finding, scale).
     * Rewording any of it makes a new question with a new panel; moving it between versions does not.
     */
    static String fingerprint(ItemDefinition.ScriptConcordance item) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((item.questionMarkdown() + "\n" + item.scale().name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
