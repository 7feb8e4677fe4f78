package academy.triggerpoint.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.competency.ChartData;
import academy.triggerpoint.competency.CompetencyStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartSvgTest {

    @Test
    void the_completions_chart_is_an_svg_with_a_bar_label_per_month() throws Exception {
        List<ChartData.MonthCount> months = List.of(new ChartData.MonthCount(YearMonth.of(2026, 10), 4),
                new ChartData.MonthCount(YearMonth.of(2026, 11), 9));

        String svg = ChartSvg.completions(months);

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

        String svg = ChartSvg.teamStatuses(teams);

        assertThat(rootOf(svg)).isEqualTo("svg");
        for (CompetencyStatus status : CompetencyStatus.values()) {
            java.awt.Color colour = ChartSvg.COLOURS.get(status);
            assertThat(svg).as("%s has its own colour in bars and legend", status)
                    .contains("fill:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")");
        }
        save("chart-teams.svg", svg);
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
