package academy.triggerpoint.panel.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The panel tables: who sits on which course's panel, and their answers. */
@Repository
public class PanelRecords {

    public record Member(long accountId, String label, String fullName, String email, Instant invitedAt, int answers) {
    }

    /** One answer; {@code versionLabel} is the course version that was current when it was given. */
    public record Answer(String itemId, String fingerprint, long accountId, String label, int value, String comment,
                         Instant answeredAt, String versionLabel) {
    }

    /** How many panellists chose {@code value} for the item wording {@code fingerprint}. */
    public record Count(String itemId, String fingerprint, int value, int panellists) {
    }

    private static final String ANSWERS = """
            select p.item_id, p.item_fingerprint, p.account_id, m.label, p.answer, p.answer_comment, p.answered_at,
                   v.version_label
            from panel_answer p join panel_member m on m.course_id = p.course_id and m.account_id = p.account_id
            join course_version v on v.id = p.version_id""";

    private static final RowMapper<Answer> ANSWER = (rs, i) -> new Answer(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));

    private final JdbcTemplate jdbc;

    PanelRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a member; false when they are on this course's panel already. */
    public boolean addMember(String courseId, long accountId, String label, long invitedBy, Instant now) {
        if (isMember(courseId, accountId)) {
            return false;
        }
        jdbc.update("insert into panel_member (course_id, account_id, label, invited_by, invited_at) values (?, ?, ?, ?, ?)",
                courseId, accountId, label, invitedBy, Timestamp.from(now));
        return true;
    }

    public boolean isMember(String courseId, long accountId) {
        Integer n = jdbc.queryForObject("select count(*) from panel_member where course_id = ? and account_id = ?",
                Integer.class, courseId, accountId);
        return n != null && n > 0;
    }

    public Optional<String> labelOf(String courseId, long accountId) {
        return jdbc.query("select label from panel_member where course_id = ? and account_id = ?",
                (rs, i) -> rs.getString(1), courseId, accountId).stream().findFirst();
    }

    /** The members of a course's panel with how many answers each has given, in the order they were enlisted. */
    public List<Member> members(String courseId) {
        return jdbc.query("""
                select m.account_id, m.label, a.full_name, a.email, m.invited_at,
                       (select count(*) from panel_answer p where p.course_id = m.course_id and p.account_id = m.account_id)
                from panel_member m join account a on a.id = m.account_id
                where m.course_id = ? order by m.invited_at, m.label""",
                (rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6)), courseId);
    }

    /** The courses whose panel this account sits on. */
    public List<String> coursesOf(long accountId) {
        return jdbc.queryForList("select course_id from panel_member where account_id = ? order by course_id", String.class,
                accountId);
    }

    /**
     * Stores an answer; false (and nothing changes) when this panellist has answered this wording
     * of the item already. The unique key decides, so two tabs or a double click store one answer.
     */
    public boolean addAnswer(String courseId, String itemId, String fingerprint, long versionId, long accountId, int value,
                             String comment, Instant now) {
        return jdbc.update("""
                insert into panel_answer (course_id, item_id, item_fingerprint, version_id, account_id, answer, answer_comment,
                                          answered_at)
                select ?, ?, ?, ?, ?, ?, ?, ? from panel_member
                where course_id = ? and account_id = ? and not exists (
                    select 1 from panel_answer where course_id = ? and item_id = ? and item_fingerprint = ? and account_id = ?)""",
                courseId, itemId, fingerprint, versionId, accountId, value, comment, Timestamp.from(now),
                courseId, accountId, courseId, itemId, fingerprint, accountId) == 1;
    }

    /** Every answer given on a course's panel, oldest first. */
    public List<Answer> answers(String courseId) {
        return jdbc.query(ANSWERS + " where p.course_id = ? order by p.answered_at, p.id", ANSWER, courseId);
    }

    /** The answers of one panellist on a course's panel. */
    public List<Answer> answersOf(String courseId, long accountId) {
        return jdbc.query(ANSWERS + " where p.course_id = ? and p.account_id = ? order by p.answered_at, p.id", ANSWER,
                courseId, accountId);
    }

    /** Answer counts per item wording and scale point: all grading needs, in one grouped read. */
    public List<Count> counts(String courseId) {
        return jdbc.query("""
                select item_id, item_fingerprint, answer, count(*) from panel_answer where course_id = ?
                group by item_id, item_fingerprint, answer""",
                (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), courseId);
    }
}
