package academy.triggerpoint.people;

/** A manager added a person to their organisation; {@code newAccount} when the account was created for it. */
public record StaffJoined(long accountId, String organisationName, boolean newAccount) {
}
