package academy.triggerpoint.certification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code certificate_pending} table: completions whose certificate could not be drawn, with the reason. */
@Repository
public class PendingCertificates {

    /** One completion still waiting for its certificate. */
    public record Pending(String issueKey, long accountId, String courseId, long versionId, String courseTitle,
                          Instant completedAt, String reason, Instant failedAt) {
    }

    private final JdbcClient jdbc;

    PendingCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or updates) why a completion has no certificate yet. */
    public void record(Pending pending) {
        int updated = jdbc.sql("update certificate_pending set reason = ?, failed_at = ? where issue_key = ?")
                .params(pending.reason(), Timestamp.from(pending.failedAt()), pending.issueKey()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into certificate_pending (issue_key, account_id, course_id, version_id, course_title,
                        completed_at, reason, failed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(pending.issueKey(), pending.accountId(), pending.courseId(), pending.versionId(),
                            pending.courseTitle(), Timestamp.from(pending.completedAt()), pending.reason(),
                            Timestamp.from(pending.failedAt()))
                    .update();
        }
    }

    public void resolve(String issueKey) {
        jdbc.sql("delete from certificate_pending where issue_key = ?").param(issueKey).update();
    }

    public List<Pending> of(long accountId) {
        return jdbc.sql(SELECT + " where account_id = ? order by completed_at desc").param(accountId).query(PendingCertificates::pending).list();
    }

    public java.util.Optional<Pending> find(String issueKey) {
        return jdbc.sql(SELECT + " where issue_key = ?").param(issueKey).query(PendingCertificates::pending).optional();
    }

    public List<Pending> all() {
        return jdbc.sql(SELECT + " order by failed_at desc").query(PendingCertificates::pending).list();
    }

    private static Pending pending(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pending(rs.getString("issue_key"), rs.getLong("account_id"), rs.getString("course_id"),
                rs.getLong("version_id"), rs.getString("course_title"), rs.getTimestamp("completed_at").toInstant(),
                rs.getString("reason"), rs.getTimestamp("failed_at").toInstant());
    }

    private static final String SELECT = """
            select issue_key, account_id, course_id, version_id, course_title, completed_at, reason, failed_at
            from certificate_pending""";
}
