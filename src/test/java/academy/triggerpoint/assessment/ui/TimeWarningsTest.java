package academy.triggerpoint.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.shared.i18n.Translations;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TimeWarningsTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final academy.triggerpoint.shared.i18n.Texts ENGLISH = (key, args) -> TRANSLATIONS.getTranslation(key, Locale.ENGLISH, args);

    @Test
    void each_threshold_is_announced_once_as_the_minutes_run_down() {
        TimeWarnings warnings = new TimeWarnings();

        assertThat(warnings.reached(30)).isEmpty();
        assertThat(warnings.reached(10)).isEqualTo(OptionalInt.of(10));
        assertThat(warnings.reached(9)).isEmpty();
        assertThat(warnings.reached(5)).isEqualTo(OptionalInt.of(5));
        assertThat(warnings.reached(1)).isEqualTo(OptionalInt.of(1));
        assertThat(warnings.reached(1)).isEmpty();
        assertThat(warnings.reached(0)).isEqualTo(OptionalInt.of(0));
        assertThat(TimeWarnings.announcement(1, ENGLISH)).isEqualTo("1 minute left.");
        assertThat(TimeWarnings.announcement(0, ENGLISH)).startsWith("Time is up");
    }

    @Test
    void opening_the_attempt_late_announces_only_the_nearest_threshold() {
        TimeWarnings warnings = new TimeWarnings();

        assertThat(warnings.reached(3)).isEqualTo(OptionalInt.of(5));
        assertThat(warnings.reached(2)).isEmpty();
    }
}
