package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.catalog.content.VersionDiff.CaseAspect;
import academy.triggerpoint.catalog.content.VersionDiff.CaseChange;
import academy.triggerpoint.catalog.content.VersionDiff.Diff;
import academy.triggerpoint.catalog.content.VersionDiff.ItemChange;
import academy.triggerpoint.catalog.content.VersionDiff.ItemChangeKind;
import academy.triggerpoint.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionClassificationTest {

    private static final Diff WORDING_ONLY = diff(List.of(item("dosage-wording", ItemChangeKind.STEM, ItemChangeKind.OPTIONS)),
            List.of());
    private static final Diff KEY_CHANGED = diff(List.of(item("lung-depth", ItemChangeKind.STEM, ItemChangeKind.KEY)), List.of());
    private static final Diff CRITICAL_ENDING_CHANGED = diff(List.of(), List.of(new CaseChange("anticoagulated-neck", "Neck pain",
            "changed", List.of(CaseAspect.CRITICAL_ENDINGS), "", List.of())));

    private static ItemChange item(String id, ItemChangeKind... kinds) {
        return new ItemChange(id, "changed", List.of(), "", "contraindications", List.of(kinds), List.of());
    }

    private static Diff diff(List<ItemChange> items, List<CaseChange> cases) {
        return new Diff(List.of(), List.of(), items, cases, List.of(), null);
    }

    private static InvalidInputException refusal(VersionClassification classification, Diff diff) {
        try {
            VersionClassification.check(classification, diff);
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void a_version_without_a_classification_is_refused_at_the_classification_field() {
        assertThat(refusal(null, WORDING_ONLY).field()).isEqualTo("classification");
        assertThat(refusal(new VersionClassification(null, "Typos.", null), WORDING_ONLY))
                .hasMessage("Classify the change: editorial, substantive or safety-critical.");
    }

    @ParameterizedTest
    @CsvSource({"SUBSTANTIVE", "SAFETY_CRITICAL"})
    void a_substantive_or_safety_critical_change_needs_a_change_note(ChangeClass changeClass) {
        InvalidInputException refused = refusal(new VersionClassification(changeClass, "   ", null), KEY_CHANGED);

        assertThat(refused.field()).isEqualTo("changeNote");
        assertThat(refused).hasMessageContaining("change note");
    }

    @Test
    void an_editorial_change_needs_no_note_when_only_wording_changed() {
        assertThatCode(() -> VersionClassification.check(new VersionClassification(ChangeClass.EDITORIAL, null, null), WORDING_ONLY))
                .doesNotThrowAnyException();
    }

    @Test
    void editorial_is_refused_with_the_items_whose_key_changed() {
        InvalidInputException refused = refusal(new VersionClassification(ChangeClass.EDITORIAL, "Typos.", null), KEY_CHANGED);

        assertThat(refused.field()).isEqualTo("classification");
        assertThat(refused).hasMessage("This change cannot be editorial: item lung-depth: key changed. "
                + "Classify it as substantive or safety-critical.");
    }

    @Test
    void editorial_is_refused_when_a_critical_ending_changed() {
        assertThat(refusal(new VersionClassification(ChangeClass.EDITORIAL, null, null), CRITICAL_ENDING_CHANGED))
                .hasMessageContaining("case anticoagulated-neck: critical endings changed");
    }

    @Test
    void a_safety_critical_change_has_thirty_days_of_grace_unless_the_reviewer_sets_another_period() {
        assertThat(new VersionClassification(ChangeClass.SAFETY_CRITICAL, "Depth rule.", null).effectiveGraceDays()).isEqualTo(30);
        assertThat(new VersionClassification(ChangeClass.SAFETY_CRITICAL, "Depth rule.", 14).effectiveGraceDays()).isEqualTo(14);
        assertThat(new VersionClassification(ChangeClass.SUBSTANTIVE, "New case.", 14).effectiveGraceDays()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"-1", "366"})
    void a_grace_period_outside_a_year_is_refused(int days) {
        assertThat(refusal(new VersionClassification(ChangeClass.SAFETY_CRITICAL, "Depth rule.", days), KEY_CHANGED).field())
                .isEqualTo("graceDays");
    }

    @Test
    void a_change_note_longer_than_the_column_is_refused() {
        assertThatThrownBy(() -> VersionClassification.check(
                new VersionClassification(ChangeClass.SUBSTANTIVE, "x".repeat(2001), null), KEY_CHANGED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2000 characters");
    }
}
