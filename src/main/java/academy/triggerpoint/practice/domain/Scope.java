package academy.triggerpoint.practice.domain;

/**
 * Whose rows a query reads: one account, or every member of an organisation. An organisation is
 * read through the people module's {@code membership} table in the query itself (as the competency
 * standings are), never as a list of thousands of ids passed back in.
 */
public record Scope(boolean organisation, long id) {

    public static Scope account(long accountId) {
        return new Scope(false, accountId);
    }

    public static Scope organisation(long organisationId) {
        return new Scope(true, organisationId);
    }

    /** The condition on {@code alias.account_id}, with one {@code ?} for {@link #id()}. */
    String condition(String alias) {
        return organisation ? alias + ".account_id in (select m.account_id from membership m where m.organisation_id = ?)"
                : alias + ".account_id = ?";
    }
}
