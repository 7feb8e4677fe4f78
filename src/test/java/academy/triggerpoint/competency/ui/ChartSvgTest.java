package academy.triggerpoint.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.competency.ChartData;
import academy.triggerpoint.competency.CompetencyStatus;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.i18n.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import org.junit.jupiter.api.Test;

class ChartSvgTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final academy.triggerpoint.shared.i18n.Texts ENGLISH = texts(Languages.ENGLISH);
    private static final academy.triggerpoint.shared.i18n.Texts GERMAN = texts(Languages.GERMAN);

    private static academy.triggerpoint.shared.i18n.Texts texts(Locale language) {
        return (key, args) -> TRANSLATIONS.getTranslation(key, language, args);
    }

    @Test
    void the_completions_chart_is_an_svg_with_a_bar_label_per_month() throws Exception {
        List<ChartData.MonthCount> months = List.of(new ChartData.MonthCount(YearMonth.of(2026, 10), 4),
                new ChartData.MonthCount(YearMonth.of(2026, 11), 9));

        String svg = ChartSvg.completions(months, Locale.ENGLISH, ENGLISH);

        // XChart draws text as outlines; the page gives the words as alt text and a table.
        assertThat(svg).contains("<svg", "viewBox=\"0 0 560 300\"", "fill:rgb(47,111,179)")
                .as("no element is taken out of the SVG namespace").doesNotContain("xmlns=\"\"");
        assertThat(rootOf(svg)).isEqualTo("svg");
        save("chart-completions.svg", svg);
    }

    @Test
    void the_team_chart_names_every_team_and_every_status_in_its_legend() throws Exception {
        List<ChartData.TeamStatuses> teams = List.of(
                new ChartData.TeamStatuses("Outpatients", Map.of(CompetencyStatus.ACHIEVED, 12, CompetencyStatus.EXPIRING_30, 2,
                        CompetencyStatus.NEEDS_REMEDIATION, 1)),
                new ChartData.TeamStatuses("Sports clinic", Map.of(CompetencyStatus.IN_PROGRESS, 7, CompetencyStatus.NOT_STARTED, 5)));

        String svg = ChartSvg.teamStatuses(teams, ENGLISH);

        assertThat(rootOf(svg)).isEqualTo("svg");
        for (CompetencyStatus status : CompetencyStatus.values()) {
            java.awt.Color colour = ChartSvg.COLOURS.get(status);
            assertThat(svg).as("%s has its own colour in bars and legend", status)
                    .contains("fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")");
        }
        save("chart-teams.svg", svg);
    }

    @Test
    void twelve_month_labels_stand_side_by_side_without_touching_and_the_axis_title_gives_the_years() throws Exception {
        List<ChartData.MonthCount> months = IntStream.range(0, 12)
                .mapToObj(i -> new ChartData.MonthCount(YearMonth.of(2025, 12).plusMonths(i), i % 4)).toList();

        CategoryChart chart = ChartSvg.completionsChart(months, Locale.ENGLISH, ENGLISH);
        ChartSvg.svg(chart);

        List<Label> labels = xAxisLabels(chart);
        assertThat(labels).extracting(Label::text).containsExactly("Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                "Aug", "Sep", "Oct", "Nov");
        assertDoNotOverlap(labels);
        assertThat(chart.getXAxisTitle()).isEqualTo("Dec 2025 to Nov 2026");
    }

    @Test
    void a_german_reader_gets_german_months_titles_and_axes_and_the_labels_still_fit() throws Exception {
        List<ChartData.MonthCount> months = IntStream.range(0, 12)
                .mapToObj(i -> new ChartData.MonthCount(YearMonth.of(2025, 12).plusMonths(i), i % 4)).toList();

        CategoryChart chart = ChartSvg.completionsChart(months, Locale.GERMAN, GERMAN);
        ChartSvg.svg(chart);

        List<Label> labels = xAxisLabels(chart);
        assertThat(labels).extracting(Label::text).startsWith("Dez", "Jan", "Feb", "Mär").contains("Mai", "Okt");
        assertDoNotOverlap(labels);
        assertThat(chart.getTitle()).isEqualTo("Kursabschlüsse je Monat");
        assertThat(chart.getXAxisTitle()).startsWith("Dez").contains(" 2025 bis Nov").endsWith(" 2026");
        assertThat(chart.getYAxisTitle()).isEqualTo("Abschlüsse");
        assertThat(ChartSvg.teamStatuses(List.of(), GERMAN)).contains(">Noch keine Daten</text>", ">Kompetenzstatus je Team</text>");
    }

    @Test
    void two_years_of_months_show_only_the_labels_that_fit_and_those_do_not_overlap() throws Exception {
        List<ChartData.MonthCount> months = IntStream.range(0, 24)
                .mapToObj(i -> new ChartData.MonthCount(YearMonth.of(2025, 1).plusMonths(i), 1)).toList();

        CategoryChart chart = ChartSvg.completionsChart(months, Locale.ENGLISH, ENGLISH);
        ChartSvg.svg(chart);

        List<Label> labels = xAxisLabels(chart);
        assertThat(labels).hasSizeBetween(2, 23).first().extracting(Label::text).isEqualTo("Jan 25");
        assertDoNotOverlap(labels);
    }

    @Test
    void many_team_names_are_turned_upright_rather_than_written_over_each_other() throws Exception {
        List<ChartData.TeamStatuses> teams = IntStream.range(0, 9).mapToObj(i -> new ChartData.TeamStatuses(
                "Outpatients ward " + i, Map.of(CompetencyStatus.ACHIEVED, i + 1))).toList();

        CategoryChart chart = ChartSvg.teamStatusesChart(teams, ENGLISH);
        ChartSvg.svg(chart);

        assertThat(chart.getStyler().getXAxisLabelRotation()).isEqualTo(90);
        assertThat(chart.getHeight()).as("the chart grows by the labels' length, so bars and legend keep their room")
                .isGreaterThanOrEqualTo(ChartSvg.HEIGHT + (int) ChartSvg.labelWidth("Outpatients ward 8"));
        List<Label> labels = xAxisLabels(chart);
        assertThat(labels).hasSize(9);
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).centre() - labels.get(i - 1).centre()).as("upright labels one line apart")
                    .isGreaterThan(ChartSvg.labelHeight());
        }
    }

    @Test
    void a_chart_with_nothing_to_show_says_no_data_yet_instead_of_drawing_an_empty_axis() throws Exception {
        List<ChartData.MonthCount> quiet = IntStream.range(0, 12)
                .mapToObj(i -> new ChartData.MonthCount(YearMonth.of(2026, 1).plusMonths(i), 0)).toList();

        String completions = ChartSvg.completions(quiet, Locale.ENGLISH, ENGLISH);
        String teams = ChartSvg.teamStatuses(List.of(new ChartData.TeamStatuses("No team", Map.of())), ENGLISH);

        for (String svg : List.of(completions, teams)) {
            assertThat(rootOf(svg)).isEqualTo("svg");
            assertThat(svg).contains(">No data yet</text>", "viewBox=\"0 0 560 300\"");
        }
        assertThat(completions).contains(">Course completions per month</text>",
                ">No course completed in the last twelve months.</text>");
        assertThat(ChartSvg.hasCompletions(quiet)).isFalse();
        save("chart-empty.svg", completions);
    }

    /** An x-axis label as XChart placed it: its text and the centre and width it occupies, in pixels. */
    record Label(String text, double centre, double width) {
    }

    /** The labels XChart drew under the bars (read from its axis, since the SVG has them as outlines). */
    private static List<Label> xAxisLabels(CategoryChart chart) throws Exception {
        java.lang.reflect.Field field = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("axisPair");
        field.setAccessible(true);
        var ticks = ((org.knowm.xchart.internal.chartpart.AxisPair<?, ?>) field.get(chart)).getXAxis().getAxisTickCalculator();
        List<Label> labels = new java.util.ArrayList<>();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            String text = ticks.getTickLabels().get(i);
            if (text != null && !text.isBlank()) {
                labels.add(new Label(text, ticks.getTickLocations().get(i), ChartSvg.labelWidth(text)));
            }
        }
        return labels;
    }

    private static void assertDoNotOverlap(List<Label> labels) {
        for (int i = 1; i < labels.size(); i++) {
            Label left = labels.get(i - 1);
            Label right = labels.get(i);
            assertThat(right.centre() - right.width() / 2).as("'%s' starts after '%s' ends", right.text(), left.text())
                    .isGreaterThanOrEqualTo(left.centre() + left.width() / 2 + 2);
        }
    }

    /** The root element's name, if the text is well-formed XML. */
    private static String rootOf(String svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)))
                .getDocumentElement().getNodeName();
    }

    /** Kept for a person to look at (target/screenshots). */
    private static void save(String name, String svg) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), svg);
    }
}
