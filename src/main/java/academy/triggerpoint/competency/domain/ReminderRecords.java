package academy.triggerpoint.competency.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code reminder} table: a reminder is planned once under its key and stays until sent. A send
 * is claimed with a conditional update first, so two nodes never send the same reminder.
 */
@Repository
public class ReminderRecords {

    /** A reminder waiting to be sent (again). */
    public record Pending(long id, String email, String subject, String body, int tries, Instant nextTryAt) {
    }

    private final JdbcTemplate jdbc;

    ReminderRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans a reminder unless one with this key was ever planned; true when this call planned it. */
    public boolean planOnce(String key, String kind, long recipientId, String email, String subject, String body, Instant now) {
        try {
            return jdbc.update("""
                    insert into reminder (reminder_key, kind, recipient_id, email, subject, body, created_at, tries, next_try_at)
                    select ?, ?, ?, ?, ?, ?, ?, 0, ? from (values (1)) as one (x)
                    where not exists (select 1 from reminder where reminder_key = ?)""",
                    key, kind, recipientId, email, subject, body, Timestamp.from(now), Timestamp.from(now), key) == 1;
        } catch (DuplicateKeyException planned) {
            return false;
        }
    }

    public List<Pending> due(Instant now, int limit) {
        return jdbc.query("""
                select id, email, subject, body, tries, next_try_at from reminder
                where sent_at is null and next_try_at <= ? order by id fetch first %d rows only""".formatted(limit),
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant()), Timestamp.from(now));
    }

    /** Takes a reminder for sending until {@code until}; false when another node took it first. */
    public boolean claim(Pending pending, Instant until) {
        return jdbc.update("update reminder set next_try_at = ? where id = ? and sent_at is null and next_try_at = ?",
                Timestamp.from(until), pending.id(), Timestamp.from(pending.nextTryAt())) == 1;
    }

    public void sent(long id, Instant at) {
        jdbc.update("update reminder set sent_at = ?, tries = tries + 1, last_error = null where id = ?", Timestamp.from(at), id);
    }

    public void failed(long id, Instant retryAt, String error) {
        jdbc.update("update reminder set tries = tries + 1, next_try_at = ?, last_error = ? where id = ?",
                Timestamp.from(retryAt), error.length() > 1000 ? error.substring(0, 1000) : error, id);
    }
}
