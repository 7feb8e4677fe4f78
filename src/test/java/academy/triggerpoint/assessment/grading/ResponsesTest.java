package academy.triggerpoint.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.ItemDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResponsesTest {

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(Items.single("q", false), new Response.Choice(Set.of("zz")), "That option does not belong to this question."),
                Arguments.of(Items.single("q", false), new Response.Choice(Set.of("a", "b")), "Choose exactly one option."),
                Arguments.of(Items.matching("q"), new Response.Matching(Map.of(0, 9)), "That match does not belong to this question."),
                Arguments.of(Items.ordering("q"), new Response.Ordering(List.of(0, 0, 1, 2)), "Every step must appear exactly once."),
                Arguments.of(Items.numeric("q"), new Response.Numeric(new BigDecimal("1e12")), "That number is out of range."),
                Arguments.of(Items.hotspot("q"), new Response.Hotspot(101, 5), "That point lies outside the image."),
                Arguments.of(Items.trueFalse("q", true), new Response.Choice(Set.of("a")), "Answer true or false."));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void responses_an_item_cannot_take_are_refused_with_a_reason(ItemDefinition item, Response response, String reason) {
        assertThat(Responses.problem(item, response)).contains(reason);
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of(Items.multiple("q"), new Response.Choice(Set.of("a", "c"))),
                Arguments.of(Items.trueFalse("q", true), new Response.TrueFalse(false)),
                Arguments.of(Items.matching("q"), new Response.Matching(Map.of(0, 2, 3, 4))),
                Arguments.of(Items.ordering("q"), new Response.Ordering(List.of(2, 0, 3, 1))),
                Arguments.of(Items.numeric("q"), new Response.Numeric(new BigDecimal("12.5"))),
                Arguments.of(Items.hotspot("q"), new Response.Hotspot(12.25, 30)));
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void stored_responses_read_back_unchanged(ItemDefinition item, Response response) {
        assertThat(Responses.problem(item, response)).isEmpty();
        assertThat(Responses.fromJson(item, Responses.toJson(response))).isEqualTo(response);
    }
}
