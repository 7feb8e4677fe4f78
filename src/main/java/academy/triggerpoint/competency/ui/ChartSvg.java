package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.ChartData;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.shared.i18n.Texts;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * Draws the dashboard's charts on the server as SVG with XChart. Colours follow the status icons,
 * and every chart is also given to the reader as a table, so nothing depends on colour alone.
 * Titles, axes and month names are in the reader's language, which the view passes in.
 */
final class ChartSvg {

    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Map<CompetencyStatus, Color> COLOURS = Map.of(
            CompetencyStatus.NEEDS_REMEDIATION, new Color(0xB0, 0x1E, 0x2E),
            CompetencyStatus.EXPIRED, new Color(0x7A, 0x4A, 0x12),
            CompetencyStatus.EXPIRING_30, new Color(0xD9, 0x6C, 0x00),
            CompetencyStatus.EXPIRING_60, new Color(0xE8, 0x9B, 0x2E),
            CompetencyStatus.EXPIRING_90, new Color(0xF2, 0xC1, 0x6B),
            CompetencyStatus.ACHIEVED, new Color(0x1E, 0x7B, 0x4A),
            CompetencyStatus.IN_PROGRESS, new Color(0x2F, 0x6F, 0xB3),
            CompetencyStatus.NOT_STARTED, new Color(0xB8, 0xBE, 0xC6));

    private ChartSvg() {
    }

    static final int WIDTH = 560;
    static final int HEIGHT = 300;
    /** Space kept free between two neighbouring axis labels, in pixels. */
    static final int LABEL_GAP = 6;

    private static final int LONGEST_TEAM_LABEL = 16;

    /** Whether any month had a completion: without one the chart would be a bare axis. */
    static boolean hasCompletions(List<ChartData.MonthCount> months) {
        return months.stream().anyMatch(m -> m.completions() > 0);
    }

    /** Whether any team has anyone in any status. */
    static boolean hasTeamStatuses(List<ChartData.TeamStatuses> teams) {
        return teams.stream().anyMatch(t -> t.counts().values().stream().anyMatch(n -> n > 0));
    }

    /** Completions per month, one bar each; "No data yet" when nobody completed anything. */
    static String completions(List<ChartData.MonthCount> months, Locale locale, Texts texts) {
        if (!hasCompletions(months)) {
            return empty(texts.get("competency.chart.completions.title"), texts.get("competency.chart.completions.empty"), texts);
        }
        return svg(completionsChart(months, locale, texts));
    }

    /**
     * Twelve months are labelled with the month's short name alone (at 560 pixels a label with the
     * year is wider than its bar), and the axis title gives the years. Longer runs keep the year in
     * each label and show only as many labels as fit side by side. A month alone is written as it
     * stands on its own ("Dez", not "Dez." in German).
     */
    static CategoryChart completionsChart(List<ChartData.MonthCount> months, Locale locale, Texts texts) {
        boolean withinAYear = months.size() <= 12;
        DateTimeFormatter label = DateTimeFormatter.ofPattern(withinAYear ? "LLL" : "MMM yy", locale);
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<String> labels = months.stream().map(m -> label.format(m.month())).toList();
        String span = months.isEmpty() ? texts.get("competency.chart.month") : texts.get("competency.chart.span",
                monthYear.format(months.getFirst().month()), monthYear.format(months.getLast().month()));
        String completions = texts.get("competency.chart.completions");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(texts.get("competency.chart.completions.title"))
                .xAxisTitle(span).yAxisTitle(completions).build();
        style(chart);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x2F, 0x6F, 0xB3)});
        chart.addSeries(completions, labels, months.stream().map(m -> (Number) m.completions()).toList());
        if (!withinAYear) {
            chart.getStyler().setXAxisMaxLabelCount(labelsThatFit(labels, WIDTH * 0.8));
        }
        return chart;
    }

    /** Each team's competency cells by status, stacked, most urgent status on top. */
    static String teamStatuses(List<ChartData.TeamStatuses> teams, Texts texts) {
        if (!hasTeamStatuses(teams)) {
            return empty(texts.get("competency.chart.teams.title"), texts.get("competency.chart.teams.empty"), texts);
        }
        return svg(teamStatusesChart(teams, texts));
    }

    /** Team names that would not fit side by side are turned upright (and long ones shortened; the table has them whole). */
    static CategoryChart teamStatusesChart(List<ChartData.TeamStatuses> teams, Texts texts) {
        List<String> names = teams.stream().map(t -> t.team().length() <= LONGEST_TEAM_LABEL ? t.team()
                : t.team().substring(0, LONGEST_TEAM_LABEL - 1).strip() + "…").toList();
        if (names.size() != names.stream().distinct().count()) {
            names = teams.stream().map(ChartData.TeamStatuses::team).toList();
        }
        // The legend takes about a third of the width; the bars share the rest. Upright labels take
        // height from the bars, so the chart grows by what they need and the legend still fits.
        boolean upright = labelsThatFit(names, WIDTH * 0.55) < names.size();
        int height = upright ? HEIGHT + (int) Math.ceil(names.stream().mapToDouble(ChartSvg::labelWidth).max().orElse(0)) : HEIGHT;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height).title(texts.get("competency.chart.teams.title"))
                .yAxisTitle(texts.get("competency.chart.person-competencies")).build();
        style(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        if (upright) {
            chart.getStyler().setXAxisLabelRotation(90);
        }
        List<Color> colours = new ArrayList<>();
        CompetencyStatus[] order = CompetencyStatus.values();
        for (int i = order.length - 1; i >= 0; i--) {
            CompetencyStatus status = order[i];
            List<Number> counts = teams.stream().map(t -> (Number) t.counts().getOrDefault(status, 0)).toList();
            CategorySeries series = chart.addSeries(texts.get(StatusTexts.label(status)), names, counts);
            series.setFillColor(COLOURS.get(status));
            colours.add(COLOURS.get(status));
        }
        chart.getStyler().setSeriesColors(colours.toArray(Color[]::new));
        return chart;
    }

    /** How many of these labels, evenly spread over the width, stand side by side without touching. */
    static int labelsThatFit(List<String> labels, double width) {
        double widest = labels.stream().mapToDouble(ChartSvg::labelWidth).max().orElse(0);
        return Math.max(1, (int) Math.min(labels.size(), Math.floor(width / (widest + LABEL_GAP))));
    }

    /** The width in pixels of an axis label as XChart draws it. */
    static double labelWidth(String label) {
        return TEXT.getStringBounds(label, new FontRenderContext(null, true, true)).getWidth();
    }

    /** The height in pixels of an axis label's line, which is what an upright label takes across. */
    static double labelHeight() {
        return TEXT.getLineMetrics("Ag", new FontRenderContext(null, true, true)).getHeight();
    }

    /**
     * A chart with nothing to draw says so in words, in the same frame as the charts, instead of a
     * lone "0" on an empty axis. Written by hand: XChart has no empty state.
     */
    static String empty(String title, String explanation, Texts texts) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 "
                + WIDTH + " " + HEIGHT + "\" role=\"img\" font-family=\"sans-serif\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<text x=\"" + WIDTH / 2 + "\" y=\"30\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">"
                + xml(title) + "</text>"
                + "<text x=\"" + WIDTH / 2 + "\" y=\"" + (HEIGHT / 2) + "\" text-anchor=\"middle\" font-size=\"20\" fill=\"#545b64\">"
                + xml(texts.get("competency.chart.no-data")) + "</text>"
                + "<text x=\"" + WIDTH / 2 + "\" y=\"" + (HEIGHT / 2 + 28) + "\" text-anchor=\"middle\" font-size=\"13\" fill=\"#545b64\">"
                + xml(explanation) + "</text></svg>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void style(CategoryChart chart) {
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setChartTitleFont(TEXT.deriveFont(Font.BOLD, 14f));
        styler.setLegendFont(TEXT);
        styler.setAxisTickLabelsFont(TEXT);
        styler.setAxisTitleFont(TEXT);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setXAxisLabelRotation(0);
        chart.getStyler().setAvailableSpaceFill(0.7);
    }

    static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // VectorGraphics2D's writer puts xmlns="" on every child element with this JDK's XML
        // serialiser, which takes them out of the SVG namespace and browsers then draw nothing.
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace(" xmlns=\"\"", "");
    }
}
