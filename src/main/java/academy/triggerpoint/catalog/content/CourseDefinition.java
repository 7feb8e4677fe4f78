package academy.triggerpoint.catalog.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A validated course version, as read from its folder. */
public record CourseDefinition(
        String id,
        String title,
        String version,
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
     * {@code change}; used to key script-concordance items by their expert panel.
     */
    public CourseDefinition withItems(java.util.function.UnaryOperator<ItemDefinition> change) {
        List<ItemDefinition> newItems = items.stream().map(change).toList();
        List<CaseDefinition> newCases = cases.stream().map(c -> c.withItems(change)).toList();
        return new CourseDefinition(id, title, version, summary, objectives, ceContactHours, ceRule, assessmentMinutes,
                provider, presenters, deliveryMode, validityMonths, renews, requires, competencies, modules, newItems,
                newCases, practicals, bodyRegions, grading, contentHash);
    }

    public Optional<ModuleDefinition> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    /** The lesson with this id, which is unique within the course. */
    public Optional<LessonDefinition> lesson(String lessonId) {
        return modules.stream().flatMap(m -> m.lessons().stream()).filter(l -> l.id().equals(lessonId)).findFirst();
    }

    public Optional<ItemDefinition> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
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
