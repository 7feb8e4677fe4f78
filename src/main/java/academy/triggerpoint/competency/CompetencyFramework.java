package academy.triggerpoint.competency;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The competencies declared across the current course versions, and for each the routes to it: in
 * each course that declares it, the module quizzes and cases that evidence it. A competency is held
 * through any one route whose every piece of evidence is passed.
 */
public record CompetencyFramework(List<Competency> competencies, Map<String, List<Route>> routes) {

    /** A competency as the first course declaring it names it; safety-critical ones decide "cleared to needle". */
    public record Competency(String id, String title, boolean safetyCritical) {
    }

    /** What one course requires for a competency, and how long the achievement holds (null: for ever). */
    public record Route(String courseId, Integer validityMonths, List<EvidenceKey> required) {
    }

    /** A quiz (the module's; {@code caseId} null) or a case of a course. */
    public record EvidenceKey(String courseId, String moduleId, String caseId) {

        static EvidenceKey quiz(String courseId, String moduleId) {
            return new EvidenceKey(courseId, moduleId, null);
        }

        static EvidenceKey ofCase(String courseId, String caseId) {
            return new EvidenceKey(courseId, null, caseId);
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
                if (required.isEmpty()) {
                    continue;
                }
                competencies.putIfAbsent(declared.id(), new Competency(declared.id(), declared.title(), declared.safetyCritical()));
                routes.computeIfAbsent(declared.id(), k -> new ArrayList<>())
                        .add(new Route(course.id(), course.validityMonths(), List.copyOf(required)));
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
