package academy.triggerpoint.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.authoring.QuestionImportReport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionImportFormTest {

    private static final String BANK = "modules/safety/items/imported-20261207-091000.yaml";
    private static final String TAG = "imported-20261207-091000";

    @BeforeEach
    void vaadin() {
        MockVaadinWithTexts.setUp();
    }

    @AfterEach
    void tearDown() {
        MockVaadinWithTexts.tearDown();
    }

    @Test
    void the_report_names_the_quiz_that_now_draws_the_imported_questions_and_how_many() {
        QuestionImportReport report = new QuestionImportReport(4, BANK, List.of(), List.of(), List.of("imported", TAG), TAG,
                new QuestionImportReport.Pool("modules/safety/module.yaml", "Safety check", TAG, 3), null,
                List.of(new QuestionImportReport.Quiz("safety", "Safety check")));

        assertThat(QuestionImportForm.reach(report)).isEqualTo("The quiz “Safety check” in modules/safety/module.yaml now draws "
                + "3 of them in every attempt (a pool on the tag " + TAG + "; change its count there).");
    }

    @Test
    void the_report_says_when_no_quiz_draws_the_imported_questions_and_how_to_make_one_draw_them() {
        QuestionImportReport report = new QuestionImportReport(4, BANK, List.of(), List.of(), List.of("imported", TAG), TAG,
                null, "modules/safety/module.yaml has no quiz (or is not valid YAML) to add a pool to", List.of());

        assertThat(QuestionImportForm.reach(report)).contains("No pool was added: modules/safety/module.yaml has no quiz",
                "No quiz draws these questions yet, so no learner will be asked them", "“- tags: [" + TAG + "]”");
    }
}
