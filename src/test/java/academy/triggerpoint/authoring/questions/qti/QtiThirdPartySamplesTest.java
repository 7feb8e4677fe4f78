package academy.triggerpoint.authoring.questions.qti;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.questions.Rejection;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Items another system wrote (Wikiwijs, MIT; see src/test/resources/qti/samples/wikiwijs/SOURCE.md), imported as they are. */
class QtiThirdPartySamplesTest {

    private static final Path SAMPLES = Path.of("src/test/resources/qti/samples/wikiwijs");

    private static QtiImport.Result read(String file) throws IOException {
        return QtiImport.read(Files.readAllBytes(SAMPLES.resolve(file)), file, QtiImportTest.TARGET);
    }

    @Test
    void a_wikiwijs_match_item_becomes_a_matching_item_with_its_four_pairs() throws IOException {
        QtiImport.Result result = read("item001-match.xml");

        assertThat(result.rejected()).isEmpty();
        ItemDefinition.Matching item = (ItemDefinition.Matching) result.items().getFirst();
        assertThat(item.common().stem()).contains("Combineer de teksten");
        assertThat(item.pairs()).extracting(ItemDefinition.Pair::left, ItemDefinition.Pair::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Berlijn", "Duitsland"), org.assertj.core.groups.Tuple.tuple("Amsterdam", "Nederland"),
                org.assertj.core.groups.Tuple.tuple("Parijs", "Frankrijk"), org.assertj.core.groups.Tuple.tuple("Brussel", "Belgie"));
    }

    @Test
    void a_wikiwijs_match_item_with_neither_question_nor_correct_response_is_rejected_with_its_file_line_and_reason() throws IOException {
        QtiImport.Result result = read("match-interaction-no-processing.xml");

        assertThat(result.items()).isEmpty();
        assertThat(result.rejected()).singleElement().extracting(Rejection::toString).asString()
                .isEqualTo("match-interaction-no-processing.xml:14: the item has no question text; write the question before its answers");
    }
}
