package academy.triggerpoint.authoring;

import java.util.List;

/**
 * What a question import did: how many questions went into which new item bank file, and each
 * question that was not imported with where it is in the source file and why.
 *
 * @param bankPath the item bank file created in the draft, or null when nothing was imported
 * @param warnings notes on imported questions, for example an image that was not brought along
 */
public record QuestionImportReport(int imported, String bankPath, List<Rejected> rejected, List<String> warnings) {

    public record Rejected(String where, String reason) {
    }
}
