package academy.triggerpoint.certification.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A CE transcript on A4 portrait pages (PDF/A-2b): one row per certificate, then totals per year,
 * per course and per delivery mode, then sections such as the practical record and each board's wording. The certificate code, date, hours and status columns are as wide as their widest
 * entry, so a code always prints whole; the course column takes the rest and wraps.
 */
public final class TranscriptPdf {

    /** One certificate's line; {@code cells} are course, completed, hours, status, code. */
    public record Line(List<String> cells) {
    }

    /** A titled block of wrapped lines after the totals (the practical record, a board's wording). */
    public record Section(String heading, List<String> lines) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final List<String> HEADINGS = List.of("Course", "Completed", "Hours", "Status", "Certificate");
    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float GAP = 10;
    private static final float CELL_SIZE = 8.5f;
    private static final float CELL_LEADING = 11;
    private static final float MARGIN = 60;

    private TranscriptPdf() {
    }

    /**
     * The transcript as PDF/A-2b bytes.
     *
     * @param registration the licence line ("Registration PT-12345 · Wellington, New Zealand"), or null
     * @throws UnprintableTextException when a text has a character none of the embedded fonts has
     */
    public static byte[] render(String learnerName, String registration, String provider, LocalDate generatedOn,
                                List<Line> lines, List<String> totals, List<Section> sections) {
        Typesetter.requirePrintable("learner name", learnerName);
        Typesetter.requirePrintable("licence", registration);
        lines.forEach(line -> line.cells().forEach(cell -> Typesetter.requirePrintable("transcript entry", cell)));
        totals.forEach(total -> Typesetter.requirePrintable("transcript total", total));
        sections.forEach(section -> {
            Typesetter.requirePrintable("transcript heading", section.heading());
            section.lines().forEach(line -> Typesetter.requirePrintable("transcript line", line));
        });
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(document, new Typesetter(document), lines);
            w.line(true, 18, "Continuing education transcript");
            w.line(false, 11, learnerName + " · " + provider + " · generated " + DATE.format(generatedOn));
            if (registration != null) {
                w.line(false, 10, registration);
            }
            w.gap(10);
            w.row(true, HEADINGS);
            for (Line line : lines) {
                w.row(false, line.cells());
            }
            if (lines.isEmpty()) {
                w.line(false, 10, "No certificates yet.");
            }
            w.gap(12);
            w.line(true, 12, "Totals");
            for (String total : totals) {
                w.line(false, 10, total);
            }
            for (Section section : sections) {
                w.gap(10);
                w.line(true, 12, section.heading());
                for (String line : section.lines()) {
                    w.wrapped(10, line);
                }
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
        private final Typesetter t;
        private final float[] columns;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, Typesetter t, List<Line> lines) throws IOException {
            this.document = document;
            this.t = t;
            this.columns = columns(t, lines);
            newPage();
        }

        /** Left edges: the columns after the course as wide as their widest cell, right-aligned to the margin. */
        private static float[] columns(Typesetter t, List<Line> lines) throws IOException {
            float[] left = new float[HEADINGS.size()];
            float x = RIGHT;
            for (int i = HEADINGS.size() - 1; i > 0; i--) {
                float widest = t.width(HEADINGS.get(i), true, CELL_SIZE);
                for (Line line : lines) {
                    widest = Math.max(widest, t.width(line.cells().get(i), false, CELL_SIZE));
                }
                x -= widest + 1; // a point to spare, so rounding never wraps the widest entry
                left[i] = x;
                x -= GAP;
            }
            left[0] = LEFT;
            return left;
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

        void line(boolean bold, float size, String text) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            t.draw(stream, text, bold, size, Color.BLACK, LEFT, y);
            y -= size + 6;
        }

        /** A regular line, wrapped to the page width with a hanging indent. */
        void wrapped(float size, String text) throws IOException {
            for (String part : t.wrap(text, false, size, RIGHT - LEFT, "    ")) {
                line(false, size, part);
            }
        }

        void row(boolean bold, List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                float width = (i + 1 < columns.length ? columns[i + 1] - GAP : RIGHT) - columns[i];
                List<String> cell = t.wrap(cells.get(i), bold, CELL_SIZE, width, "");
                wrapped.add(cell);
                height = Math.max(height, cell.size());
            }
            if (y - (height - 1) * CELL_LEADING < MARGIN) {
                newPage();
                if (!bold) {
                    row(true, HEADINGS);
                }
            }
            for (int i = 0; i < wrapped.size(); i++) {
                for (int l = 0; l < wrapped.get(i).size(); l++) {
                    t.draw(stream, wrapped.get(i).get(l), bold, CELL_SIZE, Color.BLACK, columns[i], y - l * CELL_LEADING);
                }
            }
            y -= (height - 1) * CELL_LEADING + 14;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
