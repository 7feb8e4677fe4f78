package academy.triggerpoint.catalog.content;

import java.util.List;

/** The words an item bank may use for an item's type, difficulty and script-concordance scale. */
public final class ItemVocabulary {

    public static final List<String> TYPES = List.of("single-choice", "multiple-response", "true-false", "matching",
            "ordering", "numeric", "hotspot", "key-features", "script-concordance");
    public static final List<String> DIFFICULTIES = List.of("easy", "medium", "hard");
    public static final List<String> SCALES = List.of("likelihood", "appropriateness");

    private ItemVocabulary() {
    }
}
