package academy.triggerpoint.authoring.questions;

import java.util.List;

/**
 * What one file yielded: every question either imported completely or rejected with its reason,
 * both in file order. Nothing is ever half-imported.
 */
public record QuestionImport(List<ImportedQuestion> questions, List<Rejection> rejected) {

    public QuestionImport {
        questions = List.copyOf(questions);
        rejected = List.copyOf(rejected);
    }
}
