package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.ValidationResult;

class CertificatePdfTest {

    static final CertificateContent CONTENT = new CertificateContent("Zoë Łukasz Ngũgĩ · Ελένη · Дмитрий", "PT-12345",
            "Wellington, New Zealand", "Dry Needling Foundations", "1.0.0", "e1039594d91d7f3a0000000000000000", LocalDate.of(2026, 11, 22),
            "6.5", "online, self-paced", List.of("Explain the clinical features of myofascial trigger points.",
            "Screen for contraindications and precautions before needling."), "Trigger Point Academy",
            List.of("Physiotherapy Board CE-2026-001"), "Faculty (PT)", "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J",
            LocalDate.of(2026, 11, 23), LocalDate.of(2028, 11, 22),
            "https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");

    @Test
    void the_certificate_is_one_a4_landscape_page_with_every_field_and_the_name_exact() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(CONTENT))) {
            assertThat(pdf.getNumberOfPages()).isOne();
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(842, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Zoë Łukasz Ngũgĩ · Ελένη · Дмитрий", "Registration PT-12345 · Wellington, New Zealand",
                    "Dry Needling Foundations", "Version 1.0.0 (content e1039594d91d)", "online, self-paced",
                    "on 22 November 2026 · 6.5 CE contact hours",
                    "Online 6.5 h · in person 0 h · supervised clinical needling 0 h", "Explain the clinical features of myofascial trigger points.",
                    "Trigger Point Academy · Physiotherapy Board CE-2026-001", "Presented by Faculty (PT)",
                    "Certificate 7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J", "Issued 23 November 2026 · valid until 22 November 2028",
                    "Verify at https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Certificate of Completion: Dry Needling Foundations");
        }
    }

    @Test
    void the_hours_are_printed_apart_by_format_and_a_blended_split_is_not_guessed() {
        assertThat(CertificatePdf.hoursByFormat("in-person", "14.00")).isEqualTo("Online 0 h · in person 14 h · supervised clinical needling 0 h");
        assertThat(CertificatePdf.hoursByFormat("live-online", "2.5")).startsWith("Online 2.5 h · in person 0 h");
        assertThat(CertificatePdf.hoursByFormat("blended", "8")).startsWith("Online and in person (blended; the split is not recorded)");
        assertThat(CertificatePdf.hoursByFormat("by correspondence", "1")).isEqualTo("Delivered by correspondence · supervised clinical needling 0 h");
    }

    @Test
    void the_qr_code_decodes_to_the_verification_url() throws Exception {
        assertThat(PdfQr.decode(CertificatePdf.render(CONTENT)))
                .isEqualTo("https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");
    }

    @Test
    void the_certificate_and_the_transcript_are_valid_pdf_a_2b_according_to_verapdf() throws Exception {
        byte[] transcript = TranscriptPdf.render("Zoë Łukasz Ngũgĩ", "Registration PT-12345", "Trigger Point Academy", LocalDate.of(2026, 11, 22),
                List.of(new TranscriptPdf.Line(List.of("Dry Needling Foundations (1.0.0)", "2026-11-22", "6.5", "valid",
                        "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J"))), List.of("2026: 6.5 CE contact hours"),
                List.of(new TranscriptPdf.Section("Florida, United States", List.of("Licence PT 31877 · eligible",
                        "A qualifying certificate states: Completion of face-to-face dry needling continuing education from a "
                                + "provider accredited under s. 486.109, F.S., including the instructor's confirmation."))));
        assertThat(pdfAProblems(CertificatePdf.render(CONTENT))).isEmpty();
        assertThat(pdfAProblems(transcript)).isEmpty();
    }

    /** What veraPDF finds wrong with a PDF claiming PDF/A-2b; empty when it is compliant. */
    static List<String> pdfAProblems(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new java.io.ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            if (!parser.getFlavour().toString().contains("2b")) {
                return List.of("not declared PDF/A-2b but " + parser.getFlavour());
            }
            ValidationResult result = validator.validate(parser);
            return result.isCompliant() ? List.of() : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList();
        }
    }
}
