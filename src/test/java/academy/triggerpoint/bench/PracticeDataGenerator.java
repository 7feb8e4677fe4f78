package academy.triggerpoint.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds practical training to the organisation {@link StaffDataGenerator} made, straight into the
 * database with JDBC batches: {@code entriesEach} log entries per member (90 % countersigned, 5 %
 * waiting, 5 % returned; every mode and region), one or two of the shipped jurisdictions per member
 * with half the attestations done, and observations of the foundations practical for a third of
 * them (one in six of those not passed). Deterministic (fixed seed). Used by {@link DashboardHarness}.
 */
final class PracticeDataGenerator {

    private static final String[] JURISDICTIONS = {"us-fl", "us-ga", "us-md", "us-de", "us-az", "ca-ab"};
    private static final String[][] ATTESTATIONS = {{"board-attestation"}, {"board-documentation"}, {"board-registration"},
            {"cpr-current", "training-records-on-request"}, {"board-proof-of-compliance"},
            {"general-register", "restricted-activity-authorization"}};
    private static final String[] MODES = {"ONLINE_THEORY", "IN_PERSON_COURSE", "SUPERVISED_NEEDLING"};
    private static final String[] REGIONS = {"cervical", "thoracic-paraspinal", "shoulder-girdle", "lumbar", "hip", "knee", "ankle-foot"};

    private PracticeDataGenerator() {
    }

    static void generate(ConfigurableApplicationContext app, long managerId, int entriesEach, Instant now) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Random random = new Random(20261207);
        long org = jdbc.queryForObject("select organisation_id from membership where account_id = ?", Long.class, managerId);
        List<Long> ids = jdbc.queryForList("select account_id from membership where organisation_id = ? and account_id <> ? "
                + "order by account_id", Long.class, org, managerId);
        long supervisor = ids.getFirst();
        jdbc.update("insert into account_role (account_id, role) values (?, 'SUPERVISOR')", supervisor);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> registrations = new ArrayList<>();
        List<Object[]> attestations = new ArrayList<>();
        List<Object[]> observations = new ArrayList<>();
        int entryCount = 0;
        for (long id : ids) {
            for (int e = 0; e < entriesEach; e++) {
                String mode = MODES[random.nextInt(MODES.length)];
                int roll = random.nextInt(100);
                String status = roll < 90 ? "COUNTERSIGNED" : roll < 95 ? "SUBMITTED" : "RETURNED";
                LocalDate day = today.minusDays(1 + random.nextInt(700));
                boolean decided = !status.equals("SUBMITTED");
                entries.add(new Object[] {id, org, Date.valueOf(day), BigDecimal.valueOf(1 + random.nextInt(8)), mode,
                        "Generated workshop", REGIONS[random.nextInt(REGIONS.length)], mode.equals("SUPERVISED_NEEDLING") ? 1 + random.nextInt(5) : 0,
                        supervisor, status, ts(now), Long.toHexString(random.nextLong()), decided ? supervisor : null,
                        decided ? ts(now) : null});
            }
            if (entries.size() >= 20_000) {
                entryCount += insertEntries(jdbc, entries);
            }
            int first = random.nextInt(JURISDICTIONS.length);
            int count = 1 + random.nextInt(2);
            for (int j = 0; j < count; j++) {
                int which = (first + j) % JURISDICTIONS.length;
                registrations.add(new Object[] {id, JURISDICTIONS[which], "GEN-" + id + "-" + which,
                        Date.valueOf(today.minusYears(1 + random.nextInt(10)))});
                for (String attestation : ATTESTATIONS[which]) {
                    if (random.nextBoolean()) {
                        attestations.add(new Object[] {id, JURISDICTIONS[which], attestation, Date.valueOf(today.minusDays(30)),
                                ts(now)});
                    }
                }
            }
            if (random.nextInt(3) == 0) {
                boolean passed = random.nextInt(6) != 0;
                LocalDate observed = today.minusDays(random.nextInt(400));
                observations.add(new Object[] {id, org, Date.valueOf(observed), supervisor, passed, !passed, passed ? 12 : 10,
                        passed ? Date.valueOf(observed.plusMonths(12).minusDays(1)) : null, ts(now), Long.toHexString(random.nextLong())});
            }
        }
        entryCount += insertEntries(jdbc, entries);
        jdbc.batchUpdate("insert into practice_jurisdiction (account_id, code, licence_number, licensed_since) values (?, ?, ?, ?)",
                registrations);
        jdbc.batchUpdate("""
                insert into practice_attestation (account_id, code, attestation_id, done_on, evidence_name, evidence, recorded_at)
                values (?, ?, ?, ?, 'generated.pdf', null, ?)""", attestations);
        jdbc.batchUpdate("""
                insert into practice_observation (account_id, organisation_id, course_id, course_version, practical_id,
                    practical_title, observed_on, assessor_id, passed, critical_missed, steps_done, steps_total, results,
                    comment_text, valid_until, signed_at, content_hash)
                values (?, ?, 'dry-needling-foundations', '1.1.0', 'observed-needling', 'Observed dry needling of the upper trapezius',
                    ?, ?, ?, ?, ?, 12, '[]', null, ?, ?, ?)""", observations);
        System.out.printf("generated: %d practical log entries, %d jurisdiction registrations, %d attestations, %d observations%n",
                entryCount, registrations.size(), attestations.size(), observations.size());
    }

    private static int insertEntries(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into practice_entry (account_id, organisation_id, practised_on, hours, mode, training, regions, sessions,
                    supervisor_id, status, created_at, content_hash, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        int n = rows.size();
        rows.clear();
        return n;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
