package academy.triggerpoint.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.domain.Attempt;
import academy.triggerpoint.assessment.domain.AttemptRepository;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import academy.triggerpoint.shared.Role;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The fixture's safety quiz has a 10-minute limit; extended time changes what each new attempt is given. */
@IntegrationTest
class TimeAccommodationsIT {

    static final String COURSE = "intro-course";
    static final String MODULE = "safety";

    @Autowired TimeAccommodations accommodations;
    @Autowired AttemptService attempts;
    @Autowired AttemptRepository attemptRows;
    @Autowired CatalogService catalog;
    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Attempt startQuizAs(LoginAccount learner) {
        SignIn.as(learner);
        catalog.enrol(COURSE);
        catalog.completeLesson(COURSE, "taut-bands");
        catalog.completeLesson(COURSE, "referred-pain");
        return attemptRows.findById(attempts.startOrResume(COURSE, MODULE)).orElseThrow();
    }

    @Test
    void a_manager_gives_their_staff_member_half_as_much_time_again_and_the_next_attempt_records_and_runs_on_it() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Extended time clinic", "Ada Slow-Reader");
        LoginAccount ada = clinic.staff().getFirst();

        TimeAccommodationLine line = accommodations.set(ada.id(), 50, false, "Disability services letter, 3 Nov 2026");

        assertThat(line.extraPercent()).isEqualTo(50);
        assertThat(line.setBy()).isEqualTo(clinic.manager().fullName());
        assertThat(accommodations.list()).extracting(TimeAccommodationLine::name).containsExactly("Ada Slow-Reader");
        Attempt attempt = startQuizAs(ada);
        assertThat(Duration.between(attempt.getStartedAt(), attempt.getDeadlineAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(attempt.getTimeLimitMinutes()).isEqualTo(10);
        assertThat(attempt.getExtraTimePercent()).isEqualTo(50);
        assertThat(attempts.overview(COURSE, MODULE).timeLimit()).isEqualTo(new TimeLimit(10, 50, false));
    }

    @Test
    void a_waived_limit_gives_no_deadline_and_an_attempt_already_running_keeps_the_time_it_started_with() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Waiver clinic", "Ben Breaks", "Cy Course");
        LoginAccount ben = clinic.staff().get(0);
        Attempt running = startQuizAs(ben);
        SignIn.as(clinic.manager());

        accommodations.set(ben.id(), 0, true, "Occupational health plan, ref OH-221");

        assertThat(attemptRows.findById(running.getId()).orElseThrow().getDeadlineAt()).isEqualTo(running.getDeadlineAt());
        LoginAccount cy = clinic.staff().get(1);
        accommodations.set(cy.id(), 0, true, "Occupational health plan, ref OH-222");
        Attempt waived = startQuizAs(cy);
        assertThat(waived.getDeadlineAt()).isNull();
        assertThat(waived.isTimeLimitWaived()).isTrue();
        assertThat(waived.getTimeLimitMinutes()).isEqualTo(10);
    }

    @Test
    void without_an_accommodation_the_course_limit_applies_and_after_one_is_ended_too() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Ended clinic", "Dee Done");
        LoginAccount dee = clinic.staff().getFirst();
        accommodations.set(dee.id(), 100, false, "Letter of 1 Dec 2026");
        accommodations.remove(dee.id());

        Attempt attempt = startQuizAs(dee);

        assertThat(Duration.between(attempt.getStartedAt(), attempt.getDeadlineAt())).isEqualTo(Duration.ofMinutes(10));
        assertThat(attempt.getExtraTimePercent()).isZero();
    }

    @Test
    void a_manager_cannot_set_extended_time_for_someone_outside_their_organisation_nor_for_themselves() {
        Clinics.Clinic other = Clinics.open(organisations, accounts, "Other clinic", "Eve Elsewhere");
        Clinics.Clinic mine = Clinics.open(organisations, accounts, "My clinic", "Fay Mine");

        assertThatThrownBy(() -> accommodations.set(other.staff().getFirst().id(), 50, false, "A letter"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accommodations.set(mine.manager().id(), 50, false, "A letter"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(accommodations.candidates("")).extracting(TimeAccommodations.Person::name).containsExactly("Fay Mine");
    }

    @Test
    void out_of_range_extra_time_and_a_missing_document_are_refused_naming_the_field() {
        Clinics.Clinic clinic = Clinics.open(organisations, accounts, "Checks clinic", "Gus Guess");
        long gus = clinic.staff().getFirst().id();

        assertThatThrownBy(() -> accommodations.set(gus, 5, false, "A letter"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("extraPercent"));
        assertThatThrownBy(() -> accommodations.set(gus, 1000, false, "A letter"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("extraPercent"));
        assertThatThrownBy(() -> accommodations.set(gus, 50, false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(accommodations.list()).isEmpty();
    }

    @Test
    void a_learner_can_neither_set_nor_read_extended_time() {
        SignIn.as(TestAccounts.create(accounts, "Curious Learner"));

        assertThatThrownBy(() -> accommodations.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accommodations.set(1, 50, false, "A letter")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_sets_it_for_anyone_and_sees_every_accommodation() {
        LoginAccount learner = TestAccounts.create(accounts, "Hal Anywhere");
        SignIn.as(TestAccounts.create(accounts, "Extended Time Admin", Role.ADMIN));

        accommodations.set(learner.id(), 25, false, "University access plan 2026");

        assertThat(accommodations.list()).extracting(TimeAccommodationLine::name).contains("Hal Anywhere");
    }
}
