package academy.triggerpoint.practice.domain;

import java.util.Collections;
import java.util.List;

/**
 * Whose rows a query reads: some accounts (one person, or a page of a manager's matrix), or every
 * member of an organisation. An organisation is read through the people module's {@code membership}
 * table in the query itself (as the competency standings are), never as thousands of ids passed in.
 */
public final class Scope {

    private final Long organisationId;
    private final List<Long> accountIds;

    private Scope(Long organisationId, List<Long> accountIds) {
        this.organisationId = organisationId;
        this.accountIds = accountIds;
    }

    public static Scope account(long accountId) {
        return new Scope(null, List.of(accountId));
    }

    /** A few accounts (a page); an empty list reads nothing. */
    public static Scope accounts(List<Long> accountIds) {
        return new Scope(null, List.copyOf(accountIds));
    }

    public static Scope organisation(long organisationId) {
        return new Scope(organisationId, null);
    }

    /** The condition on {@code alias.account_id}; its parameters are {@link #args()}. */
    String condition(String alias) {
        if (organisationId != null) {
            return alias + ".account_id in (select m.account_id from membership m where m.organisation_id = ?)";
        }
        return accountIds.isEmpty() ? "1 = 0"
                : alias + ".account_id in (" + String.join(",", Collections.nCopies(accountIds.size(), "?")) + ")";
    }

    Object[] args() {
        return organisationId != null ? new Object[] {organisationId} : accountIds.toArray();
    }
}
