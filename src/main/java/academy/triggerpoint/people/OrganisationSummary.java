package academy.triggerpoint.people;

import java.util.List;

/** An organisation with its teams, as its manager and administrators see it. */
public record OrganisationSummary(long id, String name, boolean refresherRule, long memberCount, List<TeamSummary> teams) {

    public record TeamSummary(long id, String name) {
    }
}
