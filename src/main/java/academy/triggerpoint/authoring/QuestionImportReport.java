package academy.triggerpoint.authoring;

import java.util.List;

/**
 * What a question import did: how many questions went into which new item bank file, and each
 * question that was not imported with where it is in the source file and why; and which quizzes
 * draw from the new questions, since a question no quiz draws is never asked.
 *
 * @param bankPath the item bank file created in the draft, or null when nothing was imported
 * @param warnings notes on imported questions, for example an image that was not brought along
 * @param tags the tags every imported question carries; a quiz pool on one of them draws them
 * @param importTag the tag only this import's questions carry, or null when nothing was imported
 * @param addedPool the pool added to the module's quiz for them, or null when none was added
 * @param poolNotAdded why no pool was added although one was asked for, or null
 * @param drawnBy the quizzes of the draft that draw from these questions, after the import
 */
public record QuestionImportReport(int imported, String bankPath, List<Rejected> rejected, List<String> warnings,
                                   List<String> tags, String importTag, Pool addedPool, String poolNotAdded,
                                   List<Quiz> drawnBy) {

    public record Rejected(String where, String reason) {
    }

    /** A pool of the quiz in {@code modulePath}: {@code count} items each attempt from those tagged {@code tag}. */
    public record Pool(String modulePath, String quizTitle, String tag, int count) {
    }

    /** A quiz, by the module whose module.yaml holds it. */
    public record Quiz(String moduleId, String title) {
    }
}
