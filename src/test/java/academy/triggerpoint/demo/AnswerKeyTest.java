package academy.triggerpoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.assessment.grading.CaseGrader;
import academy.triggerpoint.assessment.grading.ItemGrader;
import academy.triggerpoint.assessment.grading.ItemResult;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.CourseFolders;
import academy.triggerpoint.catalog.content.ItemDefinition;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo's people answer every shipped question right, and fail a case only where they mean to. */
class AnswerKeyTest {

    private static final List<CourseDefinition> SHIPPED = CourseFolders.check(Path.of("courses")).stream()
            .map(c -> c.result().course().orElseThrow()).toList();

    private static Stream<ItemDefinition> everyItem() {
        return SHIPPED.stream().flatMap(course -> Stream.concat(course.items().stream(),
                course.cases().stream().flatMap(c -> c.stages().stream()).flatMap(s -> s.items().stream())));
    }

    @Test
    void the_right_answer_to_every_shipped_item_earns_full_credit_and_no_critical_miss() {
        assertThat(everyItem()).isNotEmpty().allSatisfy(item -> {
            ItemResult result = ItemGrader.grade(item, AnswerKey.right(item));
            assertThat(result.credit()).as(item.id()).isEqualTo(1.0);
            assertThat(result.criticalMiss()).as(item.id()).isNull();
        });
    }

    @Test
    void the_best_decision_is_chosen_and_the_harmful_one_ends_the_case_critically() {
        List<CaseDefinition.Decision> decisions = SHIPPED.stream().flatMap(course -> course.cases().stream())
                .flatMap(c -> c.stages().stream()).map(CaseDefinition.Stage::decision)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(decisions).isNotEmpty().allSatisfy(decision -> {
            assertThat(CaseGrader.chosen(decision, AnswerKey.best(decision))).contains(decision.best());
            AnswerKey.harmful(decision).ifPresent(harmful -> assertThat(CaseGrader.chosen(decision, harmful))
                    .hasValueSatisfying(c -> assertThat(c.ending()).isEqualTo(CaseDefinition.Ending.CRITICAL)));
        });
        assertThat(decisions).anyMatch(d -> AnswerKey.harmful(d).isPresent());
    }
}
