package academy.triggerpoint.certification.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A CE transcript on A4 portrait pages (PDF/A-2b): one line per certificate, then totals per year and per course. */
public final class TranscriptPdf {

    /** One certificate's line; {@code cells} are course, completed, hours, status, code. */
    public record Line(List<String> cells) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float[] COLUMNS = {50, 250, 340, 390, 450};
    private static final float MARGIN = 60;

    private TranscriptPdf() {
    }

    public static byte[] render(String learnerName, String provider, java.time.LocalDate generatedOn, List<Line> lines,
                                List<String> totals) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = Fonts.regular(document);
            PDFont bold = Fonts.bold(document);
            Writer w = new Writer(document, regular);
            w.line(bold, 18, 50, "Continuing education transcript");
            w.line(regular, 11, 50, learnerName + " · " + provider + " · generated " + DATE.format(generatedOn));
            w.gap(10);
            w.row(bold, List.of("Course", "Completed", "Hours", "Status", "Certificate"));
            for (Line line : lines) {
                w.row(regular, line.cells());
            }
            if (lines.isEmpty()) {
                w.line(regular, 10, 50, "No certificates yet.");
            }
            w.gap(12);
            w.line(bold, 12, 50, "Totals");
            for (String total : totals) {
                w.line(regular, 10, 50, total);
            }
            w.close();
            PdfA.apply(document, "CE transcript: " + learnerName, provider, "Continuing education transcript",
                    generatedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top to bottom and starts a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont f, float size, float x, String text) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            show(f, size, x, text);
            y -= size + 6;
        }

        void row(PDFont f, List<String> cells) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            for (int i = 0; i < cells.size(); i++) {
                show(f, 8.5f, COLUMNS[i], fit(f, cells.get(i), (i + 1 < COLUMNS.length ? COLUMNS[i + 1] : 560) - COLUMNS[i] - 6));
            }
            y -= 14;
        }

        private void show(PDFont f, float size, float x, String text) throws IOException {
            stream.beginText();
            stream.setFont(f, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        private String fit(PDFont f, String text, float width) throws IOException {
            String shown = text;
            while (shown.length() > 3 && f.getStringWidth(shown) / 1000 * 8.5f > width) {
                shown = shown.substring(0, shown.length() - 2).stripTrailing() + "…";
            }
            return shown;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
