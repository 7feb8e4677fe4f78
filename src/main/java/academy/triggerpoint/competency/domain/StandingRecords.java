package academy.triggerpoint.competency.domain;

import academy.triggerpoint.competency.Standing;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code competency_standing} table, read and written in bulk with plain JDBC: a dashboard reads
 * tens of thousands of rows and the nightly sweep rewrites them, which JPA entities would only slow.
 */
@Repository
public class StandingRecords {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    StandingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Locks the given people's account rows until the transaction ends, in id order (so two batches
     * never wait for each other in a circle): the people module's {@code account} table is the one
     * row every person surely has, whether or not a standing is stored yet.
     */
    public void lockPeople(Collection<Long> accountIds) {
        for (List<Long> chunk : chunks(new java.util.TreeSet<>(accountIds))) {
            named.queryForList("select id from account where id in (:ids) order by id for update",
                    new MapSqlParameterSource("ids", chunk), Long.class);
        }
    }

    /** Replaces the stored standings of the given people with the derived ones. */
    public void replace(Map<Long, Map<String, Standing>> byAccount, Instant refreshedAt) {
        for (List<Long> chunk : chunks(byAccount.keySet())) {
            named.update("delete from competency_standing where account_id in (:ids)", new MapSqlParameterSource("ids", chunk));
        }
        List<Object[]> rows = new ArrayList<>();
        byAccount.forEach((accountId, standings) -> standings.forEach((competencyId, s) -> {
            if (!s.equals(Standing.NONE)) {
                rows.add(new Object[] {accountId, competencyId, ts(s.startedAt()), ts(s.achievedAt()), ts(s.expiresAt()),
                        ts(s.remediationSince()), ts(refreshedAt)});
            }
        }));
        jdbc.batchUpdate("""
                insert into competency_standing (account_id, competency_id, started_at, achieved_at, expires_at,
                    remediation_since, refreshed_at) values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The stored standings of the given people; a person or competency without a row has none yet. */
    public Map<Long, Map<String, Standing>> of(Collection<Long> accountIds) {
        Map<Long, Map<String, Standing>> result = new HashMap<>();
        for (List<Long> chunk : chunks(accountIds)) {
            named.query("""
                    select account_id, competency_id, started_at, achieved_at, expires_at, remediation_since
                    from competency_standing where account_id in (:ids)""", new MapSqlParameterSource("ids", chunk),
                    (RowCallbackHandler) rs -> collect(rs, result));
        }
        return result;
    }

    /**
     * The stored standings of every member of an organisation, in one indexed join. This reads the
     * people module's {@code membership} table directly: with 10,000 staff, an id list passed back
     * in would cost several times more than the join (measured in the dashboard benchmark).
     */
    public Map<Long, Map<String, Standing>> ofOrganisation(long organisationId) {
        Map<Long, Map<String, Standing>> result = new HashMap<>();
        jdbc.query("""
                select s.account_id, s.competency_id, s.started_at, s.achieved_at, s.expires_at, s.remediation_since
                from competency_standing s join membership m on m.account_id = s.account_id
                where m.organisation_id = ?""", (RowCallbackHandler) rs -> collect(rs, result),
                organisationId);
        return result;
    }

    /** One row (account, competency, started, achieved, expires, remediation) into the map by person. */
    private static void collect(java.sql.ResultSet rs, Map<Long, Map<String, Standing>> into) throws java.sql.SQLException {
        into.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), new Standing(
                instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                instant(rs.getTimestamp(6))));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
