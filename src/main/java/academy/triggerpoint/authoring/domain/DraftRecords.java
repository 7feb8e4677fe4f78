package academy.triggerpoint.authoring.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The authoring tables: drafts, their files, comments and events. State changes and file saves are
 * conditional updates (on the state or the revision the caller saw), so two authors acting at once
 * never overwrite each other silently: one of them gets zero rows and a conflict.
 */
@Repository
public class DraftRecords {

    public enum State { EDITING, IN_REVIEW, PUBLISHED, DISCARDED }

    public record Draft(long id, String courseId, Long baseVersionId, State state, long createdBy, String createdByName,
                        Instant createdAt, Long submittedBy, Instant submittedAt, String submittedHash,
                        Long publishedVersionId, Instant closedAt) {

        public boolean open() {
            return state == State.EDITING || state == State.IN_REVIEW;
        }
    }

    public record FileRow(String path, long revision, int size, String updatedByName, Instant updatedAt) {
    }

    public record Content(String path, byte[] bytes, long revision) {
    }

    public record CommentRow(long id, String authorName, long authorId, String path, String body, Instant createdAt) {
    }

    public record EventRow(long id, String actorName, long actorId, String action, String detail, Instant occurredAt) {
    }

    private static final String DRAFT_COLUMNS = """
            d.id, d.course_id, d.base_version_id, d.state, d.created_by, a.full_name, d.created_at, d.submitted_by,
            d.submitted_at, d.submitted_hash, d.published_version_id, d.closed_at
            from course_draft d join account a on a.id = d.created_by""";

    private final JdbcTemplate jdbc;

    DraftRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a draft; fails with a duplicate key when the course already has an open draft. */
    public long create(String courseId, Long baseVersionId, long createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into course_draft (course_id, open_course_id, base_version_id, state, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, courseId);
            ps.setString(2, courseId);
            ps.setObject(3, baseVersionId);
            ps.setString(4, State.EDITING.name());
            ps.setLong(5, createdBy);
            ps.setTimestamp(6, Timestamp.from(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public Optional<Draft> find(long id) {
        return jdbc.query("select " + DRAFT_COLUMNS + " where d.id = ?", DraftRecords::draft, id).stream().findFirst();
    }

    public Optional<Draft> openDraftOf(String courseId) {
        return jdbc.query("select " + DRAFT_COLUMNS + " where d.open_course_id = ?", DraftRecords::draft, courseId)
                .stream().findFirst();
    }

    /** Open drafts first, then the most recently closed ones. */
    public List<Draft> recent(int limit) {
        return jdbc.query("select " + DRAFT_COLUMNS + " " + """
                 order by case when d.open_course_id is null then 1 else 0 end, d.id desc
                 fetch first %d rows only""".formatted(limit), DraftRecords::draft);
    }

    public boolean submit(long id, long by, String contentHash, Instant now) {
        return jdbc.update("""
                update course_draft set state = ?, submitted_by = ?, submitted_at = ?, submitted_hash = ?
                where id = ? and state = ?""", State.IN_REVIEW.name(), by, Timestamp.from(now), contentHash, id,
                State.EDITING.name()) == 1;
    }

    /** Back to editing (changes requested, or withdrawn by its author). */
    public boolean reopen(long id) {
        return jdbc.update("""
                update course_draft set state = ?, submitted_by = null, submitted_at = null, submitted_hash = null
                where id = ? and state = ?""", State.EDITING.name(), id, State.IN_REVIEW.name()) == 1;
    }

    public boolean published(long id, long versionId, String expectedHash, Instant now) {
        return jdbc.update("""
                update course_draft set state = ?, published_version_id = ?, open_course_id = null, closed_at = ?
                where id = ? and state = ? and submitted_hash = ?""", State.PUBLISHED.name(), versionId,
                Timestamp.from(now), id, State.IN_REVIEW.name(), expectedHash) == 1;
    }

    public boolean discard(long id, Instant now) {
        return jdbc.update("""
                update course_draft set state = ?, open_course_id = null, closed_at = ?
                where id = ? and state in (?, ?)""", State.DISCARDED.name(), Timestamp.from(now), id,
                State.EDITING.name(), State.IN_REVIEW.name()) == 1;
    }

    // Files

    public List<FileRow> files(long draftId) {
        return jdbc.query("""
                select f.path, f.revision, octet_length(f.content), a.full_name, f.updated_at
                from draft_file f join account a on a.id = f.updated_by where f.draft_id = ? order by f.path""",
                (rs, n) -> new FileRow(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), draftId);
    }

    /** Every file's bytes, by path in path order. */
    public Map<String, byte[]> contents(long draftId) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        jdbc.query("select path, content from draft_file where draft_id = ? order by path",
                rs -> {
                    contents.put(rs.getString(1), rs.getBytes(2));
                }, draftId);
        return contents;
    }

    public Optional<Content> content(long draftId, String path) {
        return jdbc.query("select path, content, revision from draft_file where draft_id = ? and path = ?",
                (rs, n) -> new Content(rs.getString(1), rs.getBytes(2), rs.getLong(3)), draftId, path).stream().findFirst();
    }

    public void insertFile(long draftId, String path, byte[] content, long by, Instant now) {
        jdbc.update("""
                insert into draft_file (draft_id, path, content, revision, updated_by, updated_at) values (?, ?, ?, 1, ?, ?)""",
                draftId, path, content, by, Timestamp.from(now));
    }

    /** Saves over the revision the editor started from; false when someone saved in between. */
    public boolean updateFile(long draftId, String path, byte[] content, long expectedRevision, long by, Instant now) {
        return jdbc.update("""
                update draft_file set content = ?, revision = revision + 1, updated_by = ?, updated_at = ?
                where draft_id = ? and path = ? and revision = ?""",
                content, by, Timestamp.from(now), draftId, path, expectedRevision) == 1;
    }

    public boolean deleteFile(long draftId, String path, long expectedRevision) {
        return jdbc.update("delete from draft_file where draft_id = ? and path = ? and revision = ?",
                draftId, path, expectedRevision) == 1;
    }

    // Comments and events

    public void comment(long draftId, long authorId, String path, String body, Instant now) {
        jdbc.update("insert into draft_comment (draft_id, author_id, path, body, created_at) values (?, ?, ?, ?, ?)",
                draftId, authorId, path, body, Timestamp.from(now));
    }

    public List<CommentRow> comments(long draftId) {
        return jdbc.query("""
                select c.id, a.full_name, c.author_id, c.path, c.body, c.created_at
                from draft_comment c join account a on a.id = c.author_id where c.draft_id = ? order by c.id""",
                (rs, n) -> new CommentRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()), draftId);
    }

    public void event(long draftId, long actorId, String action, String detail, Instant now) {
        String trimmed = detail != null && detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        jdbc.update("insert into draft_event (draft_id, actor_id, action, detail, occurred_at) values (?, ?, ?, ?, ?)",
                draftId, actorId, action, trimmed, Timestamp.from(now));
    }

    public List<EventRow> events(long draftId) {
        return jdbc.query("""
                select e.id, a.full_name, e.actor_id, e.action, e.detail, e.occurred_at
                from draft_event e join account a on a.id = e.actor_id where e.draft_id = ? order by e.id""",
                (rs, n) -> new EventRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()), draftId);
    }

    /** Whether the account changed the draft's content (created, edited, uploaded, imported into it). */
    public boolean contributed(long draftId, long accountId, List<String> contentActions) {
        String marks = String.join(", ", contentActions.stream().map(a -> "?").toList());
        Object[] args = new Object[contentActions.size() + 2];
        args[0] = draftId;
        args[1] = accountId;
        for (int i = 0; i < contentActions.size(); i++) {
            args[i + 2] = contentActions.get(i);
        }
        Integer count = jdbc.queryForObject("select count(*) from draft_event where draft_id = ? and actor_id = ? and action in ("
                + marks + ")", Integer.class, args);
        return count != null && count > 0;
    }

    private static Draft draft(ResultSet rs, int n) throws SQLException {
        return new Draft(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class), State.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getObject(8, Long.class),
                instant(rs.getTimestamp(9)), rs.getString(10), rs.getObject(11, Long.class), instant(rs.getTimestamp(12)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
