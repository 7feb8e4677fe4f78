package academy.triggerpoint.people;

import academy.triggerpoint.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a staff list exported from a spreadsheet: a header row naming the columns (any order, any
 * case; comma or semicolon separated, with or without a byte-order mark), then one person per row.
 * Rows are numbered as the spreadsheet shows them, the header being row 1.
 */
final class StaffCsv {

    static final List<String> COLUMNS = List.of("name", "email", "licence number", "jurisdiction", "team");
    private static final List<String> REQUIRED = List.of("name", "email");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** One person as written in the file; blank cells are null. */
    record Line(int row, String name, String email, String licenceNumber, String jurisdiction, String team, String problem) {
    }

    private StaffCsv() {
    }

    static List<Line> read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (JacksonException e) {
            throw new InvalidInputException("file", "The file is not readable as CSV after row " + (rows.size() + 1)
                    + ": " + e.getOriginalMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "The file is empty. Its first row must name the columns: "
                    + String.join(", ", COLUMNS) + ".");
        }
        Map<String, Integer> index = header(rows.get(0));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int row = i + 1;
            String problem = cells.length > rows.get(0).length
                    ? "has " + cells.length + " cells but the header names " + rows.get(0).length + " columns" : null;
            lines.add(new Line(row, cell(cells, index.get("name")), cell(cells, index.get("email")),
                    cell(cells, index.get("licence number")), cell(cells, index.get("jurisdiction")),
                    cell(cells, index.get("team")), problem));
        }
        return lines;
    }

    private static Map<String, Integer> header(String[] cells) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i] == null ? "" : cells[i].strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
            if (name.equals("licence") || name.equals("license number") || name.equals("license")) {
                name = "licence number";
            }
            if (COLUMNS.contains(name)) {
                index.putIfAbsent(name, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "Row 1 must name the columns " + String.join(", ", COLUMNS)
                    + " (name and email are required); missing: " + String.join(", ", missing) + ".");
        }
        return index;
    }

    private static String cell(String[] cells, Integer index) {
        if (index == null || index >= cells.length || cells[index] == null || cells[index].isBlank()) {
            return null;
        }
        return cells[index].strip();
    }
}
