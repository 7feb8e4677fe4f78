package academy.triggerpoint.bench;

import academy.triggerpoint.catalog.CourseLibrary;
import academy.triggerpoint.catalog.content.CaseDefinition;
import academy.triggerpoint.catalog.content.CourseDefinition;
import academy.triggerpoint.catalog.content.ModuleDefinition;
import academy.triggerpoint.competency.CompetencyLedger;
import academy.triggerpoint.shared.SystemTask;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a large organisation for the dashboard benchmark, straight into the database with JDBC
 * batches: one organisation with {@value #TEAMS} teams and one manager, {@code staff} members with
 * licences, enrolments on the shipped courses, {@code attempts} graded attempts spread over their
 * quizzes and cases (passes, fails and some safety-critical fails over the last three years),
 * completions with certificate rows (a placeholder instead of a signed PDF), and assignments, some
 * overdue. Then the competency ledger derives every member's standings, as its nightly sweep does.
 * Deterministic (fixed seed). Used by {@link DashboardHarness}.
 */
final class StaffDataGenerator {

    static final int TEAMS = 20;
    static final String MANAGER_EMAIL = "bench.manager@generated.example";

    private StaffDataGenerator() {
    }

    /** Evidence that can be attempted: a course's module quiz or case. */
    private record Target(String courseId, long versionId, String moduleId, String caseId) {
    }

    static long generate(ConfigurableApplicationContext app, int staff, int attempts, Instant now) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Random random = new Random(20261122);
        jdbc.update("insert into organisation (name, refresher_rule, created_at, version) values (?, false, ?, 0)",
                "Generated Health Board", ts(now));
        long org = jdbc.queryForObject("select id from organisation where name = 'Generated Health Board'", Long.class);
        List<Object[]> teams = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            teams.add(new Object[] {org, "Team " + t});
        }
        jdbc.batchUpdate("insert into team (organisation_id, name) values (?, ?)", teams);
        List<Long> teamIds = jdbc.queryForList("select id from team where organisation_id = ? order by id", Long.class, org);

        List<CourseDefinition> courses = app.getBean(CourseLibrary.class).currentCourses();
        List<Target> targets = new ArrayList<>();
        for (CourseDefinition course : courses) {
            long version = jdbc.queryForObject("select current_version_id from course where id = ?", Long.class, course.id());
            for (ModuleDefinition module : course.modules()) {
                if (module.quiz() != null) {
                    targets.add(new Target(course.id(), version, module.id(), null));
                }
            }
            for (CaseDefinition c : course.cases()) {
                targets.add(new Target(course.id(), version, c.moduleId(), c.id()));
            }
        }

        List<Object[]> accounts = new ArrayList<>();
        accounts.add(account(MANAGER_EMAIL, "Generated Manager", now));
        for (int i = 0; i < staff; i++) {
            accounts.add(account("staff" + i + "@generated.example", "Staff Member " + i, now));
        }
        jdbc.batchUpdate("""
                insert into account (email, email_normalized, full_name, licence_number, licence_country, licence_region,
                    password_hash, email_verified, enabled, created_at, version)
                values (?, ?, ?, ?, 'New Zealand', null, null, true, true, ?, 0)""", accounts);
        long managerId = jdbc.queryForObject("select id from account where email_normalized = ?", Long.class, MANAGER_EMAIL);
        jdbc.update("insert into account_role (account_id, role) values (?, 'MANAGER'), (?, 'LEARNER')", managerId, managerId);
        List<Long> ids = jdbc.queryForList("select id from account where email_normalized like 'staff%@generated.example' order by id",
                Long.class);
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        members.add(new Object[] {managerId, org, teamIds.get(0), ts(now)});
        for (int i = 0; i < ids.size(); i++) {
            roles.add(new Object[] {ids.get(i)});
            members.add(new Object[] {ids.get(i), org, teamIds.get(i % TEAMS), ts(now)});
        }
        jdbc.batchUpdate("insert into account_role (account_id, role) values (?, 'LEARNER')", roles);
        jdbc.batchUpdate("insert into membership (account_id, organisation_id, team_id, joined_at) values (?, ?, ?, ?)", members);

        List<Object[]> enrolments = new ArrayList<>();
        List<Object[]> certificates = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> attemptRows = new ArrayList<>();
        int perPerson = Math.max(1, attempts / Math.max(1, staff));
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Instant enrolled = now.minus(Duration.ofDays(30 + random.nextInt(1000)));
            for (CourseDefinition course : courses) {
                long version = jdbc.queryForObject("select current_version_id from course where id = ?", Long.class, course.id());
                boolean completed = random.nextInt(100) < 55;
                Instant completedAt = completed ? enrolled.plus(Duration.ofDays(7 + random.nextInt(20))) : null;
                enrolments.add(new Object[] {id, course.id(), version, ts(enrolled), ts(completedAt)});
                if (completed) {
                    Instant expires = course.validityMonths() == null ? null
                            : completedAt.atOffset(ZoneOffset.UTC).plusMonths(course.validityMonths()).toInstant();
                    certificates.add(new Object[] {"GEN" + id + "X" + course.id().hashCode(), id, course.id(), version,
                            course.title(), course.version(), "Staff Member " + i, course.ceContactHours(),
                            ts(completedAt), ts(completedAt), ts(expires)});
                } else if (random.nextInt(100) < 40) {
                    LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(random.nextInt(60) - 20);
                    assignments.add(new Object[] {org, id, course.id(), due, ts(now.minus(Duration.ofDays(30))), managerId});
                }
            }
            for (int a = 0; a < perPerson; a++) {
                Target target = targets.get(random.nextInt(targets.size()));
                Instant started = enrolled.plus(Duration.ofHours(1 + random.nextInt(24 * 60)));
                int roll = random.nextInt(100);
                String outcome = roll < 70 ? "PASSED" : roll < 97 ? "FAILED" : "FAILED_CRITICAL";
                double percent = outcome.equals("PASSED") ? 80 + random.nextInt(21) : 30 + random.nextInt(45);
                Instant graded = started.plus(Duration.ofMinutes(10 + random.nextInt(50)));
                attemptRows.add(new Object[] {id, target.courseId(), target.versionId(), target.moduleId(), target.caseId(),
                        random.nextLong(), ts(started), ts(graded), ts(graded), percent, percent, outcome});
            }
            if (attemptRows.size() >= 20_000) {
                insertAttempts(jdbc, attemptRows);
            }
        }
        insertAttempts(jdbc, attemptRows);
        jdbc.batchUpdate("""
                insert into enrolment (account_id, course_id, version_id, enrolled_at, completed_at)
                values (?, ?, ?, ?, ?)""", enrolments);
        jdbc.batchUpdate("""
                insert into certificate (code, account_id, course_id, version_id, content_hash, course_title, course_version,
                    learner_name, licence_number, jurisdiction, ce_hours, delivery_mode, completed_at, issued_at, expires_at,
                    status, pdf, pdf_sha256)
                values (?, ?, ?, ?, 'generated', ?, ?, ?, 'GEN-1', 'New Zealand', ?, 'online-self-paced', ?, ?, ?, 'VALID',
                    X'25504446', 'generated')""", certificates);
        jdbc.batchUpdate("""
                insert into assignment (organisation_id, account_id, course_id, due_on, assigned_at, assigned_by, origin)
                values (?, ?, ?, ?, ?, ?, 'MANAGER')""", assignments);
        long t0 = System.nanoTime();
        int refreshed = app.getBean(SystemTask.class).run(() -> app.getBean(CompetencyLedger.class).refreshEveryMember());
        System.out.printf("generated: %d staff in %d teams, %d attempts, %d enrolments, %d certificates, %d assignments; "
                        + "standings derived for %d members in %.1f s%n", staff, TEAMS, perPerson * staff, enrolments.size(),
                certificates.size(), assignments.size(), refreshed, (System.nanoTime() - t0) / 1e9);
        return managerId;
    }

    private static void insertAttempts(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into attempt (account_id, course_id, version_id, module_id, case_id, state, seed, item_ids, pass_mark,
                    started_at, submitted_at, submitted_by, graded_at, points, max_points, score_percent, outcome)
                values (?, ?, ?, ?, ?, 'GRADED', ?, '', 70, ?, ?, 'LEARNER', ?, ?, 100, ?, ?)""", rows);
        rows.clear();
    }

    private static Object[] account(String email, String name, Instant now) {
        return new Object[] {email, email, name, "PT-" + Math.abs(email.hashCode() % 100000), ts(now)};
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
