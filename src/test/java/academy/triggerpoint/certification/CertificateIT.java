package academy.triggerpoint.certification;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.FixtureJourneys;
import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.BackgroundWork;
import academy.triggerpoint.MutableClock;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.domain.Certificate;
import academy.triggerpoint.certification.domain.CertificateRepository;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CertificateIT {

    @Autowired CatalogService catalog;
    @Autowired AttemptService attempts;
    @Autowired CertificateService certificates;
    @Autowired CertificateIssuer issuer;
    @Autowired CertificateRepository rows;
    @Autowired AccountRepository accounts;
    @Autowired MutableClock clock;
    @Autowired BackgroundWork background;
    @Autowired CertificateAdministration administration;
    @Autowired academy.triggerpoint.people.ProfileService profiles;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private LoginAccount graduate(String name) {
        LoginAccount learner = TestAccounts.create(accounts, name);
        SignIn.as(learner);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();
        return learner;
    }

    private List<Certificate> certificatesOf(LoginAccount learner) {
        return rows.findByAccountIdOrderByIssuedAtDescIdDesc(learner.id());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void completing_a_course_issues_one_certificate_whose_pdf_prints_the_name_in_any_script() throws IOException {
        LoginAccount learner = graduate("Zoë Łukasz Ngũgĩ Αλέξανδρος Дмитрий");

        assertThat(certificatesOf(learner)).hasSize(1);
        CertificateSummary mine = certificates.mine().getFirst();
        assertThat(mine.courseTitle()).isEqualTo("Introduction to Trigger Points");
        assertThat(mine.status()).isEqualTo("VALID");
        assertThat(mine.code()).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}");
        byte[] pdf = certificates.pdf(mine.code()).orElseThrow();
        assertThat(text(pdf)).contains("Zoë Łukasz Ngũgĩ Αλέξανδρος Дмитрий", "Certificate of Completion",
                "Introduction to Trigger Points", "0.5 CE contact hours", "online, self-paced", "Test Board TB-0001",
                "Certificate " + mine.code(), "/verify/" + mine.code(), "Describe a taut band.",
                "does not by itself qualify or authorise anyone to perform dry needling");
        assertThat(certificatesOf(learner).getFirst().getPdfSha256()).isEqualTo(CertificateIssuer.sha256(pdf));
    }

    @Test
    void a_name_no_font_can_print_leaves_the_certificate_pending_with_the_reason_until_the_name_is_corrected() {
        LoginAccount learner = graduate("Ada \uD83E\uDDEA Lovelace");

        assertThat(certificatesOf(learner)).as("nothing half-drawn is stored").isEmpty();
        assertThat(certificates.myPending()).singleElement().satisfies(p -> {
            assertThat(p.courseTitle()).isEqualTo("Introduction to Trigger Points");
            assertThat(p.reason()).contains("U+1F9EA");
        });
        assertThat(background.failed()).as("a pending certificate is not a failure retried forever").isEmpty();
        SignIn.as(TestAccounts.create(accounts, "Certificate Admin", academy.triggerpoint.shared.Role.ADMIN));
        assertThat(administration.pending()).extracting(PendingCertificate::learnerName).contains("Ada \uD83E\uDDEA Lovelace");
        String key = administration.pending().stream().filter(p -> p.learnerName().startsWith("Ada "))
                .findFirst().orElseThrow().issueKey();
        assertThat(administration.tryAgain(key)).as("the same name fails the same way: still pending").isFalse();
        assertThat(administration.pending()).extracting(PendingCertificate::issueKey).contains(key);

        SignIn.as(learner);
        var profile = profiles.myProfile();
        profiles.updateMyProfile("Ada Lovelace", "PT-1815", profile.licenceCountry() == null ? "GB" : profile.licenceCountry(),
                profile.licenceRegion());
        background.awaitDone();

        assertThat(certificatesOf(learner)).singleElement()
                .satisfies(c -> assertThat(c.getLearnerName()).isEqualTo("Ada Lovelace"));
        assertThat(certificates.myPending()).isEmpty();
    }

    @Test
    void anyone_can_verify_a_code_and_learn_only_the_name_course_dates_and_hours() {
        graduate("Verified Person");
        String code = certificates.mine().getFirst().code();
        SignIn.out();

        Verification valid = certificates.verify(code.toLowerCase().replace("-", " "));
        assertThat(valid.status()).isEqualTo("VALID");
        assertThat(valid.learnerName()).isEqualTo("Verified Person");
        assertThat(valid.courseTitle()).isEqualTo("Introduction to Trigger Points");
        assertThat(valid.ceHours()).isEqualByComparingTo("0.5");
        assertThat(valid.expiresOn()).isEqualTo(valid.completedOn().plusMonths(24));

        assertThat(certificates.verify("0000-0000-0000-0000-0000-0000-00")).isEqualTo(Verification.notFound());
        assertThat(certificates.verify("not a code")).isEqualTo(Verification.notFound());

        Instant now = clock.instant();
        try {
            clock.advance(Duration.ofDays(366 * 2 + 1));
            assertThat(certificates.verify(code).status()).isEqualTo("EXPIRED");
        } finally {
            clock.set(now);
        }
    }

    @Test
    void a_learner_downloads_only_their_own_certificate() {
        graduate("Owner");
        String code = certificates.mine().getFirst().code();

        SignIn.as(TestAccounts.create(accounts, "Curious Colleague"));

        assertThat(certificates.pdf(code)).isEmpty();
        assertThat(certificates.mine()).isEmpty();
    }

    @Test
    void the_transcript_lists_certificates_that_count_with_totals_as_csv_and_pdf() throws IOException {
        graduate("Transcript Holder");

        Transcript transcript = certificates.transcript();
        assertThat(transcript.entries()).singleElement().satisfies(e -> assertThat(e.ceHours()).isEqualByComparingTo("0.5"));
        assertThat(transcript.totalHours()).isEqualByComparingTo("0.5");
        assertThat(transcript.hoursByCourse()).containsOnlyKeys("Introduction to Trigger Points");
        String code = transcript.entries().getFirst().code();
        assertThat(certificates.transcriptCsv().lines().toList()).containsExactly(
                "learner_name,licence_number,jurisdiction,course,version,completed,ce_hours,delivery_mode,status,"
                        + "certificate_code,verification_url",
                "\"Transcript Holder\",LIC-1,\"New Zealand\",\"Introduction to Trigger Points\",1.0.0,"
                        + transcript.entries().getFirst().completedOn() + ",0.5,\"Online, self-paced\",VALID,\"" + code
                        + "\",\"http://localhost:8080/verify/" + code + "\"");
        assertThat(text(certificates.transcriptPdf())).contains("Continuing education transcript", "Transcript Holder",
                "Registration LIC-1 · New Zealand", "Introduction to Trigger Points (1.0.0)", code,
                "Delivered online, self-paced: 0.5 CE contact hours", "All courses: 0.5 CE contact hours")
                .doesNotContain("Practical training");
        assertThat(transcript.practical()).as("no log, no observation, no jurisdiction: no practical section").isEmpty();
    }

    private void chooseLanguage(LoginAccount person, String language) {
        var account = accounts.findById(person.id()).orElseThrow();
        account.setLanguage(language);
        accounts.save(account);
    }

    @Test
    void certificates_and_the_transcript_are_printed_in_the_language_the_learner_chose_and_a_reissue_in_their_current_one()
            throws IOException {
        LoginAccount learner = TestAccounts.create(accounts, "Greta Gründlich");
        chooseLanguage(learner, "de");
        SignIn.as(learner);
        FixtureJourneys.completeTheCourse(catalog, attempts);
        background.awaitDone();

        String code = certificates.mine().getFirst().code();
        byte[] pdf = certificates.pdf(code).orElseThrow();
        assertThat(text(pdf)).contains("Abschlusszertifikat", "Hiermit wird bescheinigt, dass", "Greta Gründlich",
                "Introduction to Trigger Points", "0,5 Fortbildungsstunden (CE)", "Test Board TB-0001", "Zertifikat " + code,
                "Describe a taut band.").doesNotContain("Certificate of Completion", "CE contact hours");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
        assertThat(text(certificates.transcriptPdf())).contains("Fortbildungsnachweis", "Greta Gründlich",
                "Zulassungsnr. LIC-1 · New Zealand", "Introduction to Trigger Points (1.0.0)", "0,5", "gültig", code,
                "Lernform online, im eigenen Tempo: 0,5 Fortbildungsstunden (CE)", "Alle Kurse: 0,5 Fortbildungsstunden (CE)");
        assertThat(certificates.verify(code).courseTitle()).as("the verification data does not change")
                .isEqualTo("Introduction to Trigger Points");

        chooseLanguage(learner, "es");
        SignIn.as(TestAccounts.create(accounts, "Language Admin", academy.triggerpoint.shared.Role.ADMIN));
        CertificateRecord replacement = administration.reissue(code);
        SignIn.as(learner);

        assertThat(text(certificates.pdf(replacement.code()).orElseThrow())).contains("Certificado de finalización",
                "Greta Gründlich", "Introduction to Trigger Points", "0,5 horas de formación continua (CE)");
    }

    @Test
    void a_transcript_csv_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        graduate("=HYPERLINK(\"http://evil.example\",\"Transcript\")");

        assertThat(certificates.transcriptCsv().lines().skip(1).findFirst().orElseThrow())
                .startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Transcript\"\")\",LIC-1,");
    }

    @Test
    void a_certificate_expiring_within_ninety_days_is_flagged_for_its_owner() {
        graduate("Soon Expiring");
        assertThat(certificates.mine().getFirst().expiresInDays()).isNull();

        Instant now = clock.instant();
        try {
            clock.advance(Duration.ofDays(365 * 2 - 60));
            CertificateSummary soon = certificates.mine().getFirst();
            assertThat(soon.expiresInDays()).isBetween(55L, 65L);
        } finally {
            clock.set(now);
        }
    }

    @Test
    void one_address_gets_thirty_verifications_a_minute_and_is_then_asked_to_wait() {
        String address = "203.0.113.7";
        for (int i = 0; i < VerificationThrottle.LIMIT; i++) {
            assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", address).status()).isEqualTo("NOT_FOUND");
        }
        assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", address).status()).isEqualTo("RATE_LIMITED");
        assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", "198.51.100.9").status()).isEqualTo("NOT_FOUND");

        Instant now = clock.instant();
        try {
            clock.advance(VerificationThrottle.WINDOW.plusSeconds(1));
            assertThat(certificates.verify("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23", address).status()).isEqualTo("NOT_FOUND");
        } finally {
            clock.set(now);
        }
    }

    @Test
    void an_uploaded_file_matches_only_when_it_is_exactly_the_issued_pdf() {
        graduate("Uploading Person");
        String code = certificates.mine().getFirst().code();
        byte[] pdf = certificates.pdf(code).orElseThrow();
        SignIn.out();

        assertThat(certificates.matchUpload(pdf, "192.0.2.44").code()).isEqualTo(code);
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 0x01;
        assertThat(certificates.matchUpload(altered, "192.0.2.44").status()).isEqualTo("NOT_FOUND");
        assertThat(certificates.signingIdentity().sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void concurrent_deliveries_of_one_completion_issue_one_certificate() throws Exception {
        LoginAccount learner = graduate("Raced Completion");
        Certificate first = certificatesOf(learner).getFirst();
        rows.deleteAll(certificatesOf(learner));
        var completion = new academy.triggerpoint.catalog.CourseCompleted(learner.id(), first.getCourseId(),
                first.getVersionId(), first.getCompletedAt());

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return issuer.issue(completion);
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(certificatesOf(learner)).hasSize(1);
    }
}
