package academy.triggerpoint.certification.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in the scripts clinicians write them in, on the certificate and the transcript. */
class CertificateScriptsTest {

    static CertificateContent certificateFor(String name) {
        CertificateContent c = CertificatePdfTest.CONTENT;
        return new CertificateContent(name, c.licenceNumber(), c.jurisdiction(), c.courseTitle(), c.courseVersion(),
                c.contentHash(), c.completedOn(), c.ceHours(), c.deliveryMode(), c.objectives(), c.providerName(),
                c.approvals(), c.presenters(), c.code(), c.issuedOn(), c.expiresOn(), c.verifyUrl());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The base names of the fonts a page uses, each checked to be embedded as a subset ("ABCDEF+Name"). */
    private static List<String> subsetFonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName key : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(key);
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                    assertThat(font.getName()).as("a subset's name").matches("[A-Z]{6}\\+.+");
                    names.add(font.getName().substring(7));
                }
            }
        }
        return names.stream().distinct().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the reported name, Latin and Chinese | Zoë Łukasiewicz-Nguyễn 李 | DroidSansFallback
            Greek                                | Ελένη Παπαδοπούλου        | DejaVuSans-Bold
            Cyrillic                             | Дмитрий Иванов            | DejaVuSans-Bold
            Arabic                               | محمد عبد الله             | DejaVuSans-Bold
            Persian                              | سید محمدرضا پورنگ         | DejaVuSans-Bold
            Hebrew                               | דוד כהן                   | DejaVuSans-Bold
            Thai                                 | สมชาย ใจดี                | NotoSansThai-Bold
            Hangul                               | 김민준                    | NanumSquareR
            Japanese                             | 山田 太郎                 | DroidSansFallback
            """)
    void a_name_in_a_covered_script_prints_and_reads_back_exactly(String script, String name, String font) throws IOException {
        byte[] pdf = CertificatePdf.render(certificateFor(name));

        assertThat(text(pdf).lines().map(String::strip)).as(script).contains(name);
        assertThat(subsetFonts(pdf)).contains(font);
    }

    @Test
    void a_devanagari_name_prints_with_its_conjuncts_and_what_has_a_character_of_its_own_reads_back() throws IOException {
        byte[] pdf = CertificatePdf.render(certificateFor("प्रिया शर्मा"));

        // PDFBox draws the font's conjuncts (प्र, र्म) as glyphs of their own, which have no character to read back.
        assertThat(text(pdf)).contains("या", "श");
        assertThat(subsetFonts(pdf)).contains("NotoSansDevanagari-Bold");
    }

    @Test
    void the_reported_name_gives_a_small_file_with_every_font_a_subset() throws IOException {
        byte[] pdf = CertificatePdf.render(certificateFor("Zoë Łukasiewicz-Nguyễn 李"));

        assertThat(pdf.length).as("bytes").isLessThan(150 * 1024);
        assertThat(subsetFonts(pdf)).containsExactly("DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback");
    }

    @Test
    void a_latin_name_embeds_no_fallback_font() throws IOException {
        assertThat(subsetFonts(CertificatePdf.render(certificateFor("Aroha Ngata"))))
                .containsExactly("DejaVuSans", "DejaVuSans-Bold");
    }

    @Test
    void certificates_with_names_from_fallback_fonts_are_still_pdf_a_2b() throws Exception {
        assertThat(CertificatePdfTest.pdfAProblems(CertificatePdf.render(certificateFor("李娜 김민준 สมชาย")))).isEmpty();
        assertThat(CertificatePdfTest.pdfAProblems(CertificatePdf.render(certificateFor("प्रिया محمد")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"प्रिया शर्मा", "Zoë Łukasiewicz-Nguyễn 李", "محمد عبد الله", "김민준 (Kim Min-jun)"})
    void the_name_is_centred_on_the_page_whatever_fonts_it_is_drawn_in(String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(certificateFor(name)))) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper nameLine = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty() && positions.getFirst().getFontSizeInPt() > 20
                            && positions.getFirst().getYDirAdj() > 150 && positions.getFirst().getYDirAdj() < 200) {
                        glyphs.addAll(positions);
                    }
                }
            };
            nameLine.getText(document);
            float left = (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            float right = (float) glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
            float pageCentre = document.getPage(0).getMediaBox().getWidth() / 2;
            assertThat((left + right) / 2).as("centre of the name between %s and %s", left, right)
                    .isCloseTo(pageCentre, org.assertj.core.data.Offset.offset(3f));
        }
    }

    @Test
    void a_character_no_font_has_stops_the_render_with_the_field_and_the_character_named() {
        assertThatThrownBy(() -> CertificatePdf.render(certificateFor("Zoë \uD83E\uDDEA")))
                .isInstanceOfSatisfying(UnprintableTextException.class, e -> {
                    assertThat(e.field()).isEqualTo("learner name");
                    assertThat(e.codePoint()).isEqualTo(0x1F9EA);
                    assertThat(e.getMessage()).isEqualTo("The learner name has the character '\uD83E\uDDEA' (U+1F9EA),"
                            + " which no embedded font can print");
                });
        CertificateContent c = CertificatePdfTest.CONTENT;
        assertThatThrownBy(() -> CertificatePdf.render(new CertificateContent(c.learnerName(), c.licenceNumber(),
                c.jurisdiction(), "Needling \uD83E\uDDEA", c.courseVersion(), c.contentHash(), c.completedOn(), c.ceHours(),
                c.deliveryMode(), c.objectives(), c.providerName(), c.approvals(), c.presenters(), c.code(), c.issuedOn(),
                c.expiresOn(), c.verifyUrl())))
                .isInstanceOfSatisfying(UnprintableTextException.class, e -> assertThat(e.field()).isEqualTo("course title"));
    }

    @Test
    void invisible_characters_in_a_name_are_left_out_rather_than_refused() throws IOException {
        String withMarks = "\u200FZoë\u00AD Ngũgĩ\u200D\uFE0F";

        assertThat(Typesetter.firstUnprintable(withMarks)).isEmpty();
        assertThat(text(CertificatePdf.render(certificateFor(withMarks)))).contains("Zoë Ngũgĩ");
    }

    @Test
    void a_blended_course_prints_its_delivery_mode_in_words() throws IOException {
        CertificateContent c = CertificatePdfTest.CONTENT;
        byte[] pdf = CertificatePdf.render(new CertificateContent(c.learnerName(), c.licenceNumber(), c.jurisdiction(),
                c.courseTitle(), c.courseVersion(), c.contentHash(), c.completedOn(), c.ceHours(), "blended", c.objectives(),
                c.providerName(), c.approvals(), c.presenters(), c.code(), c.issuedOn(), c.expiresOn(), c.verifyUrl()));

        assertThat(text(pdf)).contains("(content e1039594d91d) · blended, online and in person");
    }

    @Test
    void the_transcript_prints_every_certificate_code_whole_and_wraps_long_course_titles() throws IOException {
        String longTitle = "Dry Needling of the Cervical and Thoracic Spine: Advanced Clinical Reasoning and Safety (2.1.0)";
        byte[] pdf = TranscriptPdf.render("李娜 Zoë Łukasiewicz-Nguyễn", "Registration PT-12345 · Wellington, New Zealand",
                "Trigger Point Academy", LocalDate.of(2026, 12, 7), List.of(
                        new TranscriptPdf.Line(List.of(longTitle, "2026-11-22", "12.5", "valid", "YDVG-NMQX-PVK8-C7JW-MMMM-WWWW-88")),
                        new TranscriptPdf.Line(List.of("針刺入門 (1.0.0)", "2026-12-01", "1", "expired", "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J"))),
                List.of("2026: 13.5 CE contact hours"), List.of());

        String text = text(pdf);
        assertThat(text).contains("YDVG-NMQX-PVK8-C7JW-MMMM-WWWW-88", "7KQ2-M9XD-4RTB-ZP0A-8WCE-HN3F-6J", "針刺入門 (1.0.0)",
                "李娜 Zoë Łukasiewicz-Nguyễn", "Registration PT-12345 · Wellington, New Zealand", "Hours", "Status").doesNotContain("…");
        assertThat(text.replaceAll("\\s+", " ")).contains("Dry Needling of the Cervical", "Advanced Clinical Reasoning", "(2.1.0)");
    }
}
