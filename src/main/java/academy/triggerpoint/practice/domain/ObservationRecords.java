package academy.triggerpoint.practice.domain;

import academy.triggerpoint.catalog.content.PracticalDefinition;
import academy.triggerpoint.competency.PracticalEvidence;
import academy.triggerpoint.practice.Observation;
import academy.triggerpoint.practice.PracticalStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The observation table: rows are inserted once, signed, and never updated. */
@Repository
public class ObservationRecords {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Observation.StepResult>> STEPS = new TypeReference<>() {
    };

    private static final String OBSERVATIONS = """
            select o.id, o.account_id, a.full_name, o.course_id, o.course_version, o.practical_id, o.practical_title,
                   o.observed_on, o.assessor_id, s.full_name, o.passed, o.critical_missed, o.steps_done, o.steps_total,
                   o.results, o.comment_text, o.valid_until, o.signed_at, o.content_hash
            from practice_observation o join account a on a.id = o.account_id join account s on s.id = o.assessor_id""";

    private static final RowMapper<Observation> OBSERVATION = (rs, i) -> new Observation(rs.getLong(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getObject(8, LocalDate.class), rs.getLong(9), rs.getString(10), rs.getBoolean(11), rs.getBoolean(12),
            rs.getInt(13), rs.getInt(14), JSON.readValue(rs.getString(15), STEPS), rs.getString(16),
            rs.getObject(17, LocalDate.class), rs.getTimestamp(18).toInstant(), rs.getString(19));

    private final JdbcTemplate jdbc;

    ObservationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The canonical JSON of the steps as stored and as hashed. */
    public static String stepsJson(List<Observation.StepResult> steps) {
        return JSON.writeValueAsString(steps);
    }

    /** Stores a signed observation; {@code o.id()} is ignored. */
    public void insert(Observation o, long organisationId) {
        jdbc.update("""
                insert into practice_observation (account_id, organisation_id, course_id, course_version, practical_id,
                    practical_title, observed_on, assessor_id, passed, critical_missed, steps_done, steps_total, results,
                    comment_text, valid_until, signed_at, content_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                o.accountId(), organisationId, o.courseId(), o.courseVersion(), o.practicalId(), o.practicalTitle(),
                Date.valueOf(o.observedOn()), o.assessorId(), o.passed(), o.criticalMissed(), o.stepsDone(), o.stepsTotal(),
                stepsJson(o.steps()), o.comment(), o.validUntil() == null ? null : Date.valueOf(o.validUntil()),
                Timestamp.from(o.signedAt()), o.contentHash());
    }

    /** The observations in scope, oldest first. */
    public List<Observation> of(Scope scope) {
        return jdbc.query(OBSERVATIONS + " where " + scope.condition("o") + " order by o.account_id, o.observed_on, o.signed_at, o.id",
                OBSERVATION, scope.args());
    }

    /** The observations in scope without their checklists, oldest first: what standings and the manager's matrix need. */
    public List<PracticalStatus> statuses(Scope scope) {
        return jdbc.query("""
                select o.account_id, o.course_id, o.practical_id, o.practical_title, o.observed_on, o.passed, o.valid_until
                from practice_observation o where %s order by o.account_id, o.observed_on, o.signed_at, o.id"""
                        .formatted(scope.condition("o")),
                (rs, i) -> new PracticalStatus(rs.getLong(1), PracticalDefinition.reference(rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6), rs.getObject(7, LocalDate.class)),
                scope.args());
    }

    /**
     * Per person and practical: the first day observed, the last day passed, and the day of a critical
     * miss that no later observation passed (null when none), as UTC midnights. Observations of one
     * day are ordered as they were signed, so a miss in the morning and a pass after it leave nothing
     * to remedy, and a miss after a pass of the same day does.
     */
    public List<PracticalEvidence.Fact> facts(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(accountIds.size(), "?"));
        java.util.Map<List<Object>, PracticalEvidence.Fact> facts = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select account_id, course_id, practical_id, observed_on, passed, critical_missed from practice_observation
                where account_id in (%s) order by account_id, course_id, practical_id, observed_on, signed_at, id""".formatted(marks),
                rs -> {
                    long account = rs.getLong(1);
                    String course = rs.getString(2);
                    String practical = rs.getString(3);
                    Instant day = midnight(rs.getObject(4, LocalDate.class));
                    boolean passed = rs.getBoolean(5);
                    boolean critical = rs.getBoolean(6);
                    facts.merge(List.of(account, course, practical), new PracticalEvidence.Fact(account, course, practical, day,
                            passed ? day : null, critical ? day : null), (before, now) -> new PracticalEvidence.Fact(account, course, practical,
                            before.firstObservedAt(), passed ? day : before.passedAt(),
                            critical ? day : passed ? null : before.lastCriticalAt()));
                }, accountIds.toArray());
        return List.copyOf(facts.values());
    }

    private static Instant midnight(LocalDate day) {
        return day == null ? null : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
