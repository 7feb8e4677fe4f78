package academy.triggerpoint.people;

/** An organisation invited someone who already has an account; the token is in the link they are mailed. */
record MembershipOffered(long accountId, String organisationName, String token) {
}
