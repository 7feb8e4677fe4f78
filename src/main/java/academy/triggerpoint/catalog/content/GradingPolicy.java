package academy.triggerpoint.catalog.content;

import java.util.List;

/** How a course's quizzes add up to completion. */
public record GradingPolicy(int passMark, List<Component> components) {

    public record Component(String moduleId, int weight, boolean mustPass) {
    }
}
