package academy.triggerpoint.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The practical log and jurisdiction eligibility through their services, as learner, supervisor
 * and manager of one clinic, with the fixture jurisdictions Fixtureland (little to do) and
 * Strictland (much more).
 */
@IntegrationTest
class PracticeIT {

    @Autowired PracticeLog log;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Observations observations;
    @Autowired academy.triggerpoint.certification.CertificateService certificates;
    @Autowired Organisations organisations;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired academy.triggerpoint.assessment.CaseService cases;
    @Autowired BackgroundWork background;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    Clinics.Clinic clinic;
    LoginAccount aroha;
    LoginAccount sam;
    LocalDate today;

    @BeforeEach
    void aClinicWithALearnerAndASupervisor() {
        clinic = Clinics.open(organisations, accounts, "Needle Clinic", "Aroha Ngata", "Sam Supervisor");
        aroha = clinic.staff().get(0);
        sam = Clinics.supervisor(organisations, clinic.staff().get(1));
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SignIn.as(aroha);
        jurisdictions.register("xx-fixture", "FX-1234", today.minusYears(3));
        jurisdictions.register("xx-strict", "ST-99", today.minusYears(3));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private NewPracticeEntry entry(PracticeMode mode, String hours, int sessions) {
        return new NewPracticeEntry(today.minusDays(10), new BigDecimal(hours), mode, "Fixture dry needling workshop",
                Set.of("cervical", "shoulder-girdle"), sessions, sam.id(), "Upper trapezius, 30 mm needles", null);
    }

    private long logAndSign(NewPracticeEntry entry) {
        SignIn.as(aroha);
        long id = log.record(entry);
        SignIn.as(sam);
        log.countersign(id);
        SignIn.as(aroha);
        return id;
    }

    private Eligibility in(String code) {
        SignIn.as(aroha);
        return jurisdictions.mine().stream().filter(s -> s.rules().code().equals(code)).findFirst().orElseThrow().eligibility();
    }

    @Test
    void entries_count_only_once_countersigned_and_a_countersigned_entry_cannot_be_decided_again() {
        long id = log.record(entry(PracticeMode.SUPERVISED_NEEDLING, "1.5", 3));
        assertThat(log.mine().totals().supervisedSessions()).as("before the supervisor signs").isZero();

        SignIn.as(sam);
        assertThat(log.awaitingMySignature()).extracting(PracticeEntry::id).containsExactly(id);
        PracticeEntry signed = log.countersign(id);

        assertThat(signed.status()).isEqualTo(PracticeEntry.Status.COUNTERSIGNED);
        assertThat(signed.decidedByName()).isEqualTo("Sam Supervisor");
        assertThat(signed.decidedAt()).isEqualTo(clock.instant());
        assertThat(signed.contentHash()).hasSize(64).isEqualTo(PracticeLog.contentHash(aroha.id(), signed.date(), new BigDecimal("1.5"),
                signed.mode(), signed.training(), signed.regions(), 3, sam.id(), signed.note(), null));
        assertThatThrownBy(() -> log.countersign(id)).isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> log.returnEntry(id, "Too late")).isInstanceOf(InvalidInputException.class);
        SignIn.as(aroha);
        PracticeTotals totals = log.mine().totals();
        assertThat(totals.supervisedSessions()).isEqualTo(3);
        assertThat(totals.hours(PracticeMode.SUPERVISED_NEEDLING)).isEqualByComparingTo("1.5");
        assertThat(totals.hoursByRegion().get("cervical")).isEqualByComparingTo("1.5");
        assertThat(totals.hoursByRegion().get("lumbar")).isEqualByComparingTo("0");
    }

    @Test
    void nobody_signs_their_own_entry_or_one_of_another_organisation_or_one_naming_someone_else() {
        long id = log.record(entry(PracticeMode.SUPERVISED_NEEDLING, "2", 2));
        assertThatThrownBy(() -> log.countersign(id)).as("a learner is no supervisor").isInstanceOf(AccessDeniedException.class);

        Clinics.Clinic other = Clinics.open(organisations, accounts, "Other Clinic", "Olly Other");
        LoginAccount outsider = Clinics.supervisor(organisations, other.staff().getFirst());
        SignIn.as(outsider);
        assertThatThrownBy(() -> log.countersign(id)).isInstanceOf(NotFoundException.class);
        assertThat(log.awaitingMySignature()).isEmpty();

        SignIn.as(aroha);
        assertThatThrownBy(() -> log.record(new NewPracticeEntry(today, BigDecimal.ONE, PracticeMode.SUPERVISED_NEEDLING, "Clinic day",
                Set.of("lumbar"), 1, outsider.id(), null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Name a supervisor of your own organisation.");
        assertThatThrownBy(() -> log.record(new NewPracticeEntry(today, BigDecimal.ONE, PracticeMode.SUPERVISED_NEEDLING, "Clinic day",
                Set.of("lumbar"), 1, null, null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("Name the supervisor who will countersign this entry.");
        assertThat(jdbc.queryForObject("select count(*) from practice_entry where account_id = ?", Integer.class, aroha.id()))
                .as("refused entries leave nothing behind").isOne();
    }

    @Test
    void a_returned_entry_is_corrected_by_a_new_entry_and_only_the_countersigned_correction_counts() {
        long first = log.record(entry(PracticeMode.IN_PERSON_COURSE, "8", 0));
        SignIn.as(sam);
        log.returnEntry(first, "The workshop was 6 hours, not 8.");
        SignIn.as(aroha);
        assertThat(log.mine().totals().hours(PracticeMode.IN_PERSON_COURSE)).isEqualByComparingTo("0");

        NewPracticeEntry fixed = new NewPracticeEntry(today.minusDays(10), new BigDecimal("6"), PracticeMode.IN_PERSON_COURSE,
                "Fixture dry needling workshop", Set.of("cervical"), 0, sam.id(), null, first);
        long correction = logAndSign(fixed);

        assertThat(log.mine().totals().hours(PracticeMode.IN_PERSON_COURSE)).isEqualByComparingTo("6");
        assertThat(log.mine().entries()).filteredOn(e -> e.id() == correction).singleElement()
                .extracting(PracticeEntry::corrects).isEqualTo(first);
        assertThatThrownBy(() -> log.record(fixed)).hasMessage("That entry has a correction already.");

        // A countersigned entry is corrected the same way; it stops counting once the correction is signed.
        long replacement = logAndSign(new NewPracticeEntry(today.minusDays(10), new BigDecimal("5"), PracticeMode.IN_PERSON_COURSE,
                "Fixture dry needling workshop", Set.of("cervical"), 0, sam.id(), null, correction));
        assertThat(log.mine().totals().hours(PracticeMode.IN_PERSON_COURSE)).isEqualByComparingTo("5");
        assertThat(log.mine().entries()).filteredOn(e -> e.id() == correction).singleElement()
                .extracting(PracticeEntry::correctedBy).isEqualTo(replacement);
    }

    @Test
    void impossible_or_identifying_entries_are_refused_with_the_field_and_change_nothing() {
        record Case(NewPracticeEntry entry, String field, String message) {
        }
        NewPracticeEntry ok = entry(PracticeMode.SUPERVISED_NEEDLING, "2", 2);
        List<Case> cases = List.of(
                new Case(withHours(ok, "25"), "hours", "Hours must be at most 24, to two decimals."),
                new Case(withDate(ok, today.plusDays(1)), "date", "is in the future"),
                new Case(withDate(ok, today.minusYears(4)), "date", "is before you were first licensed"),
                new Case(withNote(ok, "Patient DOB 12/03/1961"), "note", "must not identify patients"),
                new Case(new NewPracticeEntry(ok.date(), ok.hours(), PracticeMode.ONLINE_THEORY, ok.training(), ok.regions(), 2,
                        sam.id(), null, null), "sessions", "belong to supervised clinical needling"),
                new Case(new NewPracticeEntry(ok.date(), ok.hours(), ok.mode(), ok.training(), Set.of("spleen"), 2, sam.id(), null,
                        null), "regions", "'spleen' is not one of the body regions."));
        for (Case c : cases) {
            assertThatThrownBy(() -> log.record(c.entry())).as(c.field()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(c.message()).extracting("field").isEqualTo(c.field());
        }
        log.record(withHours(ok, "20"));
        assertThatThrownBy(() -> log.record(withHours(ok, "5"))).hasMessageContaining("more than 24 hours in one day");
        assertThat(jdbc.queryForObject("select count(*) from practice_entry where account_id = ?", Integer.class, aroha.id())).isOne();
    }

    private static NewPracticeEntry withHours(NewPracticeEntry e, String hours) {
        return new NewPracticeEntry(e.date(), new BigDecimal(hours), e.mode(), e.training(), e.regions(), e.sessions(), e.supervisorId(),
                e.note(), e.corrects());
    }

    private static NewPracticeEntry withDate(NewPracticeEntry e, LocalDate date) {
        return new NewPracticeEntry(date, e.hours(), e.mode(), e.training(), e.regions(), e.sessions(), e.supervisorId(), e.note(),
                e.corrects());
    }

    private static NewPracticeEntry withNote(NewPracticeEntry e, String note) {
        return new NewPracticeEntry(e.date(), e.hours(), e.mode(), e.training(), e.regions(), e.sessions(), e.supervisorId(), note,
                e.corrects());
    }

    @Test
    void a_region_a_course_adds_can_be_logged_and_an_unknown_region_is_refused_by_name() {
        assertThat(log.bodyRegions()).containsEntry("cervical", "Cervical").containsEntry("jaw-face", "Jaw and face");
        NewPracticeEntry jaw = new NewPracticeEntry(today.minusDays(4), BigDecimal.ONE, PracticeMode.IN_PERSON_COURSE, "TMJ workshop",
                Set.of("jaw-face"), 0, sam.id(), null, null);
        long id = log.record(jaw);
        assertThat(log.mine().entries()).filteredOn(e -> e.id() == id).singleElement()
                .satisfies(e -> assertThat(e.regionLabels(log.bodyRegions())).isEqualTo("Jaw and face"));

        NewPracticeEntry elbow = new NewPracticeEntry(today.minusDays(4), BigDecimal.ONE, PracticeMode.IN_PERSON_COURSE, "Workshop",
                Set.of("tennis-elbow"), 0, sam.id(), null, null);
        assertThatThrownBy(() -> log.record(elbow)).isInstanceOf(InvalidInputException.class)
                .hasMessage("'tennis-elbow' is not one of the body regions.");
    }

    @Test
    void a_learner_becomes_eligible_in_one_jurisdiction_and_not_the_other_and_the_manager_reads_why() {
        assertThat(in("xx-fixture").summary()).isEqualTo("Fixtureland (fictional): 2 theory hours, 4 in-person hours, "
                + "3 supervised sessions, the competency Needle safety, a passed observation of “Observed needling of the upper "
                + "trapezius” and “Notice of training sent to the Fixtureland board” missing");

        logAndSign(entry(PracticeMode.ONLINE_THEORY, "2", 0));
        logAndSign(entry(PracticeMode.IN_PERSON_COURSE, "2.5", 0));
        logAndSign(entry(PracticeMode.SUPERVISED_NEEDLING, "1.5", 3));
        FixtureJourneys.completeTheCourse(catalog, attempts);
        FixtureJourneys.takeTheAnticoagulationCase(cases, true);
        background.awaitDone();
        assertThat(in("xx-fixture").missing()).containsExactly("a passed observation of “Observed needling of the upper trapezius”",
                "“Notice of training sent to the Fixtureland board”");
        SignIn.as(sam);
        observations.record(ObservationsIT.observed(aroha.id(), today, Map.of()));
        SignIn.as(aroha);

        assertThatThrownBy(() -> jurisdictions.recordAttestation("xx-fixture", "board-notice", today, "notice.pdf", new byte[0]))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Attach the evidence");
        jurisdictions.recordAttestation("xx-fixture", "board-notice", today, "notice.pdf", "%PDF-1.7".getBytes());

        assertThat(in("xx-fixture").eligible()).isTrue();
        assertThat(in("xx-strict").summary()).isEqualTo("Strictland (fictional): 35.2 in-person hours and 22 supervised sessions missing");

        SignIn.as(clinic.manager());
        assertThat(jurisdictions.ofMyStaff().get(aroha.id())).extracting(s -> s.eligibility().summary())
                .containsExactly("Fixtureland (fictional): eligible",
                        "Strictland (fictional): 35.2 in-person hours and 22 supervised sessions missing");
        assertThat(names(new Jurisdictions.PracticalQuery("xx-fixture", Jurisdictions.PracticalQuery.Cleared.CLEARED)))
                .containsExactly("Aroha Ngata");
        assertThat(names(new Jurisdictions.PracticalQuery("xx-strict", Jurisdictions.PracticalQuery.Cleared.CLEARED))).isEmpty();
        assertThat(names(new Jurisdictions.PracticalQuery(null, Jurisdictions.PracticalQuery.Cleared.CLEARED)))
                .as("cleared everywhere they practise").isEmpty();
        assertThat(names(new Jurisdictions.PracticalQuery(null, Jurisdictions.PracticalQuery.Cleared.NOT_CLEARED)))
                .as("not cleared somewhere, or no jurisdiction recorded").contains("Aroha Ngata", "Sam Supervisor");
        assertThat(jurisdictions.myStaffPractical(Jurisdictions.PracticalQuery.everyone(), 1, 1).rows()).hasSize(1);
        assertThat(jurisdictions.myStaffPractical(Jurisdictions.PracticalQuery.everyone(), 1, 1).total()).isEqualTo(3);
        assertThat(log.totalsOfMyStaff().get(aroha.id()).supervisedSessions()).isEqualTo(3);
        assertThat(log.logOfMyStaffMember(aroha.id())).hasSize(3);
        assertThat(new String(jurisdictions.exportMyStaff(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("name,email,online_theory_hours,in_person_hours,supervised_sessions,observed_in_date,jurisdiction,licence,"
                        + "cleared_to_needle,missing")
                .contains("\"Aroha Ngata\",\"" + aroha.email() + "\",2,4,3,\"Observed needling of the upper trapezius\","
                                + "\"Fixtureland (fictional)\",FX-1234,yes,\n",
                        "\"Strictland (fictional)\",ST-99,no,\"35.2 in-person hours; 22 supervised sessions\"");

        SignIn.as(aroha);
        String transcript = pdfText(certificates.transcriptPdf());
        assertThat(transcript).contains("Delivered online, self-paced: 0.5 CE contact hours",
                "Practical training (countersigned clock hours)", "Online theory: 2 hours", "In-person courses: 2.5 hours",
                "Supervised clinical needling: 1.5 hours, 3 patient sessions",
                "Passed " + today + ": Observed needling of the upper trapezius, observed by Sam Supervisor, valid until "
                        + today.plusMonths(12).minusDays(1),
                "Fixtureland (fictional) Licence FX-1234 · eligible to dry needle",
                "Strictland (fictional) Licence ST-99 · not eligible yet: 35.2 in-person hours; 22 supervised sessions",
                "The board counts an hour as 50 minutes: the 0.5 CE contact hours above (60 minutes each) are 0.6 of its hours.",
                "A qualifying certificate states: Fictional wording for tests.",
                "Fields the board expects on a certificate: course title, contact hours.", "Keep certificates for at least 4 years.");
    }

    private List<String> names(Jurisdictions.PracticalQuery query) {
        return jurisdictions.myStaffPractical(query, 0, 50).rows().stream().map(r -> r.member().fullName()).toList();
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
