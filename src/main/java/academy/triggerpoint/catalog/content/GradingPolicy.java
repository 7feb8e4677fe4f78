package academy.triggerpoint.catalog.content;

import java.util.List;

/** How a course's quizzes and cases add up to completion. */
public record GradingPolicy(int passMark, List<Component> components) {

    /** A module's quiz ({@code caseId} null) or a case scenario ({@code moduleId} null). */
    public record Component(String moduleId, String caseId, int weight, boolean mustPass) {

        public boolean isCase() {
            return caseId != null;
        }
    }
}
