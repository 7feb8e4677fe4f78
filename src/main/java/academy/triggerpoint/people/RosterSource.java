package academy.triggerpoint.people;

import java.util.List;

/**
 * Somewhere outside the platform that knows a course's people, such as a learning platform's roster
 * service (LTI Names and Role Provisioning): a manager imports its people into their organisation
 * with the same preview and checks as a staff spreadsheet. Implemented by the module that talks to
 * the outside system; the organisation page lists what the signed-in manager may import.
 */
public interface RosterSource {

    /** A roster the signed-in manager may import, e.g. a platform course they teach. */
    record Roster(String key, String title) {
    }

    /** One person as the outside system lists them; email may be missing (the row is then rejected). */
    record Person(String name, String email) {
    }

    List<Roster> rostersOfCaller();

    /**
     * The roster's people now.
     *
     * @throws academy.triggerpoint.shared.InvalidInputException when the roster cannot be read, with the reason
     */
    List<Person> people(String rosterKey);
}
