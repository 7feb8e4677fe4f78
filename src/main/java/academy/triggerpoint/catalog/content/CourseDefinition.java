package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A validated course version, as read from its folder. {@code language} is the BCP 47 tag of the
 * course's own texts ({@code en} unless {@code course.yaml} says otherwise); {@code translations}
 * holds the lessons and items translated into other languages.
 */
public record CourseDefinition(
        String id,
        String title,
        String version,
        String language,
        String summary,
        List<String> objectives,
        BigDecimal ceContactHours,
        String ceRule,
        int assessmentMinutes,
        Provider provider,
        List<Presenter> presenters,
        String deliveryMode,
        Integer validityMonths,
        List<String> renews,
        List<String> requires,
        List<Competency> competencies,
        List<ModuleDefinition> modules,
        List<ItemDefinition> items,
        List<CaseDefinition> cases,
        List<PracticalDefinition> practicals,
        List<BodyRegion> bodyRegions,
        GradingPolicy grading,
        CourseTranslations translations,
        String contentHash) {

    public record Provider(String name, List<Approval> approvals) {
    }

    public record Approval(String body, String number) {
    }

    public record Presenter(String name, String credentials) {
    }

    public record Competency(String id, String title, boolean safetyCritical) {
    }

    /** A body region the course adds to the practical log's controlled list. */
    public record BodyRegion(String id, String label) {
    }

    /** For each course id, the courses among these that renew it (its refreshers), in the given order. */
    public static java.util.Map<String, List<CourseDefinition>> renewersIn(List<CourseDefinition> courses) {
        java.util.Map<String, List<CourseDefinition>> renewers = new java.util.HashMap<>();
        for (CourseDefinition course : courses) {
            course.renews().forEach(renewed -> renewers.computeIfAbsent(renewed, k -> new java.util.ArrayList<>()).add(course));
        }
        return renewers;
    }

    /**
     * This course with every item (in the item banks and in the cases' stages) passed through
     * {@code change}; used to key script-concordance items by their expert panel. Translated items
     * stay as they are: they are shown, never graded.
     */
    public CourseDefinition withItems(java.util.function.UnaryOperator<ItemDefinition> change) {
        List<ItemDefinition> newItems = items.stream().map(change).toList();
        List<CaseDefinition> newCases = cases.stream().map(c -> c.withItems(change)).toList();
        return new CourseDefinition(id, title, version, language, summary, objectives, ceContactHours, ceRule,
                assessmentMinutes, provider, presenters, deliveryMode, validityMonths, renews, requires, competencies,
                modules, newItems, newCases, practicals, bodyRegions, grading, translations, contentHash);
    }

    public Optional<ModuleDefinition> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** The lesson with this id, which is unique within the course. */
    public Optional<LessonDefinition> lesson(String lessonId) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /**
     * The language a reader whose interface language is {@code reader} reads the lesson in: a
     * translation's when one matches (see {@link ContentLanguage#choose}), else the course's.
     */
    public String lessonLanguage(String lessonId, Locale reader) {
        return ContentLanguage.choose(reader, language, translations.languagesOf(lessonId));
    }

    /** The lesson in {@code language}: its translation, or the original when it has none in that language. */
    public Optional<LessonDefinition> lesson(String lessonId, String language) {
        return language.equals(this.language) ? lesson(lessonId)
                : translations.lesson(lessonId, language).or(() -> lesson(lessonId));
    }

    /** The item with its key: what every attempt is graded with, whatever language it is shown in. */
    public Optional<ItemDefinition> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The language a reader whose interface language is {@code reader} reads the item in, as for lessons. */
    public String itemLanguage(String itemId, Locale reader) {
        return ContentLanguage.choose(reader, language, translations.languagesOfItem(itemId));
    }

    /**
     * The item's texts in {@code language}: its translation, or the original when it has none. The
     * translation has the original's key (the validator makes sure), but grade with {@link #item(String)}.
     */
    public Optional<ItemDefinition> item(String itemId, String language) {
        return language.equals(this.language) ? item(itemId)
                : translations.item(itemId, language).or(() -> item(itemId));
    }

    public Optional<CaseDefinition> caseDefinition(String caseId) {
        return cases.stream().filter(c -> c.id().equals(caseId)).findFirst();
    }

    public Optional<PracticalDefinition> practical(String practicalId) {
        return practicals.stream().filter(p -> p.id().equals(practicalId)).findFirst();
    }

    /** The cases that belong to a module, in file-name order. */
    public List<CaseDefinition> casesOf(String moduleId) {
        return cases.stream().filter(c -> c.moduleId().equals(moduleId)).toList();
    }

    /** All lessons in reading order. */
    public List<LessonDefinition> lessonsInOrder() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public int lessonMinutes() {
        return modules.stream().flatMap(m -> m.lessons().stream()).mapToInt(LessonDefinition::minutes).sum();
    }
}
