package academy.triggerpoint.catalog;

import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.GradingPolicy;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one learner has done in one course: lessons read, quiz and case standings. The rules that
 * follow from it (which modules are open, whether the course is complete) are pure functions here.
 */
public record LearnerProgress(Set<String> doneLessons, Map<String, AssessmentProgress.Standing> quizzes,
                              Map<String, AssessmentProgress.Standing> cases) {

    /** Whether the course is complete, the weighted score, and what is still missing, in words. */
    public record Completion(boolean complete, Double weightedPercent, List<String> missing) {
    }

    public boolean lessonsDone(ModuleDefinition module) {
        return module.lessons().stream().allMatch(l -> doneLessons.contains(l.id()));
    }

    public boolean quizPassed(ModuleDefinition module) {
        return module.quiz() == null || Optional.ofNullable(quizzes.get(module.id())).map(AssessmentProgress.Standing::passed)
                .orElse(false);
    }

    public boolean casePassed(CaseDefinition caseDefinition) {
        return Optional.ofNullable(cases.get(caseDefinition.id())).map(AssessmentProgress.Standing::passed).orElse(false);
    }

    /** A module is finished when its lessons are read and its quiz, if any, is passed. */
    public boolean finished(ModuleDefinition module) {
        return lessonsDone(module) && quizPassed(module);
    }

    /** Why a module is still locked (a prerequisite is not finished), or empty when it is open. */
    public Optional<String> lockReason(CourseDefinition course, ModuleDefinition module) {
        List<ModuleDefinition> missing = module.prerequisites().stream()
                .map(id -> course.module(id).orElseThrow())
                .filter(prerequisite -> !finished(prerequisite))
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Locked until you complete " + missing.stream()
                .map(m -> "“" + m.title() + "”" + (m.quiz() == null ? "" : " and pass its quiz"))
                .collect(Collectors.joining(" and ")) + ".");
    }

    /**
     * Complete when every lesson is read, no safety-critical failure is left unresolved by a later
     * pass, every must-pass quiz or case passed and the weighted best scores reach the pass mark;
     * without a grading policy, when every lesson is read and every quiz and case passed.
     */
    public Completion completion(CourseDefinition course) {
        List<String> missing = new ArrayList<>();
        course.modules().stream().filter(m -> !lessonsDone(m))
                .forEach(m -> missing.add("read every lesson of “" + m.title() + "”"));
        course.modules().stream().filter(m -> Optional.ofNullable(quizzes.get(m.id()))
                        .filter(AssessmentProgress.Standing::unresolvedCritical).isPresent())
                .forEach(m -> missing.add("pass the quiz of “" + m.title() + "” after its safety-critical mistake"));
        course.cases().stream().filter(c -> Optional.ofNullable(cases.get(c.id()))
                        .filter(AssessmentProgress.Standing::unresolvedCritical).isPresent())
                .forEach(c -> missing.add("pass the case “" + c.title() + "” after its safety-critical mistake"));
        GradingPolicy policy = course.grading();
        if (policy == null) {
            course.modules().stream().filter(m -> !quizPassed(m))
                    .forEach(m -> missing.add("pass the quiz of “" + m.title() + "”"));
            course.cases().stream().filter(c -> !casePassed(c))
                    .forEach(c -> missing.add("pass the case “" + c.title() + "”"));
            return new Completion(missing.isEmpty(), null, List.copyOf(missing));
        }
        double weighted = 0;
        int weights = 0;
        for (GradingPolicy.Component component : policy.components()) {
            AssessmentProgress.Standing standing = component.isCase() ? cases.get(component.caseId())
                    : quizzes.get(component.moduleId());
            weighted += component.weight() * (standing == null ? 0 : standing.bestPercent());
            weights += component.weight();
            if (component.mustPass() && (standing == null || !standing.passed())) {
                missing.add(component.isCase()
                        ? "pass the case “" + course.caseDefinition(component.caseId()).orElseThrow().title() + "”"
                        : "pass the quiz of “" + course.module(component.moduleId()).orElseThrow().title() + "”");
            }
        }
        double percent = weights == 0 ? 100 : Math.round(weighted * 10.0 / weights) / 10.0;
        if (percent < policy.passMark()) {
            missing.add("reach " + policy.passMark() + "% overall (now " + percent + "%)");
        }
        return new Completion(missing.isEmpty(), percent, List.copyOf(missing));
    }
}
