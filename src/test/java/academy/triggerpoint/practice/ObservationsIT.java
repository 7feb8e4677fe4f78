package academy.triggerpoint.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.competency.CompetencyDashboard;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Direct observation through the services: a supervisor observes a colleague, the signed result
 * never changes, the competency ledger hears of it after commit (as the system, with nobody signed
 * in), and every kind of bad input is refused with nothing stored.
 */
@IntegrationTest
class ObservationsIT {

    static final String STEPS_OF_FIXTURE = "hand-hygiene landmarks pincer-grip sharps observe-after";

    @Autowired Observations observations;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired BackgroundWork background;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyDashboard dashboard;

    Clinics.Clinic clinic;
    LoginAccount aroha;
    LoginAccount sam;
    LocalDate today;
    java.time.Instant start;

    /** The fixture practical marked: every step done except those given as false. */
    static NewObservation observed(long learnerId, LocalDate on, Map<String, Boolean> except) {
        Map<String, Boolean> done = new HashMap<>();
        for (String step : STEPS_OF_FIXTURE.split(" ")) {
            done.put(step, except.getOrDefault(step, true));
        }
        return new NewObservation(learnerId, "intro-course", "observed-needling", on, done, Map.of("landmarks", "Marked C7 and acromion"),
                "Calm and methodical");
    }

    @BeforeEach
    void aClinicWithALearnerAndASupervisor() {
        clinic = Clinics.open(organisations, accounts, "Observed Clinic", "Aroha Observed", "Sam Assessor");
        aroha = clinic.staff().get(0);
        sam = Clinics.supervisor(organisations, clinic.staff().get(1));
        start = clock.instant();
        today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    }

    @AfterEach
    void signOutAndRestoreTheClock() {
        SignIn.out();
        clock.set(start);
    }

    private CompetencyStatus observedNeedling() {
        return dashboard.person(aroha.id()).competencies().stream().filter(c -> c.competency().id().equals("observed-needling"))
                .findFirst().orElseThrow().status();
    }

    private java.util.List<PracticalStatus> observedOf(long accountId) {
        return jurisdictions.myStaffPractical(Jurisdictions.PracticalQuery.everyone(), 0, 100).rows().stream()
                .filter(r -> r.member().accountId() == accountId).findFirst().orElseThrow().observed();
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from practice_observation where account_id = ?", Integer.class, aroha.id());
    }

    @Test
    void a_missed_critical_step_fails_whatever_the_rest_and_the_signed_result_is_kept_with_its_hash() {
        SignIn.as(sam);
        Observation failed = observations.record(observed(aroha.id(), today.minusDays(2), Map.of("sharps", false)));

        assertThat(failed.passed()).isFalse();
        assertThat(failed.criticalMissed()).isTrue();
        assertThat(failed.stepsDone()).isEqualTo(4);
        assertThat(failed.validUntil()).isNull();
        assertThat(failed.assessorName()).isEqualTo("Sam Assessor");
        assertThat(failed.contentHash()).hasSize(64).isEqualTo(Observations.contentHash(failed));
        assertThat(failed.steps()).filteredOn(s -> s.stepId().equals("landmarks")).singleElement()
                .satisfies(s -> assertThat(s.comment()).isEqualTo("Marked C7 and acromion"));

        Observation passed = observations.record(observed(aroha.id(), today, Map.of("observe-after", false)));
        assertThat(passed.passed()).as("4 of 5 is 80%, above the fixture's 75%").isTrue();
        assertThat(passed.validUntil()).isEqualTo(today.plusMonths(12).minusDays(1));

        SignIn.as(aroha);
        assertThat(observations.mine()).extracting(Observation::passed).containsExactly(true, false);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('observation-passed', "
                + "'observation-not-passed') and subject = ?", Integer.class, "account:" + aroha.id())).isEqualTo(2);
    }

    @Test
    void the_ledger_hears_of_an_observation_after_commit_and_a_critical_miss_needs_remediation_until_a_pass() {
        SignIn.as(sam);
        observations.record(observed(aroha.id(), today.minusDays(1), Map.of("pincer-grip", false)));
        SignIn.out();
        background.awaitDone();
        SignIn.as(clinic.manager());
        assertThat(observedNeedling()).isEqualTo(CompetencyStatus.NEEDS_REMEDIATION);

        SignIn.as(sam);
        observations.record(observed(aroha.id(), today, Map.of()));
        SignIn.out();
        background.awaitDone();
        SignIn.as(clinic.manager());
        assertThat(observedNeedling()).isEqualTo(CompetencyStatus.ACHIEVED);

        clock.advance(Duration.ofDays(366));
        assertThat(observedNeedling()).isEqualTo(CompetencyStatus.EXPIRED);
    }

    @Test
    void bad_input_is_refused_with_the_field_and_nothing_is_stored() {
        LoginAccount outsider = Clinics.open(organisations, accounts, "Other Clinic", "Olive Outsider").staff().get(0);
        SignIn.as(sam);
        Map<String, Boolean> unmarked = new HashMap<>(observed(aroha.id(), today, Map.of()).done());
        unmarked.remove("sharps");

        assertThatThrownBy(() -> observations.record(observed(outsider.id(), today, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessage("You can assess only people of the organisation you supervise.");
        assertThatThrownBy(() -> observations.record(observed(sam.id(), today, Map.of())))
                .hasMessage("Nobody assesses their own practical: ask another supervisor.");
        assertThatThrownBy(() -> observations.record(observed(aroha.id(), today.plusDays(1), Map.of())))
                .hasMessage("Give the day of the observation, not in the future.");
        assertThatThrownBy(() -> observations.record(observed(aroha.id(), today.minusDays(31), Map.of())))
                .hasMessageContaining("within 30 days");
        assertThatThrownBy(() -> observations.record(new NewObservation(aroha.id(), "intro-course", "observed-needling", today,
                unmarked, Map.of(), null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Mark the step “Puts each used needle into the sharps container at once” as done or not done.");
        assertThatThrownBy(() -> observations.record(new NewObservation(aroha.id(), "intro-course", "observed-needling", today,
                observed(aroha.id(), today, Map.of()).done(), Map.of("landmarks", "Patient DOB 12/03/1961"), null)))
                .hasMessageContaining("must not identify the patient");
        assertThatThrownBy(() -> observations.record(new NewObservation(aroha.id(), "intro-course", "juggling", today, Map.of(),
                Map.of(), null))).hasMessage("No current course has the practical 'intro-course/juggling'.");
        assertThat(stored()).isZero();

        SignIn.as(aroha);
        assertThatThrownBy(() -> observations.record(observed(aroha.id(), today, Map.of())))
                .as("a learner who is not a supervisor cannot sign an observation").isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void a_manager_sees_the_latest_observation_of_each_practical_of_their_own_staff_only() {
        SignIn.as(sam);
        observations.record(observed(aroha.id(), today.minusDays(3), Map.of("sharps", false)));
        observations.record(observed(aroha.id(), today, Map.of()));

        SignIn.as(clinic.manager());
        assertThat(observedOf(aroha.id())).singleElement().satisfies(o -> assertThat(o.passed()).isTrue());
        LoginAccount otherManager = Clinics.open(organisations, accounts, "Elsewhere", "Eli Elsewhere").manager();
        SignIn.as(otherManager);
        assertThat(jurisdictions.myStaffPractical(Jurisdictions.PracticalQuery.everyone(), 0, 100).rows())
                .noneMatch(r -> r.member().accountId() == aroha.id());
        assertThatThrownBy(() -> observations.ofMyStaffMember(aroha.id())).hasMessage("No such person in your organisation.");
    }
}
