package academy.triggerpoint.certification.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * A CE transcript on A4 portrait pages (tagged PDF/A-2b and PDF/UA-1): one row per certificate, then totals per year,
 * per course and per delivery mode, then sections such as the practical record and each board's wording. The certificate code, date, hours and status columns are as wide as their widest
 * entry, so a code always prints whole; the course column takes the rest and wraps. Headings and fixed texts are in
 * the learner's language ({@link Wording}), the document's language; each course cell is tagged with its course's.
 */
public final class TranscriptPdf {

    /**
     * One certificate's line; {@code cells} are course, completed, hours, status, code. {@code courseLanguage}
     * is the BCP 47 tag of the course's language, which its cell is tagged with; null when it is the document's.
     */
    public record Line(List<String> cells, String courseLanguage) {

        /** A line whose course is in the document's language. */
        public Line(List<String> cells) {
            this(cells, null);
        }
    }

    /** A titled block of wrapped lines after the totals (the practical record, a board's wording). */
    public record Section(String heading, List<String> lines) {
    }

    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float GAP = 10;
    private static final float CELL_SIZE = 8.5f;
    private static final float CELL_LEADING = 11;
    private static final float MARGIN = 60;

    private TranscriptPdf() {
    }

    /** The transcript in English: see {@link #render(String, String, String, LocalDate, List, List, List, Wording)}. */
    public static byte[] render(String learnerName, String registration, String provider, LocalDate generatedOn,
                                List<Line> lines, List<String> totals, List<Section> sections) {
        return render(learnerName, registration, provider, generatedOn, lines, totals, sections, Wording.english());
    }

    /**
     * The transcript as tagged PDF/A-2b and PDF/UA-1 bytes. The lines, totals and sections are printed
     * as given (the caller words them in the same language).
     *
     * @param registration the licence line ("Registration PT-12345 · Wellington, New Zealand", see
     *         {@link Wording#registration}), or null
     * @param wording the learner's language: the transcript's headings, fixed texts and date, and the
     *         document's language a screen reader reads it in
     * @throws UnprintableTextException when a text has a character none of the embedded fonts has
     */
    public static byte[] render(String learnerName, String registration, String provider, LocalDate generatedOn,
                                List<Line> lines, List<String> totals, List<Section> sections, Wording wording) {
        Typesetter.requirePrintable("learner name", learnerName);
        Typesetter.requirePrintable("licence", registration);
        lines.forEach(line -> line.cells().forEach(cell -> Typesetter.requirePrintable("transcript entry", cell)));
        totals.forEach(total -> Typesetter.requirePrintable("transcript total", total));
        sections.forEach(section -> {
            Typesetter.requirePrintable("transcript heading", section.heading());
            section.lines().forEach(line -> Typesetter.requirePrintable("transcript line", line));
        });
        try (PDDocument document = new PDDocument()) {
            Tagging tags = new Tagging(document, wording.tag());
            PDStructureElement doc = tags.document();
            Typesetter t = new Typesetter(document, tags);
            List<String> headings = List.of(wording.text("certification.pdf.transcript.column.course"),
                    wording.text("certification.pdf.transcript.column.completed"),
                    wording.text("certification.pdf.transcript.column.hours"),
                    wording.text("certification.pdf.transcript.column.status"),
                    wording.text("certification.pdf.transcript.column.certificate"));
            Writer w = new Writer(document, tags, t, headings, lines);
            String title = wording.text("certification.pdf.transcript.title");
            w.line(tags.add(doc, "H1"), true, 18, title);
            w.wrapped(tags.add(doc, "P"), 11, wording.text("certification.pdf.transcript.holder", learnerName, provider,
                    wording.date(generatedOn)));
            if (registration != null) {
                w.line(tags.add(doc, "P"), false, 10, registration);
            }
            w.gap(10);
            PDStructureElement table = tags.add(doc, "Table");
            w.headerRow(table);
            for (Line line : lines) {
                w.row(table, line);
            }
            if (lines.isEmpty()) {
                w.line(tags.add(doc, "P"), false, 10, wording.text("certification.pdf.transcript.none"));
            }
            w.gap(12);
            w.line(tags.add(doc, "H2"), true, 12, wording.text("certification.pdf.transcript.totals"));
            for (String total : totals) {
                w.wrapped(tags.add(doc, "P"), 10, total);
            }
            for (Section section : sections) {
                w.gap(10);
                w.line(tags.add(doc, "H2"), true, 12, section.heading());
                for (String line : section.lines()) {
                    w.wrapped(tags.add(doc, "P"), 10, line);
                }
            }
            w.close();
            tags.finish();
            PdfA.apply(document, wording.text("certification.pdf.transcript.document-title", learnerName), provider, title,
                    generatedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            return t.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes lines top to bottom and starts a new page when one is full. The certificates are one
     * table (a TR of TH cells, then a TR of TD cells per certificate) across pages; the header row
     * drawn again at the top of a new page is a pagination artifact, read once.
     */
    private static final class Writer {
        private final PDDocument document;
        private final Tagging tags;
        private final Typesetter t;
        /** The column headings: course, completed, hours, status, certificate. */
        private final List<String> headings;
        private final float[] columns;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, Tagging tags, Typesetter t, List<String> headings, List<Line> lines) throws IOException {
            this.document = document;
            this.tags = tags;
            this.t = t;
            this.headings = headings;
            this.columns = columns(t, headings, lines);
            newPage();
        }

        /** Left edges: the columns after the course as wide as their widest cell, right-aligned to the margin. */
        private static float[] columns(Typesetter t, List<String> headings, List<Line> lines) throws IOException {
            float[] left = new float[headings.size()];
            float x = RIGHT;
            for (int i = headings.size() - 1; i > 0; i--) {
                float widest = t.width(headings.get(i), true, CELL_SIZE);
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
            tags.page(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        /** One line of text as (part of) the content of {@code element}. */
        void line(PDStructureElement element, boolean bold, float size, String text) throws IOException {
            if (y < MARGIN) {
                newPage();
            }
            t.draw(stream, element, text, bold, size, Color.BLACK, LEFT, y);
            y -= size + 6;
        }

        /** A regular paragraph, wrapped to the page width with a hanging indent. */
        void wrapped(PDStructureElement paragraph, float size, String text) throws IOException {
            for (String part : t.wrap(text, false, size, RIGHT - LEFT, "    ")) {
                line(paragraph, false, size, part);
            }
        }

        void headerRow(PDStructureElement table) throws IOException {
            List<List<String>> cells = cells(headings, true);
            if (!fits(cells)) {
                newPage();
            }
            PDStructureElement row = tags.add(table, "TR");
            for (int i = 0; i < cells.size(); i++) {
                draw(tags.columnHeader(row), i, cells.get(i), true);
            }
            y -= height(cells);
        }

        /** A certificate's row; its course cell is tagged with the course's language when the line gives one. */
        void row(PDStructureElement table, Line line) throws IOException {
            List<List<String>> cells = cells(line.cells(), false);
            if (!fits(cells)) {
                newPage();
                List<List<String>> repeated = cells(headings, true);
                for (int i = 0; i < repeated.size(); i++) {
                    for (int l = 0; l < repeated.get(i).size(); l++) {
                        t.drawRepeated(stream, repeated.get(i).get(l), true, CELL_SIZE, Color.BLACK, columns[i],
                                y - l * CELL_LEADING);
                    }
                }
                y -= height(repeated);
            }
            PDStructureElement row = tags.add(table, "TR");
            for (int i = 0; i < cells.size(); i++) {
                PDStructureElement cell = i == 0 && line.courseLanguage() != null ? tags.add(row, "TD", line.courseLanguage())
                        : tags.add(row, "TD");
                draw(cell, i, cells.get(i), false);
            }
            y -= height(cells);
        }

        /** Each cell's text wrapped to its column's width. */
        private List<List<String>> cells(List<String> values, boolean bold) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                float width = (i + 1 < columns.length ? columns[i + 1] - GAP : RIGHT) - columns[i];
                wrapped.add(t.wrap(values.get(i), bold, CELL_SIZE, width, ""));
            }
            return wrapped;
        }

        private boolean fits(List<List<String>> cells) {
            return y - (lineCount(cells) - 1) * CELL_LEADING >= MARGIN;
        }

        private static float height(List<List<String>> cells) {
            return (lineCount(cells) - 1) * CELL_LEADING + 14;
        }

        private static int lineCount(List<List<String>> cells) {
            return cells.stream().mapToInt(List::size).max().orElse(1);
        }

        private void draw(PDStructureElement cell, int column, List<String> lines, boolean bold) throws IOException {
            for (int l = 0; l < lines.size(); l++) {
                t.draw(stream, cell, lines.get(l), bold, CELL_SIZE, Color.BLACK, columns[column], y - l * CELL_LEADING);
            }
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
