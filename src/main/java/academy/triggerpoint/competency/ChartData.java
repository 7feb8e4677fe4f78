package academy.triggerpoint.competency;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What the dashboard's charts show, also listed as tables for people who do not read charts. */
public final class ChartData {

    private ChartData() {
    }

    /** Course completions by the organisation's staff in one month. */
    public record MonthCount(YearMonth month, int completions) {
    }

    /** How a team's competency cells are spread over the statuses (each person counts once per competency). */
    public record TeamStatuses(String team, Map<CompetencyStatus, Integer> counts) {
    }

    /** Both charts' data. */
    public record Charts(List<MonthCount> completions, List<TeamStatuses> teams) {
    }
}
