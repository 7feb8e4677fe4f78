package academy.triggerpoint.people;

/** Someone was enlisted for a course's expert panel; {@code newAccount} when the account was created for it. */
public record PanellistEnlisted(long accountId, String courseTitle, boolean newAccount) {
}
