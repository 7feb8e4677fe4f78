package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.certification.pdf.TaggedPdfTest.Tagged;
import academy.triggerpoint.shared.i18n.Translations;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Certificates and transcripts in the language the learner chose, with the course's own texts (its
 * title and objectives) tagged with the course's language so that a screen reader switches.
 */
class CertificateLanguagesTest {

    private static final Translations TEXTS = new Translations();
    private static CertificateSigner signer;

    @BeforeAll
    static void aSigningKey() {
        SelfSignedKey key = SelfSignedKey.create("CN=Test signer", Instant.parse("2026-11-22T00:00:00Z"), Duration.ofDays(1));
        signer = new CertificateSigner(key.key(), List.of(key.certificate()));
    }

    /** The wording of the application's bundles in a language. */
    static Wording wording(String language) {
        return Wording.of(language, TEXTS::getTranslation);
    }

    /** The test certificate for a course written in another language than English. */
    private static CertificateContent courseIn(String language, String title, List<String> objectives) {
        CertificateContent c = CertificatePdfTest.CONTENT;
        return new CertificateContent(c.learnerName(), c.licenceNumber(), c.jurisdiction(), title, c.courseVersion(),
                c.contentHash(), c.completedOn(), c.ceHours(), "online-self-paced", objectives, c.providerName(),
                c.approvals(), c.presenters(), c.code(), c.issuedOn(), c.expiresOn(), c.verifyUrl(), language);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** A transcript of enough certificates of an English course to run over pages, worded in a language. */
    private static byte[] transcript(Wording w, int certificates) {
        List<TranscriptPdf.Line> lines = new ArrayList<>();
        for (int i = 1; i <= certificates; i++) {
            lines.add(new TranscriptPdf.Line(List.of("Dry Needling of the Cervical and Thoracic Spine, part " + i + " (1.0." + i
                    + ")", "2026-11-" + (10 + i % 18), "6,5", w.text("certification.pdf.transcript.status.valid"),
                    "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-" + (10 + i)), "en"));
        }
        return TranscriptPdf.render("Zoë Łukasz Ngũgĩ", w.registration("PT-12345", "Wellington, New Zealand"),
                "Trigger Point Academy", LocalDate.of(2026, 11, 22), lines,
                List.of(w.text("certification.pdf.transcript.total", "2026", new BigDecimal("6.5").multiply(BigDecimal.valueOf(certificates))),
                        w.text("certification.pdf.transcript.total.delivered", w.deliveryMode("online-self-paced"),
                                new BigDecimal("6.5").multiply(BigDecimal.valueOf(certificates))),
                        w.text("certification.pdf.transcript.total.all", new BigDecimal("6.5").multiply(BigDecimal.valueOf(certificates)))),
                List.of(new TranscriptPdf.Section(w.text("certification.pdf.transcript.observed.title"),
                        List.of(w.text("certification.pdf.transcript.observed.none")))), w);
    }

    private static void assertConforms(byte[] pdf, PDFAFlavour profile) throws Exception {
        List<String> failed = VeraPdf.failedRules(pdf, profile);
        assertThat(failed).as("rules of %s that veraPDF finds broken:%n%s", profile.getId(), String.join("\n", failed)).isEmpty();
    }

    @Test
    void a_german_learners_certificate_is_worded_in_german_and_prints_the_course_title_as_the_course_has_it() throws Exception {
        byte[] pdf = CertificatePdf.render(CertificatePdfTest.CONTENT, wording("de"));

        assertThat(text(pdf)).contains("TRIGGER POINT ACADEMY", "Abschlusszertifikat", "Hiermit wird bescheinigt, dass",
                        "Zoë Łukasz Ngũgĩ · Ελένη · Дмитрий", "Zulassungsnr. PT-12345 · Wellington, New Zealand",
                        "den folgenden Kurs abgeschlossen hat:", "Dry Needling Foundations",
                        "Version 1.0.0 (Inhalt e1039594d91d) · online, im eigenen Tempo",
                        "Abgeschlossen am 22. November 2026 · 6,5 Fortbildungsstunden (CE)",
                        "Online 6,5 Std. · in Präsenz 0 Std. · supervidiertes klinisches Nadeln 0 Std.", "Lernziele",
                        "Explain the clinical features of myofascial trigger points.", "Anbieter",
                        "Trigger Point Academy · Physiotherapy Board CE-2026-001", "Referierende: Faculty (PT)",
                        "Zertifikat 7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J",
                        "Ausgestellt am 23. November 2026 · gültig bis 22. November 2028",
                        "Verifizieren unter https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J",
                        "Zum Verifizieren scannen", "berechtigt niemanden zum Dry Needling")
                .doesNotContain("Certificate of Completion", "This certifies", "CE contact hour", "Learning objectives",
                        "Verify at", "holder's regulator");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Abschlusszertifikat: Dry Needling Foundations");
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Zoë Łukasz Ngũgĩ · Ελένη · Дмитрий, Zertifikat 7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");
        }
    }

    @Test
    void a_spanish_learners_certificate_is_worded_in_spanish_with_spanish_dates_and_decimals() throws Exception {
        CertificateContent c = CertificatePdfTest.CONTENT;
        CertificateContent withoutExpiry = new CertificateContent(c.learnerName(), c.licenceNumber(), null, c.courseTitle(),
                c.courseVersion(), c.contentHash(), c.completedOn(), "1", "in-person", c.objectives(), c.providerName(),
                List.of(), c.presenters(), c.code(), c.issuedOn(), null, c.verifyUrl());

        assertThat(text(CertificatePdf.render(c, wording("es")))).contains("Certificado de finalización", "Se certifica que",
                "N.º de colegiación PT-12345 · Wellington, New Zealand", "ha completado el curso", "Dry Needling Foundations",
                "Versión 1.0.0 (contenido e1039594d91d) · en línea, a su propio ritmo",
                "el 22 de noviembre de 2026 · 6,5 horas de formación continua (CE)",
                "En línea 6,5 h · presencial 0 h · punción clínica supervisada 0 h", "Objetivos de aprendizaje",
                "Expedido el 23 de noviembre de 2026 · válido hasta el 22 de noviembre de 2028", "Escanee para verificar",
                "realizar la punción seca");
        assertThat(text(CertificatePdf.render(withoutExpiry, wording("es")))).contains("N.º de colegiación PT-12345 ",
                "1 hora de formación continua (CE)", "En línea 0 h · presencial 1 h", "Trigger Point Academy · sin acreditaciones indicadas",
                "Expedido el 23 de noviembre de 2026 · sin fecha de caducidad");
    }

    @Test
    void the_document_is_read_in_the_learners_language_and_the_course_title_and_objectives_in_the_courses() throws Exception {
        CertificateContent spanishCourse = courseIn("es", "Punción seca: fundamentos",
                List.of("Explicar las características clínicas de los puntos gatillo miofasciales."));

        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(spanishCourse, wording("de")))) {
            List<Tagged> reading = TaggedPdfTest.readingOrder(pdf);

            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            Tagged title = reading.stream().filter(e -> e.text().equals("Punción seca: fundamentos")).findFirst().orElseThrow();
            assertThat(title.type()).isEqualTo("P");
            assertThat(title.element().getLanguage()).isEqualTo("es");
            Tagged objectives = reading.stream().filter(e -> e.type().equals("L")).findFirst().orElseThrow();
            assertThat(objectives.element().getLanguage()).isEqualTo("es");
            assertThat(reading).filteredOn(e -> e.element().getLanguage() != null).extracting(Tagged::type)
                    .as("only the course's texts have a language of their own").containsExactly("P", "L");
            assertThat(reading.stream().filter(e -> e.type().equals("H1")).findFirst().orElseThrow().text())
                    .isEqualTo("Abschlusszertifikat");
            assertThat(reading.stream().filter(e -> e.type().equals("Figure")).findFirst().orElseThrow().element()
                    .getAlternateDescription()).isEqualTo("QR-Code mit Link zur Verifizierungsseite "
                    + "https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");
        }
        try (PDDocument english = Loader.loadPDF(CertificatePdf.render(CertificatePdfTest.CONTENT))) {
            Tagged title = TaggedPdfTest.readingOrder(english).stream().filter(e -> e.text().equals("Dry Needling Foundations"))
                    .findFirst().orElseThrow();
            assertThat(title.element().getLanguage()).as("an English course on an English certificate").isEqualTo("en");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es"})
    void certificates_and_transcripts_in_german_and_spanish_are_valid_pdf_a_2b_and_pdf_ua_1(String language) throws Exception {
        Wording w = wording(language);
        byte[] certificate = CertificatePdf.render(CertificatePdfTest.CONTENT, w);
        byte[] signed = signer.sign(certificate, Instant.parse("2026-11-22T10:00:00Z"), w);
        byte[] transcript = transcript(w, 70);

        for (byte[] pdf : List.of(certificate, signed, transcript)) {
            assertConforms(pdf, VeraPdf.PDF_A_2B);
            assertConforms(pdf, VeraPdf.PDF_UA_1);
        }
        try (PDDocument document = Loader.loadPDF(transcript)) {
            assertThat(document.getNumberOfPages()).as("the header row is repeated on a new page").isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
    }

    @Test
    void a_signed_german_certificate_gives_its_signature_reason_and_description_in_german() throws Exception {
        byte[] signed = signer.sign(CertificatePdf.render(CertificatePdfTest.CONTENT, wording("de")),
                Instant.parse("2026-11-22T10:00:00Z"), wording("de"));

        assertThat(CertificateSignerTest.signatureHolds(signed)).isTrue();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getLastSignatureDictionary().getReason())
                    .isEqualTo("Abschlusszertifikat, ausgestellt von Trigger Point Academy");
            assertThat(TaggedPdfTest.readingOrder(document).getLast().element().getAlternateDescription())
                    .isEqualTo("Digitale Signatur von Trigger Point Academy");
        }
    }

    @Test
    void a_german_transcript_has_german_headings_and_each_course_cell_in_its_courses_language() throws Exception {
        byte[] pdf = transcript(wording("de"), 2);

        assertThat(text(pdf)).contains("Fortbildungsnachweis", "Zoë Łukasz Ngũgĩ · Trigger Point Academy · erstellt am 22. November 2026",
                "Zulassungsnr. PT-12345 · Wellington, New Zealand", "Summen", "2026: 13 Fortbildungsstunden (CE)",
                "Lernform online, im eigenen Tempo: 13 Fortbildungsstunden (CE)", "Alle Kurse: 13 Fortbildungsstunden (CE)",
                "Beobachtete praktische Prüfungen", "Keine erfasst.");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tagged> reading = TaggedPdfTest.readingOrder(document);
            assertThat(reading).filteredOn(e -> e.type().equals("TH")).extracting(Tagged::text)
                    .containsExactly("Kurs", "Abgeschlossen", "Stunden", "Status", "Zertifikat");
            List<Tagged> cells = reading.stream().filter(e -> e.type().equals("TD")).toList();
            assertThat(cells.get(0).element().getLanguage()).isEqualTo("en");
            assertThat(cells.get(3).text()).isEqualTo("gültig");
            assertThat(cells.get(3).element().getLanguage()).as("the status is the transcript's words").isNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Fortbildungsnachweis: Zoë Łukasz Ngũgĩ");
        }
        assertThat(text(TranscriptPdf.render("Aroha Ngata", null, "Trigger Point Academy", LocalDate.of(2026, 11, 22),
                List.of(), List.of(), List.of(), wording("es")))).contains("Expediente de formación continua",
                "generado el 22 de noviembre de 2026", "Todavía no hay certificados.", "Totales");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | 7 December 2026
            de | 7. Dezember 2026
            es | 7 de diciembre de 2026
            """)
    void a_date_is_written_out_as_the_language_writes_it_on_a_certificate(String language, String written) {
        assertThat(wording(language).date(LocalDate.of(2026, 12, 7))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "es"})
    void on_a_certificate_in_any_language_no_two_letters_overlap_and_all_stay_inside_the_border(String language)
            throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(CertificatePdfTest.CONTENT, wording(language)))) {
            Glyphs glyphs = new Glyphs();
            glyphs.getText(pdf);
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float height = pdf.getPage(0).getMediaBox().getHeight();

            assertThat(glyphs.boxes).hasSizeGreaterThan(500);
            for (int i = 0; i < glyphs.boxes.size(); i++) {
                Box box = glyphs.boxes.get(i);
                assertThat(box.left() > 32 && box.right() < width - 32 && box.top() > 32 && box.baseline() < height - 32)
                        .as("%s is inside the inner border", box).isTrue();
                for (Box other : glyphs.boxes.subList(i + 1, glyphs.boxes.size())) {
                    assertThat(box.overlaps(other)).as("%s overlaps %s", box, other).isFalse();
                }
            }
        }
    }

    /** Where a letter sits, in points from the top left of the page. */
    private record Box(String letter, float left, float right, float top, float baseline) {

        /** Overlapping by more than a hairline: neighbours in a word only touch. */
        boolean overlaps(Box other) {
            return left + 0.5f < other.right && other.left + 0.5f < right && top + 0.5f < other.baseline
                    && other.top + 0.5f < baseline;
        }
    }

    /** The box of every letter drawn (spaces left out). */
    private static final class Glyphs extends PDFTextStripper {
        final List<Box> boxes = new ArrayList<>();

        Glyphs() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            if (!p.getUnicode().isBlank()) {
                boxes.add(new Box(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                        p.getYDirAdj() - p.getHeightDir(), p.getYDirAdj()));
            }
        }
    }
}
