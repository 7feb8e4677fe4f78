package academy.triggerpoint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.catalog.domain.Enrolment;
import academy.triggerpoint.catalog.domain.EnrolmentRepository;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The shipped Needle Safety Refresher is only for people who completed Dry Needling Foundations. */
@IntegrationTest
@TestPropertySource(properties = "academy.courses.folder=courses")
class RefresherRequirementIT {

    private static final String FOUNDATIONS = "dry-needling-foundations";
    private static final String REFRESHER = "needle-safety-refresher";

    @Autowired CatalogService catalog;
    @Autowired EnrolmentRepository enrolments;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_refresher_alone_can_never_be_taken_without_the_course_it_renews() {
        LoginAccount newcomer = TestAccounts.create(accounts, "Newcomer Without Foundations");
        SignIn.as(newcomer);

        assertThat(catalog.outline(REFRESHER).cannotEnrolBecause()).contains("Dry Needling Foundations");
        assertThatThrownBy(() -> catalog.enrol(REFRESHER)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("complete it first");
        assertThat(catalog.outline(REFRESHER).enrolled()).isFalse();

        // As if Foundations had been completed (completing it through the services is CourseCompletionIT's work).
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            Enrolment foundations = enrolments.save(new Enrolment(newcomer.id(), FOUNDATIONS,
                    catalog.currentCourse(FOUNDATIONS).versionId(), clock.instant()));
            enrolments.markCompleted(foundations.getId(), clock.instant());
        });

        assertThat(catalog.outline(REFRESHER).cannotEnrolBecause()).isNull();
        assertThat(catalog.enrol(REFRESHER).enrolled()).isTrue();
    }
}
