package academy.triggerpoint.certification.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * Draws a one-page A4 landscape certificate with PDFBox: the learner's name (in the scripts the
 * embedded fonts cover, see {@link Fonts}, drawn by {@link Typesetter}), the course, CE hours,
 * objectives, provider, code, dates, and a QR code drawn as vector squares that opens the public
 * verification page; PDF/A-2b and PDF/UA-1, read aloud top to bottom: the title as the one H1, the
 * objectives as a list, the QR code as a figure described in words, the borders as artifacts. The
 * fixed texts, dates and numbers are in the learner's language ({@link Wording}), which is the
 * document's language; the course's title and objectives are tagged with the course's own.
 */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1b, 0x2a, 0x33);
    private static final Color ACCENT = new Color(0x0d, 0x6e, 0x6e);
    private static final Color MUTED = new Color(0x55, 0x63, 0x6b);

    private static final String BULLET = "• ";

    private static final boolean BOLD = true;
    private static final boolean REGULAR = false;

    /** The notice at the foot: this many lines fit between the QR code's caption and the inner border. */
    private static final int NOTICE_LINES = 2;

    private CertificatePdf() {
    }

    /** The certificate in English: see {@link #render(CertificateContent, Wording)}. */
    public static byte[] render(CertificateContent c) {
        return render(c, Wording.english());
    }

    /**
     * The certificate as tagged PDF/A-2b and PDF/UA-1 bytes.
     *
     * @param w the learner's language: the certificate's fixed texts, dates and numbers, and the
     *         document's language a screen reader reads it in
     * @throws UnprintableTextException when a field has a character none of the embedded fonts has
     *         (the message names the field and the character)
     */
    public static byte[] render(CertificateContent c, Wording w) {
        requirePrintable(c);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            Tagging tags = new Tagging(document, w.tag());
            tags.page(page);
            PDStructureElement doc = tags.document();
            Typesetter t = new Typesetter(document, tags);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            String courseLanguage = c.courseLanguage() == null || c.courseLanguage().isBlank() ? "en" : c.courseLanguage();
            String title = w.text("certification.pdf.certificate.title");
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                tags.artifact(s, () -> {
                    s.setStrokingColor(ACCENT);
                    s.setLineWidth(3);
                    s.addRect(24, 24, width - 48, height - 48);
                    s.stroke();
                    s.setLineWidth(0.8f);
                    s.addRect(32, 32, width - 64, height - 64);
                    s.stroke();
                });

                t.centred(s, tags.add(doc, "P"), c.providerName().toUpperCase(Locale.ROOT), BOLD, 13, ACCENT, width, height - 78);
                t.centred(s, tags.add(doc, "H1"), title, BOLD, 30, INK, width, height - 118);
                t.centred(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.certifies"), REGULAR, 12, MUTED, width,
                        height - 150);
                t.centred(s, tags.add(doc, "P"), c.learnerName(), BOLD, 26, INK, width, height - 186);
                String registration = w.registration(c.licenceNumber(), c.jurisdiction());
                if (registration != null) {
                    t.centred(s, tags.add(doc, "P"), registration, REGULAR, 11, MUTED, width, height - 206);
                }
                t.centred(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.completed-the-course"), REGULAR, 12,
                        MUTED, width, height - 234);
                t.centred(s, tags.add(doc, "P", courseLanguage), c.courseTitle(), BOLD, 18, INK, width, height - 260);
                t.centred(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.version", c.courseVersion(),
                        c.contentHash().substring(0, 12), w.deliveryMode(c.deliveryMode())), REGULAR, 10, MUTED, width, height - 278);
                t.centred(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.completed-on", w.date(c.completedOn()),
                        new BigDecimal(c.ceHours())), BOLD, 13, INK, width, height - 302);
                t.centred(s, tags.add(doc, "P"), hoursByFormat(c.deliveryMode(), c.ceHours(), w), REGULAR, 9, MUTED, width,
                        height - 317);

                float y = height - 334;
                t.draw(s, tags.add(doc, "H2"), w.text("certification.pdf.certificate.objectives"), BOLD, 10, INK, 70, y);
                y -= 14;
                // the objectives are course content, in the course's language like its title
                PDStructureElement list = tags.add(doc, "L", courseLanguage);
                for (String objective : c.objectives()) {
                    PDStructureElement item = tags.add(list, "LI");
                    PDStructureElement label = tags.add(item, "Lbl");
                    PDStructureElement body = tags.add(item, "LBody");
                    List<String> lines = t.wrap(BULLET + objective, REGULAR, 9, 470, "  ");
                    // the bullet is the item's label; the wrapped lines (continuations indented) its body
                    t.draw(s, label, BULLET.strip(), REGULAR, 9, INK, 76, y);
                    String first = lines.getFirst().substring(Math.min(BULLET.length(), lines.getFirst().length()));
                    if (!first.isEmpty()) { // empty when the first word is too wide to follow the bullet
                        t.draw(s, body, first, REGULAR, 9, INK, 76 + t.width(BULLET, REGULAR, 9), y);
                    }
                    y -= 11.5f;
                    for (String line : lines.subList(1, lines.size())) {
                        t.draw(s, body, line, REGULAR, 9, INK, 76, y);
                        y -= 11.5f;
                    }
                }

                float left = 70;
                float bottom = 96;
                t.draw(s, tags.add(doc, "H2"), w.text("certification.pdf.certificate.provider"), BOLD, 10, INK, left, bottom + 44);
                t.draw(s, tags.add(doc, "P"), c.providerName() + " · " + (c.approvals().isEmpty()
                        ? w.text("certification.pdf.certificate.no-approvals") : String.join("; ", c.approvals())),
                        REGULAR, 9, INK, left, bottom + 31);
                t.draw(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.presented-by", c.presenters()), REGULAR, 9,
                        INK, left, bottom + 19);
                t.draw(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.code", c.code()), BOLD, 10, INK, left, bottom);
                t.draw(s, tags.add(doc, "P"), c.expiresOn() == null
                        ? w.text("certification.pdf.certificate.issued-no-expiry", w.date(c.issuedOn()))
                        : w.text("certification.pdf.certificate.issued-valid-until", w.date(c.issuedOn()), w.date(c.expiresOn())),
                        REGULAR, 9, INK, left, bottom - 13);
                t.draw(s, tags.add(doc, "P"), w.text("certification.pdf.certificate.verify-at", c.verifyUrl()), REGULAR, 9,
                        ACCENT, left, bottom - 26);

                float qrSize = 120;
                float qrX = width - 70 - qrSize;
                PDStructureElement figure = tags.figure(doc, w.text("certification.pdf.certificate.qr-code", c.verifyUrl()),
                        new PDRectangle(qrX, 62, qrSize, qrSize));
                tags.content(s, figure, null, () -> qr(s, c.verifyUrl(), qrX, 62, qrSize));
                String scan = w.text("certification.pdf.certificate.scan-to-verify");
                float scanX = qrX + (qrSize - t.width(scan, REGULAR, 8)) / 2;
                t.draw(s, tags.add(doc, "P"), scan, REGULAR, 8, MUTED, scanX, 52);

                notice(s, t, tags.add(doc, "P"), w.text("certification.pdf.certificate.not-a-licence"), width, scanX, qrX);
            }
            tags.finish();
            PdfA.apply(document, title + ": " + c.courseTitle(), c.providerName(),
                    w.text("certification.pdf.certificate.subject", c.learnerName(), c.code()),
                    c.issuedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            return t.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The notice at the foot, in two lines between the QR code's caption and the inner border:
     * centred on the page, 500 points wide, as long as it fits and stays clear of the caption (English);
     * a longer one (German, Spanish) takes the width left of the QR code and its caption instead, and
     * one longer still moves up a line at a time rather than run into the border.
     */
    private static void notice(PDPageContentStream s, Typesetter t, PDStructureElement notice, String text, float pageWidth,
                               float captionLeft, float qrLeft) throws IOException {
        float size = 7.5f;
        float centre = pageWidth / 2;
        List<String> lines = t.wrap(text, REGULAR, size, 500, "");
        if (lines.size() > NOTICE_LINES || centre + widest(t, lines, size) / 2 > captionLeft - 6) {
            float left = 70;
            float right = Math.min(captionLeft, qrLeft) - 10;
            centre = (left + right) / 2;
            lines = t.wrap(text, REGULAR, size, right - left, "");
        }
        float y = 46 + 9 * Math.max(0, lines.size() - NOTICE_LINES);
        for (String line : lines) {
            t.draw(s, notice, line, REGULAR, size, MUTED, centre - t.width(line, REGULAR, size) / 2, y);
            y -= 9;
        }
    }

    private static float widest(Typesetter t, List<String> lines, float size) throws IOException {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, t.width(line, REGULAR, size));
        }
        return widest;
    }

    /** {@link #hoursByFormat(String, String, Wording)} in English. */
    static String hoursByFormat(String deliveryMode, String ceHours) {
        return hoursByFormat(deliveryMode, ceHours, Wording.english());
    }

    /**
     * The contact hours apart by format, as boards count them: "Online 6.5 h · in person 0 h ·
     * supervised clinical needling 0 h". A course is delivered one way; a blended course's split is not
     * recorded, and the line says so rather than guess; a delivery mode given as words (not an id) is
     * matched to its mode or printed as it is.
     */
    static String hoursByFormat(String deliveryMode, String ceHours, Wording w) {
        BigDecimal hours = new BigDecimal(ceHours);
        return Wording.mode(deliveryMode).map(mode -> switch (mode) {
            case ONLINE_SELF_PACED, LIVE_ONLINE -> w.text("certification.pdf.certificate.hours.online", hours);
            case IN_PERSON -> w.text("certification.pdf.certificate.hours.in-person", hours);
            case BLENDED -> w.text("certification.pdf.certificate.hours.blended");
        }).orElseGet(() -> w.text("certification.pdf.certificate.hours.other", deliveryMode));
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
