package academy.triggerpoint.competency;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.competency.CompetencyFramework.EvidenceKey;
import academy.triggerpoint.competency.CompetencyFramework.Route;
import academy.triggerpoint.competency.CompetencyRules.Evidence;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetencyRulesTest {

    private static final EvidenceKey QUIZ = EvidenceKey.quiz("foundations", "needle-safety");
    private static final EvidenceKey CASE = EvidenceKey.ofCase("foundations", "lung-field");
    private static final EvidenceKey REFRESHER_QUIZ = EvidenceKey.quiz("refresher", "essentials");
    private static final Route FOUNDATIONS = new Route("foundations", 24, List.of(QUIZ, CASE));
    private static final Route REFRESHER = new Route("refresher", 12, List.of(REFRESHER_QUIZ));

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static Instant dateOrNull(String date) {
        return date == null ? null : at(date);
    }

    @ParameterizedTest(name = "{0}: on {5} the status is {6}")
    @CsvSource(nullValues = "-", textBlock = """
            nothing on record,                       -,          -,          -,          -,          2026-11-22, NOT_STARTED
            enrolled only,                           2026-01-01, -,          -,          -,          2026-11-22, IN_PROGRESS
            achieved long before expiry,             2026-01-01, 2026-02-01, 2028-02-01, -,          2026-11-22, ACHIEVED
            expires in exactly 90 days,              2026-01-01, 2025-02-20, 2027-02-20, -,          2026-11-22, EXPIRING_90
            expires in 61 days,                      2026-01-01, 2025-01-22, 2027-01-22, -,          2026-11-22, EXPIRING_90
            expires in 60 days,                      2026-01-01, 2025-01-21, 2027-01-21, -,          2026-11-22, EXPIRING_60
            expires in 31 days,                      2026-01-01, 2024-12-23, 2026-12-23, -,          2026-11-22, EXPIRING_60
            expires in 30 days,                      2026-01-01, 2024-12-22, 2026-12-22, -,          2026-11-22, EXPIRING_30
            expires tomorrow,                        2026-01-01, 2024-11-23, 2026-11-23, -,          2026-11-22, EXPIRING_30
            expires at this very moment,             2026-01-01, 2024-11-22, 2026-11-22, -,          2026-11-22, EXPIRED
            expired last year,                       2026-01-01, 2023-01-01, 2025-01-01, -,          2026-11-22, EXPIRED
            never expires,                           2026-01-01, 2026-02-01, -,          -,          2036-11-22, ACHIEVED
            critical miss unresolved,                2026-01-01, -,          -,          2026-03-01, 2026-11-22, NEEDS_REMEDIATION
            critical miss outranks an achievement,   2026-01-01, 2026-02-01, 2028-02-01, 2026-03-01, 2026-11-22, NEEDS_REMEDIATION
            """)
    void the_status_follows_from_the_standing_and_the_day(String situation, String started, String achieved, String expires,
                                                          String remediation, String today, CompetencyStatus expected) {
        Standing standing = new Standing(dateOrNull(started), dateOrNull(achieved), dateOrNull(expires), dateOrNull(remediation));

        assertThat(standing.statusAt(at(today))).as(situation).isEqualTo(expected);
    }

    @Test
    void a_competency_is_achieved_at_the_last_pass_of_its_evidence_and_holds_for_the_course_validity() {
        Map<EvidenceKey, Evidence> evidence = Map.of(
                QUIZ, new Evidence(at("2026-01-10"), at("2026-01-12"), null),
                CASE, new Evidence(at("2026-01-15"), at("2026-02-03"), null));

        Standing standing = CompetencyRules.derive(List.of(FOUNDATIONS), evidence, Map.of("foundations", at("2026-01-05")));

        assertThat(standing).isEqualTo(new Standing(at("2026-01-05"), at("2026-02-03"), at("2028-02-03"), null));
    }

    @Test
    void one_missing_piece_of_evidence_leaves_it_in_progress_from_the_first_attempt() {
        Map<EvidenceKey, Evidence> evidence = Map.of(QUIZ, new Evidence(at("2026-01-10"), at("2026-01-12"), null));

        Standing standing = CompetencyRules.derive(List.of(FOUNDATIONS), evidence, Map.of());

        assertThat(standing.achievedAt()).isNull();
        assertThat(standing.startedAt()).isEqualTo(at("2026-01-10"));
        assertThat(standing.statusAt(at("2026-11-22"))).isEqualTo(CompetencyStatus.IN_PROGRESS);
    }

    @Test
    void a_critical_miss_needs_remediation_until_that_case_is_passed() {
        Map<EvidenceKey, Evidence> evidence = new HashMap<>();
        evidence.put(QUIZ, new Evidence(at("2026-01-10"), at("2026-01-12"), null));
        evidence.put(CASE, new Evidence(at("2026-01-15"), null, at("2026-01-15")));

        Standing failed = CompetencyRules.derive(List.of(FOUNDATIONS), evidence, Map.of());
        assertThat(failed.remediationSince()).isEqualTo(at("2026-01-15"));
        assertThat(failed.statusAt(at("2026-11-22"))).isEqualTo(CompetencyStatus.NEEDS_REMEDIATION);

        evidence.put(CASE, new Evidence(at("2026-01-15"), at("2026-01-20"), at("2026-01-15")));
        Standing passed = CompetencyRules.derive(List.of(FOUNDATIONS), evidence, Map.of());
        assertThat(passed.remediationSince()).isNull();
        assertThat(passed.statusAt(at("2026-11-22"))).isEqualTo(CompetencyStatus.ACHIEVED);
    }

    @Test
    void a_refresher_renews_the_competency_for_its_own_validity_and_the_longest_holding_route_counts() {
        Map<EvidenceKey, Evidence> evidence = Map.of(
                QUIZ, new Evidence(at("2024-01-10"), at("2024-01-12"), null),
                CASE, new Evidence(at("2024-01-15"), at("2024-01-16"), null),
                REFRESHER_QUIZ, new Evidence(at("2025-12-01"), at("2025-12-02"), null));

        Standing standing = CompetencyRules.derive(List.of(FOUNDATIONS, REFRESHER), evidence, Map.of());

        assertThat(standing.achievedAt()).isEqualTo(at("2025-12-02"));
        assertThat(standing.expiresAt()).isEqualTo(at("2026-12-02"));
        assertThat(standing.statusAt(at("2026-11-22"))).isEqualTo(CompetencyStatus.EXPIRING_30);
    }

    @Test
    void a_later_achievement_through_another_route_resolves_an_earlier_critical_miss() {
        Map<EvidenceKey, Evidence> evidence = Map.of(
                QUIZ, new Evidence(at("2024-01-10"), at("2024-01-12"), null),
                CASE, new Evidence(at("2024-01-15"), null, at("2024-01-15")),
                REFRESHER_QUIZ, new Evidence(at("2025-12-01"), at("2025-12-02"), null));

        Standing standing = CompetencyRules.derive(List.of(FOUNDATIONS, REFRESHER), evidence, Map.of());

        assertThat(standing.remediationSince()).isNull();
        assertThat(standing.statusAt(at("2026-01-22"))).isEqualTo(CompetencyStatus.ACHIEVED);
    }

    @ParameterizedTest(name = "due {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            2026-12-31, 2026-11-22, OPEN
            2026-11-30, 2026-11-22, OPEN
            2026-11-29, 2026-11-22, DUE_SOON
            2026-11-22, 2026-11-22, DUE_SOON
            2026-11-21, 2026-11-22, OVERDUE
            """)
    void an_assignment_is_due_soon_seven_days_ahead_and_overdue_the_day_after_its_due_date(String due, String today,
                                                                                          AssignmentState expected) {
        assertThat(AssignmentState.of(java.time.LocalDate.parse(due), false, false, java.time.LocalDate.parse(today)))
                .isEqualTo(expected);
    }

    @Test
    void completed_and_cancelled_assignments_are_never_overdue() {
        java.time.LocalDate past = java.time.LocalDate.parse("2026-01-01");
        java.time.LocalDate today = java.time.LocalDate.parse("2026-11-22");
        assertThat(AssignmentState.of(past, true, false, today)).isEqualTo(AssignmentState.COMPLETED);
        assertThat(AssignmentState.of(past, false, true, today)).isEqualTo(AssignmentState.CANCELLED);
    }
}
