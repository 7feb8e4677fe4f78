package academy.triggerpoint.competency;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.SystemTask;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.LocalFormats;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Reminder mail against a real SMTP server (GreenMail) started by the test. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class RemindersIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired SystemTask system;
    @Autowired Reminders reminders;
    @Autowired Assignments assignments;
    @Autowired Organisations organisations;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;
    @Autowired BackgroundWork background;

    Clinics.Clinic clinic;
    Instant savedTime;

    @BeforeEach
    void aClinic() throws Exception {
        savedTime = clock.instant();
        clinic = Clinics.open(organisations, accounts, "Reminder Clinic", "Aroha Ngata", "Ben Okafor");
        background.awaitDone();
        // Everything planned by earlier tests (their clinics) is sent first, so counts below are this test's own.
        system.run(reminders::runDaily);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void restore() {
        clock.set(savedTime);
        SignIn.out();
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The person's chosen interface language, kept with their account as the language switcher keeps it. */
    private void speaks(long accountId, String language) {
        var account = accounts.findById(accountId).orElseThrow();
        account.setLanguage(language);
        accounts.save(account);
    }

    /** The text of a mail as its reader sees it (decoded, whatever transfer encoding its umlauts needed). */
    private static String text(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void due_soon_and_overdue_reminders_go_once_to_the_person_with_a_daily_digest_to_the_manager() throws Exception {
        String aroha = clinic.staff().get(0).email();
        String ben = clinic.staff().get(1).email();
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(0).id()), null, today().plusDays(5));
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(1).id()), null, today().plusDays(30));

        ReminderRun first = system.run(reminders::runDaily);
        ReminderRun second = system.run(reminders::runDaily);

        assertThat(first.planned()).isEqualTo(2);
        assertThat(first.sent()).isEqualTo(2);
        assertThat(second.planned()).as("each reminder is sent once").isZero();
        assertThat(mailTo(aroha)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Due " + LocalFormats.date(today().plusDays(5), Languages.ENGLISH) + ": ");
            assertThat(text(m)).startsWith("Hello Aroha Ngata,").contains("Your training manager assigned you");
            assertThat(GreenMailUtil.getBody(m)).contains("Introduction to Trigger Points", "/courses/intro-course");
        });
        assertThat(mailTo(ben)).as("not due within 7 days").isEmpty();
        assertThat(mailTo(clinic.manager().email())).singleElement()
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("Aroha Ngata: Introduction to Trigger Points is due"));

        clock.advance(Duration.ofDays(6));
        ReminderRun overdue = system.run(reminders::runDaily);

        assertThat(overdue.planned()).isEqualTo(2);
        assertThat(mailTo(aroha)).hasSize(2).last().satisfies(m -> assertThat(m.getSubject()).startsWith("Overdue"));
        assertThat(mailTo(clinic.manager().email())).as("a new digest for the new day").hasSize(2);
    }

    @Test
    void a_german_staff_member_is_reminded_in_german_with_a_german_date_by_the_job_nobody_is_signed_in_to() throws Exception {
        String aroha = clinic.staff().get(0).email();
        speaks(clinic.staff().get(0).id(), "de");
        LocalDate due = today().plusDays(5);
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(0).id()), null, due);
        SignIn.out();

        system.run(reminders::runDaily);

        String germanDate = due.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN));
        assertThat(mailTo(aroha)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Fällig am " + germanDate + ": Introduction to Trigger Points");
            assertThat(text(m)).startsWith("Guten Tag Aroha Ngata,")
                    .contains("„Introduction to Trigger Points“ zugewiesen, fällig am " + germanDate + ".", "/courses/intro-course")
                    .doesNotContain("Your training manager", due.toString());
        });
        assertThat(mailTo(clinic.manager().email())).as("the manager chose no language: English")
                .singleElement().satisfies(m -> assertThat(text(m))
                        .contains("Aroha Ngata: Introduction to Trigger Points is due on " + LocalFormats.date(due, Languages.ENGLISH)));
    }

    @Test
    void the_managers_digest_is_in_the_managers_language_whatever_the_staff_speak() throws Exception {
        speaks(clinic.staff().get(0).id(), "de");
        speaks(clinic.manager().id(), "es");
        LocalDate due = today().plusDays(3);
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(0).id()), null, due);
        SignIn.out();

        system.run(reminders::runDaily);

        DateTimeFormatter spanish = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Languages.SPANISH);
        assertThat(mailTo(clinic.manager().email())).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Recordatorios de formación para su personal, " + today().format(spanish));
            assertThat(text(m)).startsWith("Hola, Manager of Reminder Clinic:")
                    .contains("- Aroha Ngata: «Introduction to Trigger Points» está pendiente para el " + due.format(spanish),
                            "/manager")
                    .doesNotContain("fällig", "Reminders sent");
        });
        assertThat(mailTo(clinic.staff().get(0).email())).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Fällig am "));
    }

    @Test
    void a_certificate_expiring_within_90_days_is_reminded_once_per_warning() {
        SignIn.as(clinic.staff().get(0));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        Instant completed = clock.instant();
        String aroha = clinic.staff().get(0).email();

        clock.set(completed.atOffset(ZoneOffset.UTC).plusMonths(24).minusDays(80).toInstant());
        system.run(reminders::runDaily);
        system.run(reminders::runDaily);
        assertThat(mailTo(aroha)).singleElement().satisfies(m -> assertThat(m.getSubject())
                .startsWith("Your certificate expires on").endsWith("Introduction to Trigger Points"));

        clock.set(completed.atOffset(ZoneOffset.UTC).plusMonths(24).minusDays(25).toInstant());
        system.run(reminders::runDaily);
        assertThat(mailTo(aroha)).as("the 30-day warning; the 60-day one was skipped over").hasSize(2);
    }

    @Test
    void a_failed_send_is_kept_and_retried_later_not_lost() {
        assignments.assign(FixtureJourneys.COURSE, List.of(clinic.staff().get(0).id()), null, today().plusDays(2));
        smtp.stop();

        ReminderRun down = system.run(reminders::runDaily);
        assertThat(down.planned()).isEqualTo(2);
        assertThat(down.failed()).isEqualTo(2);

        smtp.start();
        assertThat(system.run(reminders::sendDue).sent()).as("not before the pause is over").isZero();
        clock.advance(Reminders.pause(1).plusMinutes(1));
        ReminderRun retried = system.run(reminders::sendDue);

        assertThat(retried.sent()).isEqualTo(2);
        assertThat(mailTo(clinic.staff().get(0).email())).hasSize(1);
    }
}
