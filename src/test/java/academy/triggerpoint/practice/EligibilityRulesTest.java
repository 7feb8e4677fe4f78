package academy.triggerpoint.practice;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.content.JurisdictionDefinition;
import academy.triggerpoint.catalog.content.JurisdictionParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The eligibility rules against every shipped jurisdiction file, with no Spring and no database. */
class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Map<String, String> SAFETY = Map.of("needle-safety", "Needle safety");
    static final Map<String, String> TITLES = Map.of("needle-safety", "Needle safety", "history-and-screening",
            "History, red-flag and precaution screening");
    static final Map<String, String> PRACTICALS = Map.of("dry-needling-foundations/observed-needling",
            "Observed dry needling of the upper trapezius");

    static List<JurisdictionDefinition> shipped() {
        JurisdictionParser.Result result = JurisdictionParser.read(Path.of("jurisdictions"), TITLES.keySet(), PRACTICALS.keySet());
        assertThat(result.problems()).isEmpty();
        assertThat(result.jurisdictions()).hasSizeGreaterThanOrEqualTo(6);
        return result.jurisdictions();
    }

    static Stream<JurisdictionDefinition> jurisdictions() {
        return shipped().stream();
    }

    static JurisdictionDefinition testland() {
        return shipped().stream().filter(j -> j.code().equals("xx-test")).findFirst().orElseThrow();
    }

    /** Evidence that meets the jurisdiction's rules exactly, in clock hours. */
    static EligibilityRules.Evidence exactly(JurisdictionDefinition j) {
        JurisdictionDefinition.Requirements r = j.requirements();
        Map<String, LocalDate> done = new HashMap<>();
        j.attestations().forEach(a -> done.put(a.id(), TODAY.minusDays(1)));
        return new EligibilityRules.Evidence(clock(r.theoryHours(), j), clock(r.inPersonHours(), j), r.supervisedSessions(),
                TODAY.minusYears(r.yearsLicensed()), Set.copyOf(TITLES.keySet()), SAFETY, TITLES, done, Set.copyOf(PRACTICALS.keySet()), PRACTICALS);
    }

    /** Board hours as clock hours, rounded up to the minute a clinician would log. */
    static BigDecimal clock(int boardHours, JurisdictionDefinition j) {
        return BigDecimal.valueOf(boardHours * (long) j.hourMinutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.UP);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jurisdictions")
    void a_clinician_who_meets_every_rule_exactly_is_eligible(JurisdictionDefinition j) {
        Eligibility result = EligibilityRules.evaluate(j, exactly(j), TODAY);
        assertThat(result.missing()).isEmpty();
        assertThat(result.eligible()).isTrue();
        assertThat(result.summary()).isEqualTo(j.name() + ": eligible");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jurisdictions")
    void one_session_one_hour_a_day_of_licence_or_an_attestation_short_is_not_eligible_and_says_so(JurisdictionDefinition j) {
        EligibilityRules.Evidence e = exactly(j);
        JurisdictionDefinition.Requirements r = j.requirements();
        if (r.supervisedSessions() > 0) {
            var shortOfOne = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), e.supervisedSessions() - 1,
                    e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);
            assertThat(EligibilityRules.evaluate(j, shortOfOne, TODAY).missing()).containsExactly("1 supervised session");
        }
        if (r.inPersonHours() > 0) {
            var hourShort = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours().subtract(BigDecimal.ONE),
                    e.supervisedSessions(), e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);
            assertThat(EligibilityRules.evaluate(j, hourShort, TODAY).eligible()).isFalse();
            assertThat(EligibilityRules.evaluate(j, hourShort, TODAY).missing().getFirst()).contains("in-person hour")
                    .doesNotContain("theory");
        }
        if (r.yearsLicensed() > 0) {
            var licensedLater = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), e.supervisedSessions(),
                    e.licensedSince().plusDays(1), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);
            assertThat(EligibilityRules.evaluate(j, licensedLater, TODAY).missing()).singleElement().asString()
                    .startsWith(r.yearsLicensed() + " years of licensed practice (reached on " + TODAY.plusDays(1));
        }
        for (JurisdictionDefinition.Attestation a : j.attestations()) {
            Map<String, LocalDate> without = new HashMap<>(e.attestationsDone());
            without.remove(a.id());
            var noAttestation = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), e.supervisedSessions(),
                    e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, without, e.practicalsHeld(), PRACTICALS);
            assertThat(EligibilityRules.evaluate(j, noAttestation, TODAY).missing()).containsExactly("“" + a.text() + "”");
        }
        for (String practical : r.practicals()) {
            Set<String> without = new java.util.HashSet<>(e.practicalsHeld());
            without.remove(practical);
            var notObserved = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), e.supervisedSessions(),
                    e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), without, PRACTICALS);
            assertThat(EligibilityRules.evaluate(j, notObserved, TODAY).missing())
                    .containsExactly("a passed observation of “" + PRACTICALS.get(practical) + "”");
        }
        var safetyExpired = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), e.supervisedSessions(),
                e.licensedSince(), Set.of("history-and-screening"), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);
        assertThat(EligibilityRules.evaluate(j, safetyExpired, TODAY).missing()).containsExactly("the competency Needle safety");
    }

    @Test
    void the_summary_names_everything_missing_in_one_sentence() {
        JurisdictionDefinition testland = testland();
        EligibilityRules.Evidence e = exactly(testland);
        var missing = new EligibilityRules.Evidence(e.onlineTheoryHours(), e.inPersonHours(), 0, e.licensedSince(),
                e.heldCompetencies(), SAFETY, TITLES, Map.of(), e.practicalsHeld(), PRACTICALS);

        assertThat(EligibilityRules.evaluate(testland, missing, TODAY).summary()).isEqualTo("Testland (fictional, for tests): "
                + "5 supervised sessions and “" + testland.attestations().getFirst().text() + "” missing");
    }

    @Test
    void testland_asks_for_the_observed_practical_of_the_foundations_course() {
        assertThat(testland().requirements().practicals()).containsExactly("dry-needling-foundations/observed-needling");
    }

    @Test
    void in_person_hours_beyond_the_in_person_rule_count_as_theory_but_theory_never_counts_as_in_person() {
        JurisdictionDefinition testland = testland(); // 10 theory + 20 in person
        EligibilityRules.Evidence e = exactly(testland);
        var allInPerson = new EligibilityRules.Evidence(BigDecimal.ZERO, BigDecimal.valueOf(30), e.supervisedSessions(),
                e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);
        var allTheory = new EligibilityRules.Evidence(BigDecimal.valueOf(30), BigDecimal.ZERO, e.supervisedSessions(),
                e.licensedSince(), e.heldCompetencies(), SAFETY, TITLES, e.attestationsDone(), e.practicalsHeld(), PRACTICALS);

        assertThat(EligibilityRules.evaluate(testland, allInPerson, TODAY).eligible()).isTrue();
        assertThat(EligibilityRules.evaluate(testland, allTheory, TODAY).missing()).containsExactly("20 in-person hours");
    }

    @Test
    void a_board_that_counts_fifty_minute_hours_credits_more_than_one_hour_per_clock_hour() {
        assertThat(EligibilityRules.boardHours(BigDecimal.valueOf(50), 50)).isEqualByComparingTo("60");
        assertThat(EligibilityRules.boardHours(new BigDecimal("41.67"), 50)).isEqualByComparingTo("50");
        assertThat(EligibilityRules.boardHours(new BigDecimal("41.66"), 50)).isLessThan(BigDecimal.valueOf(50));
    }
}
