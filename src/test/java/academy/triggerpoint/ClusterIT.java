package academy.triggerpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.assessment.AttemptReport;
import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.certification.BatchProgress;
import academy.triggerpoint.certification.CertificateBatches;
import academy.triggerpoint.competency.Assignments;
import academy.triggerpoint.competency.Clinics;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.Organisations;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.Role;
import academy.triggerpoint.shared.mail.OutgoingMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Two application nodes, each a whole application with its own web server, scheduler and
 * in-memory state, on one PostgreSQL database, as behind the load balancer of deploy/haproxy.cfg
 * (issue 17). What must happen once happens once whichever node does it, at the same moment.
 *
 * <p>Both nodes live in this JVM; a person is signed in on a thread for both (each node reads its
 * own security context holder), which is what two separate JVMs would each see.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static EmbeddedPostgres postgres;
    private static java.nio.file.Path postgresData;
    private static int postgresPort;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws IOException {
        postgresData = java.nio.file.Files.createTempDirectory("cluster-postgres");
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            postgresPort = socket.getLocalPort();
        }
        postgres = startPostgres();
        String courses = TestFolders.withIntroCourse("cluster").toString();
        a = node("a", courses);
        b = node("b", courses);
    }

    /** The cluster's database, on a fixed data folder and port so that it can be stopped and started again. */
    private static EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(postgresData).setCleanDataDirectory(false).setPort(postgresPort).start();
    }

    private static ConfigurableApplicationContext node(String name, String courses) {
        return new SpringApplicationBuilder(Application.class, IntegrationTest.TestClock.class, BackgroundWork.class)
                .profiles("test")
                .run("--server.port=0", "--spring.application.name=node-" + name,
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--academy.courses.folder=" + courses,
                        // Scheduled as in production (the test profile turns the daily jobs off).
                        "--academy.reminders.cron=0 0 7 * * *", "--academy.competency.sweep-cron=0 15 2 * * *");
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_THREADLOCAL);
    }

    /** Helpers that sign in through the global holder ({@link SignIn}) reach node A. */
    @BeforeEach
    void globalHolderIsNodeAs() {
        SecurityContextHolder.setContextHolderStrategy(a.getBean(SecurityContextHolderStrategy.class));
    }

    @AfterEach
    void signOut() {
        signInOnBothNodes(null);
    }

    /** Signs {@code who} in on this thread for both nodes (null: signs out). */
    private static void signInOnBothNodes(LoginAccount who) {
        Authentication authentication = null;
        if (who != null) {
            SignIn.as(who);
            authentication = SecurityContextHolder.getContext().getAuthentication();
        }
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            SecurityContextHolderStrategy strategy = node.getBean(SecurityContextHolderStrategy.class);
            if (authentication == null) {
                strategy.clearContext();
            } else {
                strategy.getContext().setAuthentication(authentication);
            }
        }
    }

    /** Runs each task on its own thread, all released at the same moment; their results in order. */
    @SafeVarargs
    private static <T> List<T> atTheSameMoment(Callable<T>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.length);
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The runnable a node's scheduler runs for {@code job} ("Reminders.daily"), with nobody signed in. */
    private static Runnable scheduled(ConfigurableApplicationContext node, String job) {
        return node.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .map(task -> task.getRunnable()).filter(r -> r.toString().endsWith("." + job)).findFirst().orElseThrow();
    }

    private static JdbcTemplate database() {
        return new JdbcTemplate(a.getBean(DataSource.class));
    }

    @Test
    void a_reminder_day_run_by_both_nodes_at_once_sends_each_reminder_once() throws Exception {
        Clinics.Clinic clinic = Clinics.open(a.getBean(Organisations.class), a.getBean(AccountRepository.class),
                "Two Node Clinic", "Ola Overdue");
        signInOnBothNodes(clinic.manager());
        LoginAccount ola = clinic.staff().getFirst();
        LocalDate today = LocalDate.ofInstant(a.getBean(java.time.Clock.class).instant(), ZoneOffset.UTC);
        a.getBean(Assignments.class).assign(FixtureJourneys.COURSE, List.of(ola.id()), null, today.plusDays(2));
        signInOnBothNodes(null);
        Runnable onA = scheduled(a, "Reminders.daily");
        Runnable onB = scheduled(b, "Reminders.daily");

        atTheSameMoment(() -> { onA.run(); return null; }, () -> { onB.run(); return null; });
        onB.run(); // and once more later on the other node, as a second scheduler firing would

        List<OutgoingMail.Message> toOla = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            node.getBean(OutgoingMail.class).logged().stream().filter(m -> m.to().equals(ola.email()))
                    .filter(m -> m.subject().startsWith("Due ")).forEach(toOla::add);
        }
        assertThat(toOla).as("due-date reminders to Ola from either node").hasSize(1);
        assertThat(database().queryForObject("select count(*) from reminder where email = ? and sent_at is not null",
                Integer.class, ola.email())).isOne();
        assertThat(database().queryForList("select locked_by from shedlock where name = 'reminders-daily'", String.class))
                .as("the job ran under the cluster lock").hasSize(1);
    }

    @Test
    void the_same_attempt_submitted_on_both_nodes_at_once_gives_one_result_and_the_course_one_certificate() throws Exception {
        LoginAccount pat = TestAccounts.create(a.getBean(AccountRepository.class), "Pat Parallel");
        signInOnBothNodes(pat);
        CatalogService catalog = a.getBean(CatalogService.class);
        catalog.enrol(FixtureJourneys.COURSE);
        FixtureJourneys.readUpToTheQuiz(catalog);
        AttemptService onA = a.getBean(AttemptService.class);
        AttemptService onB = b.getBean(AttemptService.class);
        long attempt = onA.startOrResume(FixtureJourneys.COURSE, "safety");
        FixtureJourneys.SAFETY_QUIZ_RIGHT.forEach((item, response) -> onB.saveResponse(attempt, item, response));

        List<AttemptReport> reports = atTheSameMoment(
                () -> { signInOnBothNodes(pat); return onA.submit(attempt); },
                () -> { signInOnBothNodes(pat); return onB.submit(attempt); });
        b.getBean(CatalogService.class).completeLesson(FixtureJourneys.COURSE, "first-session");
        a.getBean(BackgroundWork.class).awaitDone();

        assertThat(reports).extracting(AttemptReport::outcome).containsOnly("PASSED");
        assertThat(reports.get(0).percent()).isEqualTo(reports.get(1).percent());
        assertThat(database().queryForObject("select count(*) from certificate where account_id = ?", Integer.class, pat.id()))
                .as("certificates issued").isOne();
        assertThat(reports.get(0).points()).isEqualTo(reports.get(1).points());
    }

    @Test
    void a_certificate_batch_running_on_one_node_is_not_started_again_on_the_other() throws Exception {
        LoginAccount learner = TestAccounts.create(a.getBean(AccountRepository.class), "Bea Batch");
        signInOnBothNodes(learner);
        FixtureJourneys.completeTheCourse(a.getBean(CatalogService.class), a.getBean(AttemptService.class));
        a.getBean(BackgroundWork.class).awaitDone();
        long certificate = database().queryForObject("select id from certificate where account_id = ?", Long.class, learner.id());
        signInOnBothNodes(TestAccounts.create(a.getBean(AccountRepository.class), "Ada Admin", Role.ADMIN));
        CertificateBatches onA = a.getBean(CertificateBatches.class);
        CertificateBatches onB = b.getBean(CertificateBatches.class);

        BatchProgress finished;
        // Hold the certificate's row so node A's batch cannot finish while node B is asked to start one.
        try (Connection holder = a.getBean(DataSource.class).getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from certificate where id = ? for update")) {
                lock.setLong(1, certificate);
                lock.executeQuery().close();
            }
            assertThat(onA.start(null).running()).isTrue();

            assertThatThrownBy(() -> onB.start(null)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("already running on another server");
            holder.commit();
        }
        finished = awaitFinished(onA);
        assertThat(finished.failed()).isZero();
        assertThat(finished.done()).isPositive();

        assertThat(awaitFinished(onB, onB.start(null)).failed()).as("once A's batch ended, B may run one").isZero();
    }

    private static BatchProgress awaitFinished(CertificateBatches batches) throws InterruptedException {
        return awaitFinished(batches, batches.progress().orElseThrow());
    }

    private static BatchProgress awaitFinished(CertificateBatches batches, BatchProgress progress) throws InterruptedException {
        for (int i = 0; i < 400 && progress.running(); i++) {
            Thread.sleep(50);
            progress = batches.progress().orElseThrow();
        }
        assertThat(progress.running()).as("the batch finished").isFalse();
        return progress;
    }

    @Test
    void the_load_balancer_sees_a_node_up_only_while_it_reaches_the_database_and_sees_nothing_else() throws Exception {
        assertThat(get(a, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
        assertThat(get(b, "/actuator/health")).startsWith("200 ");
        assertThat(get(a, "/actuator/env")).doesNotStartWith("200 ");
        assertThat(get(a, "/actuator/beans")).doesNotStartWith("200 ");
    }

    /** Last, as it stops the database under both nodes. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void a_node_that_loses_the_database_reports_itself_down_and_up_again_without_a_restart() throws Exception {
        assertThat(get(a, "/actuator/health/readiness")).startsWith("200 ");

        postgres.close();
        assertThat(awaitHealth(a, 503)).as("readiness while the database is gone").startsWith("503 ");

        postgres = startPostgres();
        assertThat(awaitHealth(a, 200)).as("readiness once the database is back").startsWith("200 ");
        assertThat(awaitHealth(b, 200)).startsWith("200 ");
    }

    private static String awaitHealth(ConfigurableApplicationContext node, int status) throws Exception {
        String last = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            last = get(node, "/actuator/health/readiness");
            if (last.startsWith(status + " ")) {
                return last;
            }
            Thread.sleep(500);
        }
        return last;
    }

    private static String get(ConfigurableApplicationContext node, String path) throws Exception {
        int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) node).getWebServer().getPort();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void wrong_passwords_count_towards_the_throttle_whichever_node_they_reach() {
        LoginAccount target = TestAccounts.create(a.getBean(AccountRepository.class), "Tia Target");
        AuthenticationManager signInOnA = a.getBean(AuthenticationManager.class);
        AuthenticationManager signInOnB = b.getBean(AuthenticationManager.class);

        for (int i = 0; i < 5; i++) {
            AuthenticationManager node = i % 2 == 0 ? signInOnA : signInOnB;
            String address = "10.1.1." + i;
            assertThatThrownBy(() -> node.authenticate(wrongPassword(target.email(), address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signInOnB.authenticate(wrongPassword(target.email(), "10.2.2.2")))
                .as("the sixth try, on node B, after failures on both").isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signInOnA.authenticate(wrongPassword(target.email(), "10.3.3.3")))
                .isInstanceOf(LockedException.class);
    }

    private static UsernamePasswordAuthenticationToken wrongPassword(String email, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, "not-the-password");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
