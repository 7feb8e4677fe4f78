package academy.triggerpoint.lti.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The lti tables (V17). Plain SQL that runs on H2 and PostgreSQL. */
@Repository
public class LtiStore {

    private final JdbcClient jdbc;

    LtiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PlatformRow(long id, String name, String issuer, String clientId, String authorizationUrl, String jwksUrl,
                              String tokenUrl, String instructorRole, Long organisationId, Instant createdAt, Instant removedAt) {
    }

    public record KeyRow(String kid, String jwk, Instant createdAt, Instant retiredAt) {
    }

    public record LoginRow(String state, String nonce, long platformId, Instant createdAt, Instant usedAt) {
    }

    public record LinkRow(long id, long platformId, long accountId, String subject, String lineItemUrl, String courseId,
                          String moduleId, String caseId) {
    }

    public record PostRow(long id, long linkId, String changeKey, BigDecimal scoreGiven, BigDecimal scoreMaximum,
                          String activityProgress, String gradingProgress, String comment, Instant createdAt, String status,
                          int tries, Instant nextTryAt, String lastError, Instant sentAt) {
    }

    public record ContextRow(long platformId, String contextId, String title, String membershipsUrl) {
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // Platforms

    private static PlatformRow platform(ResultSet rs, int row) throws SQLException {
        // wasNull() speaks of the column read last: ask it right after reading organisation_id.
        long organisation = rs.getLong("organisation_id");
        Long organisationId = rs.wasNull() ? null : organisation;
        return new PlatformRow(rs.getLong("id"), rs.getString("name"), rs.getString("issuer"), rs.getString("client_id"),
                rs.getString("authorization_url"), rs.getString("jwks_url"), rs.getString("token_url"),
                rs.getString("instructor_role"), organisationId, instant(rs, "created_at"),
                instant(rs, "removed_at"));
    }

    public List<PlatformRow> platforms() {
        return jdbc.sql("select * from lti_platform order by removed_at desc, name").query(LtiStore::platform).list();
    }

    public Optional<PlatformRow> platform(long id) {
        return jdbc.sql("select * from lti_platform where id = ?").param(id).query(LtiStore::platform).optional();
    }

    public List<PlatformRow> activePlatformsOf(String issuer) {
        return jdbc.sql("select * from lti_platform where issuer = ? and removed_at is null order by id")
                .param(issuer).query(LtiStore::platform).list();
    }

    public Optional<PlatformRow> platform(String issuer, String clientId) {
        return jdbc.sql("select * from lti_platform where issuer = ? and client_id = ?").param(issuer).param(clientId)
                .query(LtiStore::platform).optional();
    }

    public long insertPlatform(PlatformRow p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into lti_platform (name, issuer, client_id, authorization_url, jwks_url, token_url, instructor_role,"
                        + " organisation_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.name(), p.issuer(), p.clientId(), p.authorizationUrl(), p.jwksUrl(), p.tokenUrl(), p.instructorRole(),
                        p.organisationId(), at(p.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updatePlatform(PlatformRow p) {
        jdbc.sql("update lti_platform set name = ?, issuer = ?, client_id = ?, authorization_url = ?, jwks_url = ?, token_url = ?,"
                        + " instructor_role = ?, organisation_id = ?, removed_at = ? where id = ?")
                .params(p.name(), p.issuer(), p.clientId(), p.authorizationUrl(), p.jwksUrl(), p.tokenUrl(), p.instructorRole(),
                        p.organisationId(), at(p.removedAt()), p.id())
                .update();
    }

    public List<String> deployments(long platformId) {
        return jdbc.sql("select deployment_id from lti_deployment where platform_id = ? order by deployment_id")
                .param(platformId).query(String.class).list();
    }

    public void replaceDeployments(long platformId, List<String> deploymentIds) {
        jdbc.sql("delete from lti_deployment where platform_id = ?").param(platformId).update();
        deploymentIds.forEach(d -> jdbc.sql("insert into lti_deployment (platform_id, deployment_id) values (?, ?)")
                .params(platformId, d).update());
    }

    // Tool keys

    private static KeyRow key(ResultSet rs, int row) throws SQLException {
        return new KeyRow(rs.getString("kid"), rs.getString("jwk"), instant(rs, "created_at"), instant(rs, "retired_at"));
    }

    public List<KeyRow> keys() {
        return jdbc.sql("select * from lti_tool_key order by created_at desc, kid").query(LtiStore::key).list();
    }

    public void insertKey(KeyRow key) {
        jdbc.sql("insert into lti_tool_key (kid, jwk, created_at) values (?, ?, ?)")
                .params(key.kid(), key.jwk(), at(key.createdAt())).update();
    }

    public void retireKeysOtherThan(String kid, Instant at) {
        jdbc.sql("update lti_tool_key set retired_at = ? where kid <> ? and retired_at is null").params(at(at), kid).update();
    }

    public void deleteKeysRetiredBefore(Instant before) {
        jdbc.sql("delete from lti_tool_key where retired_at < ?").param(at(before)).update();
    }

    // Login states

    public void insertLogin(LoginRow login) {
        jdbc.sql("insert into lti_login (state, nonce, platform_id, created_at) values (?, ?, ?, ?)")
                .params(login.state(), login.nonce(), login.platformId(), at(login.createdAt())).update();
    }

    public Optional<LoginRow> login(String state) {
        return jdbc.sql("select * from lti_login where state = ?").param(state)
                .query((rs, n) -> new LoginRow(rs.getString("state"), rs.getString("nonce"), rs.getLong("platform_id"),
                        instant(rs, "created_at"), instant(rs, "used_at"))).optional();
    }

    /** Marks the login used; false when it already was (a replay), so a nonce is accepted once. */
    public boolean useLogin(String state, Instant at) {
        return jdbc.sql("update lti_login set used_at = ? where state = ? and used_at is null").params(at(at), state).update() == 1;
    }

    public int deleteLoginsBefore(Instant before) {
        return jdbc.sql("delete from lti_login where created_at < ?").param(at(before)).update();
    }

    // People

    public Optional<Long> accountOf(long platformId, String subject) {
        return jdbc.sql("select account_id from lti_person where platform_id = ? and subject = ?").params(platformId, subject)
                .query(Long.class).optional();
    }

    public void link(long platformId, String subject, long accountId, Instant at) {
        jdbc.sql("insert into lti_person (platform_id, subject, account_id, created_at) values (?, ?, ?, ?)")
                .params(platformId, subject, accountId, at(at)).update();
    }

    public boolean linkedOnPlatform(long platformId, long accountId) {
        return jdbc.sql("select count(*) from lti_person where platform_id = ? and account_id = ?").params(platformId, accountId)
                .query(Long.class).single() > 0;
    }

    // Contexts (platform courses) and their instructors

    public void saveContext(long platformId, String contextId, String title, String membershipsUrl, Instant at) {
        int updated = jdbc.sql("update lti_context set title = ?, memberships_url = coalesce(?, memberships_url), updated_at = ?"
                        + " where platform_id = ? and context_id = ?")
                .params(title, membershipsUrl, at(at), platformId, contextId).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into lti_context (platform_id, context_id, title, memberships_url, updated_at) values (?, ?, ?, ?, ?)")
                        .params(platformId, contextId, title, membershipsUrl, at(at)).update();
            } catch (DuplicateKeyException concurrent) {
                // Another launch from the same course recorded it a moment ago.
            }
        }
    }

    public void addInstructor(long platformId, String contextId, long accountId) {
        try {
            jdbc.sql("insert into lti_context_instructor (platform_id, context_id, account_id) values (?, ?, ?)")
                    .params(platformId, contextId, accountId).update();
        } catch (DuplicateKeyException already) {
            // Known instructor.
        }
    }

    public List<ContextRow> contextsTaughtBy(long accountId) {
        return jdbc.sql("select c.* from lti_context c join lti_context_instructor i on i.platform_id = c.platform_id"
                        + " and i.context_id = c.context_id join lti_platform p on p.id = c.platform_id"
                        + " where i.account_id = ? and p.removed_at is null and c.memberships_url is not null order by c.title")
                .param(accountId)
                .query((rs, n) -> new ContextRow(rs.getLong("platform_id"), rs.getString("context_id"), rs.getString("title"),
                        rs.getString("memberships_url"))).list();
    }

    // Grade links and the grade outbox

    private static LinkRow linkRow(ResultSet rs, int row) throws SQLException {
        return new LinkRow(rs.getLong("id"), rs.getLong("platform_id"), rs.getLong("account_id"), rs.getString("subject"),
                rs.getString("line_item_url"), rs.getString("course_id"), rs.getString("module_id"), rs.getString("case_id"));
    }

    public void saveLink(LinkRow link, Instant at) {
        try {
            jdbc.sql("insert into lti_grade_link (platform_id, account_id, subject, line_item_url, course_id, module_id, case_id,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(link.platformId(), link.accountId(), link.subject(), link.lineItemUrl(), link.courseId(),
                            link.moduleId(), link.caseId(), at(at)).update();
        } catch (DuplicateKeyException known) {
            // The same line item was launched before.
        }
    }

    public List<LinkRow> linksOf(long accountId, String courseId) {
        return jdbc.sql("select * from lti_grade_link where account_id = ? and course_id = ? order by id")
                .params(accountId, courseId).query(LtiStore::linkRow).list();
    }

    public Optional<LinkRow> link(long id) {
        return jdbc.sql("select * from lti_grade_link where id = ?").param(id).query(LtiStore::linkRow).optional();
    }

    /** Adds a grade owed to a line item, returning its id; empty when this change was already owed (it is posted once). */
    public Optional<Long> insertPost(PostRow post) {
        try {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("insert into lti_grade_post (link_id, change_key, score_given, score_maximum, activity_progress,"
                            + " grading_progress, comment, created_at, status, tries, next_try_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(post.linkId(), post.changeKey(), post.scoreGiven(), post.scoreMaximum(), post.activityProgress(),
                            post.gradingProgress(), post.comment(), at(post.createdAt()), post.status(), at(post.nextTryAt()))
                    .update(keys, "id");
            return Optional.of(keys.getKey().longValue());
        } catch (DuplicateKeyException already) {
            return Optional.empty();
        }
    }

    private static PostRow post(ResultSet rs, int row) throws SQLException {
        return new PostRow(rs.getLong("id"), rs.getLong("link_id"), rs.getString("change_key"), rs.getBigDecimal("score_given"),
                rs.getBigDecimal("score_maximum"), rs.getString("activity_progress"), rs.getString("grading_progress"),
                rs.getString("comment"), instant(rs, "created_at"), rs.getString("status"), rs.getInt("tries"),
                instant(rs, "next_try_at"), rs.getString("last_error"), instant(rs, "sent_at"));
    }

    public List<PostRow> duePosts(Instant now, int limit) {
        return jdbc.sql("select * from lti_grade_post where status in ('PENDING', 'SENDING') and next_try_at <= ? order by next_try_at, id"
                        + " fetch first ? rows only")
                .params(at(now), limit).query(LtiStore::post).list();
    }

    public Optional<PostRow> post(long id) {
        return jdbc.sql("select * from lti_grade_post where id = ?").param(id).query(LtiStore::post).optional();
    }

    /** Takes a due post for delivery until {@code leaseUntil}; false when another node or thread has it. */
    public boolean claimPost(long id, Instant now, Instant leaseUntil) {
        return jdbc.sql("update lti_grade_post set status = 'SENDING', next_try_at = ? where id = ?"
                        + " and status in ('PENDING', 'SENDING') and next_try_at <= ?")
                .params(at(leaseUntil), id, at(now)).update() == 1;
    }

    public void finishPost(long id, String status, int tries, Instant nextTryAt, String lastError, Instant sentAt) {
        jdbc.sql("update lti_grade_post set status = ?, tries = ?, next_try_at = ?, last_error = ?, sent_at = ? where id = ?")
                .params(status, tries, at(nextTryAt), lastError == null ? null : lastError.substring(0, Math.min(1000, lastError.length())),
                        at(sentAt), id).update();
    }

    public record UndeliveredRow(PostRow post, String platformName, String lineItemUrl, String subject) {
    }

    /** Posts an administrator should see (not delivered yet, or given up on), with where they were going, in one query. */
    public List<UndeliveredRow> undeliveredPosts(int limit) {
        return jdbc.sql("select gp.*, p.name as platform_name, l.line_item_url, l.subject from lti_grade_post gp"
                        + " join lti_grade_link l on l.id = gp.link_id join lti_platform p on p.id = l.platform_id"
                        + " where gp.status <> 'SENT' order by gp.created_at desc, gp.id desc fetch first ? rows only")
                .param(limit)
                .query((rs, n) -> new UndeliveredRow(post(rs, n), rs.getString("platform_name"), rs.getString("line_item_url"),
                        rs.getString("subject")))
                .list();
    }

    public void requeue(long id, Instant now) {
        jdbc.sql("update lti_grade_post set status = 'PENDING', next_try_at = ?, tries = 0 where id = ? and status in ('FAILED', 'PENDING')")
                .params(at(now), id).update();
    }
}
