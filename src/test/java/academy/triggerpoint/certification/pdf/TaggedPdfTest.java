package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Certificates and transcripts as tagged PDFs a screen reader can read: PDF/UA-1 together with PDF/A-2b. */
class TaggedPdfTest {

    static CertificateSigner signer;

    @BeforeAll
    static void aSigningKey() {
        SelfSignedKey key = SelfSignedKey.create("CN=Test signer", Instant.parse("2026-11-22T00:00:00Z"), Duration.ofDays(1));
        signer = new CertificateSigner(key.key(), List.of(key.certificate()));
    }

    /** A transcript with enough certificates, some with course titles that wrap, to fill three pages. */
    static byte[] longTranscript() {
        List<TranscriptPdf.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            String title = i % 3 == 0 ? "Dry Needling of the Cervical and Thoracic Spine: Advanced Clinical Reasoning and Safety, part " + i
                    : "Dry Needling Foundations, cohort " + i;
            lines.add(new TranscriptPdf.Line(List.of(title + " (1.0." + i + ")", "2026-11-" + (10 + i % 18), "6.5",
                    i % 5 == 0 ? "expired" : "valid", "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-" + (10 + i))));
        }
        return TranscriptPdf.render("Zoë Łukasz Ngũgĩ", "Registration PT-12345 · Wellington, New Zealand",
                "Trigger Point Academy", LocalDate.of(2026, 11, 22), lines, List.of("2026: 455 CE contact hours",
                        "All courses: 455 CE contact hours"), List.of(new TranscriptPdf.Section("Florida, United States",
                        List.of("Licence PT 31877 · eligible", "A qualifying certificate states: Completion of face-to-face dry"
                                + " needling continuing education from a provider accredited under s. 486.109, F.S., including"
                                + " the instructor's confirmation."))));
    }

    private static void assertConforms(byte[] pdf, PDFAFlavour profile) throws Exception {
        List<String> failed = VeraPdf.failedRules(pdf, profile);
        assertThat(failed).as("rules of %s that veraPDF finds broken:%n%s", profile.getId(), String.join("\n", failed)).isEmpty();
    }

    @Test
    void the_certificate_is_valid_pdf_a_2b_and_pdf_ua_1_according_to_verapdf() throws Exception {
        byte[] pdf = CertificatePdf.render(CertificatePdfTest.CONTENT);

        assertConforms(pdf, VeraPdf.PDF_A_2B);
        assertConforms(pdf, VeraPdf.PDF_UA_1);
    }

    @Test
    void a_signed_certificate_is_still_valid_pdf_a_2b_and_pdf_ua_1() throws Exception {
        byte[] signed = signer.sign(CertificatePdf.render(CertificatePdfTest.CONTENT), Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(CertificateSignerTest.signatureHolds(signed)).isTrue();
        assertConforms(signed, VeraPdf.PDF_A_2B);
        assertConforms(signed, VeraPdf.PDF_UA_1);
        try (PDDocument document = Loader.loadPDF(signed)) {
            Tagged signature = readingOrder(document).getLast();
            assertThat(signature.type()).isEqualTo("Form");
            assertThat(signature.element().getAlternateDescription()).isEqualTo("Digital signature of Trigger Point Academy");
        }
    }

    @Test
    void a_transcript_over_several_pages_is_valid_pdf_a_2b_and_pdf_ua_1() throws Exception {
        byte[] pdf = longTranscript();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }

        assertConforms(pdf, VeraPdf.PDF_A_2B);
        assertConforms(pdf, VeraPdf.PDF_UA_1);
    }

    @Test
    void a_transcript_without_certificates_or_sections_is_valid_pdf_a_2b_and_pdf_ua_1() throws Exception {
        byte[] pdf = TranscriptPdf.render("Aroha Ngata", null, "Trigger Point Academy", LocalDate.of(2026, 11, 22),
                List.of(), List.of("All courses: 0 CE contact hours"), List.of());

        assertConforms(pdf, VeraPdf.PDF_A_2B);
        assertConforms(pdf, VeraPdf.PDF_UA_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"محمد عبد الله", "דוד כהן", "प्रिया शर्मा", "李娜 김민준 สมชาย"})
    void a_certificate_for_a_name_in_another_script_is_valid_pdf_a_2b_and_pdf_ua_1(String name) throws Exception {
        byte[] pdf = CertificatePdf.render(CertificateScriptsTest.certificateFor(name));

        assertConforms(pdf, VeraPdf.PDF_A_2B);
        assertConforms(pdf, VeraPdf.PDF_UA_1);
    }

    @Test
    void the_certificate_reads_in_order_from_the_title_with_the_qr_code_described_in_words() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(CertificatePdfTest.CONTENT))) {
            List<Tagged> reading = readingOrder(pdf);

            assertThat(reading).extracting(Tagged::type).startsWith("Document").contains("L", "LI", "Lbl", "LBody", "Figure")
                    .filteredOn(type -> type.matches("H\\d?")).containsExactly("H1", "H2", "H2");
            assertThat(reading.stream().filter(e -> e.type().equals("H1")).findFirst().orElseThrow().text())
                    .isEqualTo("Certificate of Completion");
            List<String> texts = reading.stream().map(Tagged::text).filter(text -> !text.isEmpty()).toList();
            assertThat(texts).containsSubsequence("Certificate of Completion", "This certifies that",
                    "Zoë Łukasz Ngũgĩ · Ελένη · Дмитрий", "Registration PT-12345 · Wellington, New Zealand",
                    "completed the course", "Dry Needling Foundations", "on 22 November 2026 · 6.5 CE contact hours",
                    "Learning objectives", "•", "Explain the clinical features of myofascial trigger points.", "•",
                    "Screen for contraindications and precautions before needling.", "Provider",
                    "Presented by Faculty (PT)", "Certificate 7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J",
                    "Verify at https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J", "Scan to verify");
            Tagged figure = reading.stream().filter(e -> e.type().equals("Figure")).findFirst().orElseThrow();
            assertThat(figure.element().getAlternateDescription()).isEqualTo(
                    "QR code linking to the verification page https://academy.example.org/verify/7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getPage(0).getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
        }
    }

    @Test
    void the_caller_sets_the_language_the_certificate_and_the_transcript_are_read_in() throws Exception {
        try (PDDocument certificate = Loader.loadPDF(CertificatePdf.render(CertificatePdfTest.CONTENT,
                     CertificateLanguagesTest.wording("de-CH")));
             PDDocument transcript = Loader.loadPDF(TranscriptPdf.render("Zoë", null, "Trigger Point Academy",
                     LocalDate.of(2026, 11, 22), List.of(), List.of(), List.of(), CertificateLanguagesTest.wording("es")))) {
            assertThat(certificate.getDocumentCatalog().getLanguage()).isEqualTo("de-CH");
            assertThat(transcript.getDocumentCatalog().getLanguage()).isEqualTo("es");
        }
    }

    @Test
    void a_right_to_left_name_drawn_in_visual_order_is_read_as_it_is_written() throws Exception {
        String name = "محمد عبد الله";
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(CertificateScriptsTest.certificateFor(name)))) {
            List<String> texts = readingOrder(pdf).stream().map(Tagged::text).toList();

            assertThat(texts).containsSubsequence("This certifies that", name, "completed the course");
        }
    }

    @Test
    void the_transcript_is_one_table_with_column_headers_and_a_row_per_certificate_across_its_pages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(longTranscript())) {
            List<Tagged> reading = readingOrder(pdf);

            assertThat(reading).extracting(Tagged::type).filteredOn(type -> type.matches("H\\d?"))
                    .containsExactly("H1", "H2", "H2");
            assertThat(reading).filteredOn(e -> e.type().equals("Table")).hasSize(1);
            List<Tagged> rows = reading.stream().filter(e -> e.type().equals("TR")).toList();
            assertThat(rows).hasSize(1 + 70);
            List<Tagged> headers = reading.stream().filter(e -> e.type().equals("TH")).toList();
            assertThat(headers).extracting(Tagged::text).containsExactly("Course", "Completed", "Hours", "Status", "Certificate");
            assertThat(headers).allSatisfy(th -> assertThat(th.element().getAttributes().getObject(0))
                    .isInstanceOfSatisfying(PDTableAttributeObject.class, table -> assertThat(table.getScope()).isEqualTo("Column")));
            assertThat(reading).filteredOn(e -> e.type().equals("TD")).hasSize(5 * 70)
                    .extracting(Tagged::text).contains("7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-80");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot().getParentTreeNextKey()).isEqualTo(pdf.getNumberOfPages());
        }
    }

    /**
     * A structure element in reading order, with the text of its own marked content (not its
     * children's): the ActualText where there is one, as a screen reader reads it, else the glyphs' text.
     */
    record Tagged(String type, String text, PDStructureElement element) {
    }

    /** Every structure element, depth first as a screen reader reads them, with the text each marks on its pages. */
    static List<Tagged> readingOrder(PDDocument pdf) throws IOException {
        Map<COSDictionary, Map<Integer, String>> textByPage = new HashMap<>();
        for (PDPage page : pdf.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getMCID() >= 0) {
                    byMcid.put(content.getMCID(), content.getActualText() != null ? content.getActualText() : text(content));
                }
            }
            textByPage.put(page.getCOSObject(), byMcid);
        }
        List<Tagged> elements = new ArrayList<>();
        for (Object kid : pdf.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            collect((PDStructureElement) kid, textByPage, elements);
        }
        return elements;
    }

    private static void collect(PDStructureElement element, Map<COSDictionary, Map<Integer, String>> textByPage,
                                List<Tagged> into) {
        StringBuilder text = new StringBuilder();
        Tagged self = new Tagged(element.getStructureType(), "", element);
        int at = into.size();
        into.add(self);
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                text.append(textByPage.get(element.getPage().getCOSObject()).get(mcid)).append(' ');
            } else if (kid instanceof PDMarkedContentReference reference) {
                text.append(textByPage.get(reference.getPage().getCOSObject()).get(reference.getMCID())).append(' ');
            } else if (kid instanceof PDStructureElement child) {
                collect(child, textByPage, into);
            }
        }
        // a reader starts each line of a paragraph as a new word, as the line breaks show it
        into.set(at, new Tagged(self.type(), text.toString().replaceAll("\\s+", " ").strip(), element));
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }
}
