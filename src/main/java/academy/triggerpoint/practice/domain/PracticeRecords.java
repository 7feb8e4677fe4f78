package academy.triggerpoint.practice.domain;

import academy.triggerpoint.practice.PracticeEntry;
import academy.triggerpoint.practice.PracticeMode;
import academy.triggerpoint.practice.PracticeTotals;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The practical log tables. Entries are inserted once and only their decision is ever written afterwards. */
@Repository
public class PracticeRecords {

    /** An entry to store, with the hash of its content computed by the caller. */
    public record Insert(long accountId, Long organisationId, LocalDate date, BigDecimal hours, PracticeMode mode,
                         String training, List<String> regions, int sessions, Long supervisorId, String note, Long corrects,
                         Instant createdAt, String contentHash) {
    }

    private static final String ENTRIES = """
            select e.id, e.account_id, a.full_name, e.practised_on, e.hours, e.mode, e.training, e.regions, e.sessions,
                   e.supervisor_id, s.full_name, e.note, e.status, e.created_at, e.content_hash, d.full_name, e.decided_at,
                   e.decision_comment, e.corrects_id,
                   e.superseded_by
            from practice_entry e join account a on a.id = e.account_id
            left join account s on s.id = e.supervisor_id left join account d on d.id = e.decided_by""";

    private static final RowMapper<PracticeEntry> ENTRY = (rs, i) -> new PracticeEntry(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), PracticeMode.valueOf(rs.getString(6)),
            rs.getString(7), Arrays.asList(rs.getString(8).split(",")), rs.getInt(9), (Long) rs.getObject(10, Long.class),
            rs.getString(11), rs.getString(12), PracticeEntry.Status.valueOf(rs.getString(13)),
            rs.getTimestamp(14).toInstant(), rs.getString(15), rs.getString(16),
            rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant(), rs.getString(18),
            (Long) rs.getObject(19, Long.class), (Long) rs.getObject(20, Long.class));

    private final JdbcTemplate jdbc;

    PracticeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Insert e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("""
                    insert into practice_entry (account_id, organisation_id, practised_on, hours, mode, training, regions, sessions,
                        supervisor_id, note, corrects_id, status, created_at, content_hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""", new String[] {"id"});
            s.setLong(1, e.accountId());
            s.setObject(2, e.organisationId());
            s.setDate(3, Date.valueOf(e.date()));
            s.setBigDecimal(4, e.hours());
            s.setString(5, e.mode().name());
            s.setString(6, e.training());
            s.setString(7, String.join(",", e.regions()));
            s.setInt(8, e.sessions());
            s.setObject(9, e.supervisorId());
            s.setString(10, e.note());
            s.setObject(11, e.corrects());
            s.setTimestamp(12, Timestamp.from(e.createdAt()));
            s.setString(13, e.contentHash());
            return s;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<PracticeEntry> find(long id) {
        return jdbc.query(ENTRIES + " where e.id = ?", ENTRY, id).stream().findFirst();
    }

    /** Locks the entry's row for a decision, so two supervisors' clicks cannot both decide it. */
    public void lock(long id) {
        jdbc.query("select id from practice_entry where id = ? for update", (rs, i) -> rs.getLong(1), id);
    }

    public List<PracticeEntry> ofAccount(long accountId) {
        return jdbc.query(ENTRIES + " where e.account_id = ? order by e.practised_on desc, e.id desc", ENTRY, accountId);
    }

    /**
     * Countersigned hours by mode and supervised sessions per account, from the entries that count
     * (countersigned and not replaced by a countersigned correction), summed in the database.
     */
    public java.util.Map<Long, PracticeTotals> totals(Scope scope) {
        java.util.Map<Long, java.util.Map<PracticeMode, BigDecimal>> hours = new java.util.HashMap<>();
        java.util.Map<Long, Integer> sessions = new java.util.HashMap<>();
        jdbc.query("""
                select e.account_id, e.mode, sum(e.hours), sum(e.sessions) from practice_entry e
                where %s and e.status = 'COUNTERSIGNED' and e.superseded_by is null
                group by e.account_id, e.mode""".formatted(scope.condition("e")), rs -> {
            long account = rs.getLong(1);
            hours.computeIfAbsent(account, k -> new java.util.EnumMap<>(PracticeMode.class))
                    .put(PracticeMode.valueOf(rs.getString(2)), rs.getBigDecimal(3));
            sessions.merge(account, rs.getInt(4), Integer::sum);
        }, scope.args());
        java.util.Map<Long, PracticeTotals> totals = new java.util.HashMap<>();
        hours.forEach((account, byMode) -> totals.put(account, PracticeTotals.ofModes(byMode, sessions.get(account))));
        return totals;
    }

    /** Entries of {@code organisationId} waiting for {@code supervisorId}'s decision, oldest first. */
    public List<PracticeEntry> awaiting(long organisationId, long supervisorId) {
        return jdbc.query(ENTRIES + " where e.organisation_id = ? and e.supervisor_id = ? and e.status = 'SUBMITTED' "
                + "order by e.created_at, e.id", ENTRY, organisationId, supervisorId);
    }

    /** Hours already logged for a day by the account, in entries that are not returned or replaced. */
    public BigDecimal hoursOn(long accountId, LocalDate day) {
        BigDecimal hours = jdbc.queryForObject("""
                select coalesce(sum(e.hours), 0) from practice_entry e
                where e.account_id = ? and e.practised_on = ? and e.status <> 'RETURNED'
                  and not exists (select 1 from practice_entry c where c.corrects_id = e.id and c.status <> 'RETURNED')""",
                BigDecimal.class, accountId, Date.valueOf(day));
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** Whether a correction of the entry is pending or countersigned already. */
    public boolean correctionExists(long entryId) {
        Integer n = jdbc.queryForObject("select count(*) from practice_entry where corrects_id = ? and status <> 'RETURNED'",
                Integer.class, entryId);
        return n != null && n > 0;
    }

    /**
     * Records a decision on a submitted entry; false when it was decided already. A countersigned
     * correction marks the entry it corrects as superseded (its signed content does not change), so
     * totals need no search for corrections.
     */
    public boolean decide(long id, PracticeEntry.Status status, long by, Instant at, String comment) {
        boolean decided = jdbc.update("""
                update practice_entry set status = ?, decided_by = ?, decided_at = ?, decision_comment = ?
                where id = ? and status = 'SUBMITTED'""", status.name(), by, Timestamp.from(at), comment, id) == 1;
        if (decided && status == PracticeEntry.Status.COUNTERSIGNED) {
            jdbc.update("""
                    update practice_entry set superseded_by = ?
                    where id = (select c.corrects_id from practice_entry c where c.id = ?) and superseded_by is null""", id, id);
        }
        return decided;
    }
}
