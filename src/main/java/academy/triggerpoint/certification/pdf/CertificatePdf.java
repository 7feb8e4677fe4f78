package academy.triggerpoint.certification.pdf;

import academy.triggerpoint.shared.Counts;
import academy.triggerpoint.catalog.content.DeliveryMode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws a one-page A4 landscape certificate with PDFBox: the learner's name (in the scripts the
 * embedded fonts cover, see {@link Fonts}, drawn by {@link Typesetter}), the course, CE hours,
 * objectives, provider, code, dates, and a QR code drawn as vector squares that opens the public
 * verification page; PDF/A-2b.
 */
public final class CertificatePdf {

    /** What an online course is not: printed on every certificate (issue 25). */
    static final String NOT_A_LICENCE = "This records completion of an online course. It does not by itself qualify or"
            + " authorise anyone to perform dry needling: that takes supervised in-person training and the rules of the"
            + " holder's regulator.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color INK = new Color(0x1b, 0x2a, 0x33);
    private static final Color ACCENT = new Color(0x0d, 0x6e, 0x6e);
    private static final Color MUTED = new Color(0x55, 0x63, 0x6b);

    private static final boolean BOLD = true;
    private static final boolean REGULAR = false;

    private CertificatePdf() {
    }

    /**
     * The certificate as PDF/A-2b bytes.
     *
     * @throws UnprintableTextException when a field has a character none of the embedded fonts has
     *         (the message names the field and the character)
     */
    public static byte[] render(CertificateContent c) {
        requirePrintable(c);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            Typesetter t = new Typesetter(document);
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

                t.centred(s, c.providerName().toUpperCase(Locale.ROOT), BOLD, 13, ACCENT, width, height - 78);
                t.centred(s, "Certificate of Completion", BOLD, 30, INK, width, height - 118);
                t.centred(s, "This certifies that", REGULAR, 12, MUTED, width, height - 150);
                t.centred(s, c.learnerName(), BOLD, 26, INK, width, height - 186);
                String registration = c.licenceNumber() == null ? null : "Registration " + c.licenceNumber()
                        + (c.jurisdiction() == null ? "" : " · " + c.jurisdiction());
                if (registration != null) {
                    t.centred(s, registration, REGULAR, 11, MUTED, width, height - 206);
                }
                t.centred(s, "completed the course", REGULAR, 12, MUTED, width, height - 234);
                t.centred(s, c.courseTitle(), BOLD, 18, INK, width, height - 260);
                t.centred(s, "Version " + c.courseVersion() + " (content " + c.contentHash().substring(0, 12)
                        + ") · " + DeliveryMode.inSentence(c.deliveryMode()), REGULAR, 10, MUTED, width, height - 278);
                t.centred(s, "on " + DATE.format(c.completedOn()) + " · "
                        + Counts.of(new BigDecimal(c.ceHours()), "CE contact hour"), BOLD, 13, INK, width, height - 302);
                t.centred(s, hoursByFormat(c.deliveryMode(), c.ceHours()), REGULAR, 9, MUTED, width, height - 317);

                float y = height - 334;
                t.draw(s, "Learning objectives", BOLD, 10, INK, 70, y);
                y -= 14;
                for (String objective : c.objectives()) {
                    for (String line : t.wrap("• " + objective, REGULAR, 9, 470, "  ")) {
                        t.draw(s, line, REGULAR, 9, INK, 76, y);
                        y -= 11.5f;
                    }
                }

                float left = 70;
                float bottom = 96;
                t.draw(s, "Provider", BOLD, 10, INK, left, bottom + 44);
                t.draw(s, c.providerName() + (c.approvals().isEmpty() ? " · no accreditation approvals listed"
                        : " · " + String.join("; ", c.approvals())), REGULAR, 9, INK, left, bottom + 31);
                t.draw(s, "Presented by " + c.presenters(), REGULAR, 9, INK, left, bottom + 19);
                t.draw(s, "Certificate " + c.code(), BOLD, 10, INK, left, bottom);
                t.draw(s, "Issued " + DATE.format(c.issuedOn()) + (c.expiresOn() == null ? " · does not expire"
                        : " · valid until " + DATE.format(c.expiresOn())), REGULAR, 9, INK, left, bottom - 13);
                t.draw(s, "Verify at " + c.verifyUrl(), REGULAR, 9, ACCENT, left, bottom - 26);

                float notice = 46;
                for (String line : t.wrap(NOT_A_LICENCE, REGULAR, 7.5f, 500, "")) {
                    t.centred(s, line, REGULAR, 7.5f, MUTED, width, notice);
                    notice -= 9;
                }

                qr(s, c.verifyUrl(), width - 70 - 120, 62, 120);
                t.draw(s, "Scan to verify", REGULAR, 8, MUTED, width - 70 - 120 + 31, 52);
            }
            PdfA.apply(document, "Certificate of Completion: " + c.courseTitle(), c.providerName(),
                    c.learnerName() + ", certificate " + c.code(), c.issuedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The contact hours apart by format, as boards count them: "Online 6.5 h · in person 0 h ·
     * supervised clinical needling 0 h". A course is delivered one way; a blended course's split is not
     * recorded, and the line says so rather than guess; a delivery mode given as words (not an id) is
     * matched to its mode or printed as it is.
     */
    static String hoursByFormat(String deliveryMode, String ceHours) {
        String hours = new BigDecimal(ceHours).stripTrailingZeros().toPlainString();
        java.util.Optional<DeliveryMode> mode = DeliveryMode.ofId(deliveryMode).or(() -> java.util.Arrays.stream(DeliveryMode.values())
                .filter(m -> m.label().equalsIgnoreCase(deliveryMode) || m.inSentence().equalsIgnoreCase(deliveryMode)).findFirst());
        if (mode.isEmpty()) {
            return "Delivered " + deliveryMode + " · supervised clinical needling 0 h";
        }
        return switch (mode.get()) {
            case ONLINE_SELF_PACED, LIVE_ONLINE -> "Online " + hours + " h · in person 0 h · supervised clinical needling 0 h";
            case IN_PERSON -> "Online 0 h · in person " + hours + " h · supervised clinical needling 0 h";
            case BLENDED -> "Online and in person (blended; the split is not recorded) · supervised clinical needling 0 h";
        };
    }

    /** Every field someone typed, checked before anything is drawn, so the exception names the field. */
    private static void requirePrintable(CertificateContent c) {
        Typesetter.requirePrintable("learner name", c.learnerName());
        Typesetter.requirePrintable("licence number", c.licenceNumber());
        Typesetter.requirePrintable("jurisdiction", c.jurisdiction());
        Typesetter.requirePrintable("course title", c.courseTitle());
        Typesetter.requirePrintable("course version", c.courseVersion());
        Typesetter.requirePrintable("delivery mode", c.deliveryMode());
        c.objectives().forEach(o -> Typesetter.requirePrintable("learning objective", o));
        Typesetter.requirePrintable("provider name", c.providerName());
        c.approvals().forEach(a -> Typesetter.requirePrintable("accreditation approval", a));
        Typesetter.requirePrintable("presenters", c.presenters());
        Typesetter.requirePrintable("verification address", c.verifyUrl());
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
