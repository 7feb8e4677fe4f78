package academy.triggerpoint.certification.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a one-page A4 landscape certificate with PDFBox: an embedded DejaVu Sans subset (so a name
 * in any Latin, Greek or Cyrillic script prints), the course, CE hours, objectives, provider, code,
 * dates, and a QR code drawn as vector squares that opens the public verification page; PDF/A-2b.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color INK = new Color(0x1b, 0x2a, 0x33);
    private static final Color ACCENT = new Color(0x0d, 0x6e, 0x6e);
    private static final Color MUTED = new Color(0x55, 0x63, 0x6b);

    private CertificatePdf() {
    }

    public static byte[] render(CertificateContent c) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDFont regular = Fonts.regular(document);
            PDFont bold = Fonts.bold(document);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                s.setStrokingColor(ACCENT);
                s.setLineWidth(3);
                s.addRect(24, 24, width - 48, height - 48);
                s.stroke();
                s.setLineWidth(0.8f);
                s.addRect(32, 32, width - 64, height - 64);
                s.stroke();

                centred(s, bold, 13, ACCENT, c.providerName().toUpperCase(Locale.ROOT), width, height - 78);
                centred(s, bold, 30, INK, "Certificate of Completion", width, height - 118);
                centred(s, regular, 12, MUTED, "This certifies that", width, height - 150);
                centred(s, bold, 26, INK, c.learnerName(), width, height - 186);
                String registration = c.licenceNumber() == null ? null : "Registration " + c.licenceNumber()
                        + (c.jurisdiction() == null ? "" : " · " + c.jurisdiction());
                if (registration != null) {
                    centred(s, regular, 11, MUTED, registration, width, height - 206);
                }
                centred(s, regular, 12, MUTED, "completed the course", width, height - 234);
                centred(s, bold, 18, INK, c.courseTitle(), width, height - 260);
                centred(s, regular, 10, MUTED, "Version " + c.courseVersion() + " (content " + c.contentHash().substring(0, 12)
                        + ") · " + c.deliveryMode(), width, height - 278);
                centred(s, bold, 13, INK, "on " + DATE.format(c.completedOn()) + " · " + c.ceHours()
                        + " CE contact hours", width, height - 302);

                float y = height - 334;
                text(s, bold, 10, INK, "Learning objectives", 70, y);
                y -= 14;
                for (String objective : c.objectives()) {
                    for (String line : wrap(regular, 9, "• " + objective, 470)) {
                        text(s, regular, 9, INK, line, 76, y);
                        y -= 11.5f;
                    }
                }

                float left = 70;
                float bottom = 96;
                text(s, bold, 10, INK, "Provider", left, bottom + 44);
                text(s, regular, 9, INK, c.providerName() + (c.approvals().isEmpty() ? " · no accreditation approvals listed"
                        : " · " + String.join("; ", c.approvals())), left, bottom + 31);
                text(s, regular, 9, INK, "Presented by " + c.presenters(), left, bottom + 19);
                text(s, bold, 10, INK, "Certificate " + c.code(), left, bottom);
                text(s, regular, 9, INK, "Issued " + DATE.format(c.issuedOn()) + (c.expiresOn() == null ? " · does not expire"
                        : " · valid until " + DATE.format(c.expiresOn())), left, bottom - 13);
                text(s, regular, 9, ACCENT, "Verify at " + c.verifyUrl(), left, bottom - 26);

                qr(s, c.verifyUrl(), width - 70 - 120, 62, 120);
                text(s, regular, 8, MUTED, "Scan to verify", width - 70 - 120 + 31, 52);
            }
            PdfA.apply(document, "Certificate of Completion: " + c.courseTitle(), c.providerName(),
                    c.learnerName() + ", certificate " + c.code(), c.issuedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, Color colour, String text, float pageWidth,
                                float y) throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        text(s, font, size, colour, text, (pageWidth - textWidth) / 2, y);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, Color colour, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(colour);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > maxWidth && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder("  " + word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The QR code as filled rectangles, one per run of dark modules in a row: sharp at any zoom and
     * printable, no image needed, and about a third of the drawing operations of one square each.
     */
    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + url + " as a QR code", e);
        }
        float module = size / matrix.getWidth();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                s.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        s.fill();
    }
}
