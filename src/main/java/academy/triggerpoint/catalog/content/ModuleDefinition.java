package academy.triggerpoint.catalog.content;

import java.util.List;

public record ModuleDefinition(
        String id,
        String title,
        String summary,
        List<String> objectives,
        List<String> prerequisites,
        List<String> competencies,
        List<String> keyPoints,
        List<String> readingList,
        List<LessonDefinition> lessons,
        QuizDefinition quiz) {

    public java.util.Optional<QuizDefinition> quizDefinition() {
        return java.util.Optional.ofNullable(quiz);
    }
}
