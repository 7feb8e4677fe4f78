package academy.triggerpoint.competency;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.catalog.content.PracticalDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The competencies declared across the current course versions, and for each the routes to it: in
 * each course that declares it, the module quizzes, cases or observed practicals that evidence it. A competency is held
 * through any one route whose every piece of evidence is passed.
 */
public record CompetencyFramework(List<Competency> competencies, Map<String, List<Route>> routes) {

    /** A competency as the first course declaring it names it; safety-critical ones decide "cleared to needle". */
    public record Competency(String id, String title, boolean safetyCritical) {
    }

    /** What one course requires for a competency, and how long the achievement holds (null: for ever). */
    public record Route(String courseId, Integer validityMonths, List<EvidenceKey> required) {
    }

    /** A quiz (the module's), a case or a directly observed practical of a course; the other ids null. */
    public record EvidenceKey(String courseId, String moduleId, String caseId, String practicalId) {

        static EvidenceKey quiz(String courseId, String moduleId) {
            return new EvidenceKey(courseId, moduleId, null, null);
        }

        static EvidenceKey ofCase(String courseId, String caseId) {
            return new EvidenceKey(courseId, null, caseId, null);
        }

        static EvidenceKey practical(String courseId, String practicalId) {
            return new EvidenceKey(courseId, null, null, practicalId);
        }

        /** The same key for a recorded attempt: cases by case id, quizzes by module. */
        static EvidenceKey of(String courseId, String moduleId, String caseId) {
            return caseId != null ? ofCase(courseId, caseId) : quiz(courseId, moduleId);
        }
    }

    public static CompetencyFramework from(List<CourseDefinition> courses) {
        Map<String, Competency> competencies = new LinkedHashMap<>();
        Map<String, List<Route>> routes = new LinkedHashMap<>();
        for (CourseDefinition course : courses) {
            for (CourseDefinition.Competency declared : course.competencies()) {
                List<EvidenceKey> required = new ArrayList<>();
                for (ModuleDefinition module : course.modules()) {
                    if (module.competencies().contains(declared.id()) && module.quiz() != null) {
                        required.add(EvidenceKey.quiz(course.id(), module.id()));
                    }
                }
                for (CaseDefinition c : course.cases()) {
                    if (declared.id().equals(c.competency())) {
                        required.add(EvidenceKey.ofCase(course.id(), c.id()));
                    }
                }
                // A practical's competency is evidenced by practicals alone (the validator sees to it), and
                // holds for the shortest validity among them rather than the course's.
                List<PracticalDefinition> observed = course.practicals().stream()
                        .filter(p -> declared.id().equals(p.competency())).toList();
                observed.forEach(p -> required.add(EvidenceKey.practical(course.id(), p.id())));
                Integer validity = observed.isEmpty() ? course.validityMonths()
                        : observed.stream().mapToInt(PracticalDefinition::validForMonths).min().getAsInt();
                if (required.isEmpty()) {
                    continue;
                }
                competencies.putIfAbsent(declared.id(), new Competency(declared.id(), declared.title(), declared.safetyCritical()));
                routes.computeIfAbsent(declared.id(), k -> new ArrayList<>())
                        .add(new Route(course.id(), validity, List.copyOf(required)));
            }
        }
        return new CompetencyFramework(List.copyOf(competencies.values()), Map.copyOf(routes));
    }

    public Optional<Competency> competency(String id) {
        return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Route> routesTo(String competencyId) {
        return routes.getOrDefault(competencyId, List.of());
    }
}
