package academy.triggerpoint.competency;

import academy.triggerpoint.people.OrganisationSummary;
import java.time.Instant;
import java.util.List;

/** The top of the manager's dashboard: the organisation, its competencies and teams, and the counts. */
public record DashboardOverview(String organisationName, List<CompetencyFramework.Competency> competencies,
                                List<OrganisationSummary.TeamSummary> teams, Counts counts, Instant asOf) {

    /** People (not cells) in each state: cleared to needle, with an overdue assignment, expiring, needing remediation. */
    public record Counts(int staff, int cleared, int overdue, int expiring, int needsRemediation) {
    }
}
