package academy.triggerpoint.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelAgreementTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0,0,1,2,0  | TOO_FEW",
            "0,0,2,8,5  | CONVERGENT",
            "0,1,3,8,3  | CONVERGENT",
            "0,0,0,10,0 | CONVERGENT",
            "0,5,0,0,5  | BIMODAL",
            "4,0,1,0,5  | BIMODAL",
            "0,4,1,5,0  | BIMODAL",
            "3,3,3,3,3  | SCATTERED",
            "0,4,2,4,0  | BIMODAL",
            "0,3,4,3,0  | SCATTERED",
    })
    void a_panel_is_judged_by_the_shape_of_its_answers(String counts, PanelAgreement expected) {
        List<Integer> panel = java.util.Arrays.stream(counts.split(",")).map(String::strip).map(Integer::valueOf).toList();

        assertThat(PanelAgreement.of(panel)).isEqualTo(expected);
    }
}
