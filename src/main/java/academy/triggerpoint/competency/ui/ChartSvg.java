package academy.triggerpoint.competency.ui;

import academy.triggerpoint.competency.ChartData;
import academy.triggerpoint.competency.CompetencyStatus;
import java.awt.Color;
import java.awt.Font;
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
 */
final class ChartSvg {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
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

    /** Completions per month, one bar each. */
    static String completions(List<ChartData.MonthCount> months) {
        CategoryChart chart = new CategoryChartBuilder().width(560).height(300).title("Course completions per month")
                .yAxisTitle("Completions").build();
        style(chart);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x2F, 0x6F, 0xB3)});
        chart.addSeries("Completions", months.stream().map(m -> MONTH.format(m.month())).toList(),
                months.stream().map(m -> (Number) m.completions()).toList());
        return svg(chart);
    }

    /** Each team's competency cells by status, stacked, most urgent status on top. */
    static String teamStatuses(List<ChartData.TeamStatuses> teams) {
        CategoryChart chart = new CategoryChartBuilder().width(560).height(300).title("Competency status by team")
                .yAxisTitle("Person-competencies").build();
        style(chart);
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> names = teams.isEmpty() ? List.of("No staff") : teams.stream().map(ChartData.TeamStatuses::team).toList();
        List<Color> colours = new ArrayList<>();
        CompetencyStatus[] order = CompetencyStatus.values();
        for (int i = order.length - 1; i >= 0; i--) {
            CompetencyStatus status = order[i];
            List<Number> counts = teams.isEmpty() ? List.of(0)
                    : teams.stream().map(t -> (Number) t.counts().getOrDefault(status, 0)).toList();
            CategorySeries series = chart.addSeries(status.label(), names, counts);
            series.setFillColor(COLOURS.get(status));
            colours.add(COLOURS.get(status));
        }
        chart.getStyler().setSeriesColors(colours.toArray(Color[]::new));
        return svg(chart);
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

    private static String svg(Chart<?, ?> chart) {
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
