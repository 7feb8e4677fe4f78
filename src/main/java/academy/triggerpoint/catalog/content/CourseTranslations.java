package academy.triggerpoint.catalog.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The translations that sit beside a course's lessons ({@code taut-bands.de.md}) and item banks
 * ({@code bank.de.yaml}), each checked to have the original's structure (see {@link TranslationCheck}).
 *
 * <p>A translated item has the original's id, type, key, flags and points; only its texts differ.
 * Grade with the original ({@link CourseDefinition#item(String)}) and show the translation's texts:
 * a script-concordance item's panel, for one, is keyed by the original's wording.
 *
 * @param lessons lesson id → language tag → the translated lesson (its {@code sourcePath} is the
 *                translation's file)
 * @param items   language tag → the translated items of every bank translated into it, in bank order
 */
public record CourseTranslations(Map<String, Map<String, LessonDefinition>> lessons,
                                 Map<String, List<ItemDefinition>> items) {

    public static final CourseTranslations NONE = new CourseTranslations(Map.of(), Map.of());

    public CourseTranslations {
        Map<String, Map<String, LessonDefinition>> copied = new java.util.HashMap<>();
        lessons.forEach((id, byLanguage) -> copied.put(id, Map.copyOf(byLanguage)));
        lessons = Map.copyOf(copied);
        Map<String, List<ItemDefinition>> copiedItems = new java.util.HashMap<>();
        items.forEach((language, list) -> copiedItems.put(language, List.copyOf(list)));
        items = Map.copyOf(copiedItems);
    }

    /** The languages a lesson is translated into. */
    public Set<String> languagesOf(String lessonId) {
        return new TreeSet<>(lessons.getOrDefault(lessonId, Map.of()).keySet());
    }

    /** The lesson's translation into {@code language}, if there is one. */
    public Optional<LessonDefinition> lesson(String lessonId, String language) {
        return Optional.ofNullable(lessons.getOrDefault(lessonId, Map.of()).get(language));
    }

    /** The languages an item is translated into. */
    public Set<String> languagesOfItem(String itemId) {
        Set<String> languages = new TreeSet<>();
        items.forEach((language, list) -> {
            if (list.stream().anyMatch(i -> i.id().equals(itemId))) {
                languages.add(language);
            }
        });
        return languages;
    }

    /** The item's translation into {@code language}, if there is one: texts to show, never a key to grade with. */
    public Optional<ItemDefinition> item(String itemId, String language) {
        return items.getOrDefault(language, List.of()).stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** Every language something of the course is translated into. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(items.keySet());
        lessons.values().forEach(byLanguage -> languages.addAll(byLanguage.keySet()));
        return languages;
    }
}
