package academy.triggerpoint;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.assessment.AttemptService;
import academy.triggerpoint.assessment.grading.Response;
import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.domain.CourseVersionRepository;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The application stops and starts again on the same database file: nothing a learner did or answered is lost. */
class RestartIT {

    private static ConfigurableApplicationContext start(Path database) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--spring.datasource.url=jdbc:h2:file:" + database.resolve("academy"), "--server.port=0");
        SecurityContextHolder.setContextHolderStrategy(context.getBean(SecurityContextHolderStrategy.class));
        return context;
    }

    @Test
    void progress_saved_answers_and_course_versions_survive_a_restart() throws Exception {
        Path database = Files.createTempDirectory("restart-db");
        LoginAccount learner;
        long versions;
        long attemptId;
        java.util.List<academy.triggerpoint.assessment.PresentedItem> itemOrder;
        try (ConfigurableApplicationContext first = start(database)) {
            learner = TestAccounts.create(first.getBean(AccountRepository.class), "Restarting Learner");
            SignIn.as(learner);
            CatalogService catalog = first.getBean(CatalogService.class);
            catalog.enrol("intro-course");
            catalog.completeLesson("intro-course", "taut-bands");
            catalog.openLesson("intro-course", "referred-pain");
            catalog.completeLesson("intro-course", "referred-pain");
            AttemptService attempts = first.getBean(AttemptService.class);
            attemptId = attempts.startOrResume("intro-course", "safety");
            attempts.saveResponse(attemptId, "infected-skin", new Response.TrueFalse(false));
            attempts.saveResponse(attemptId, "soreness-hours", new Response.Numeric(new java.math.BigDecimal("30")));
            itemOrder = attempts.sheet(attemptId).items();
            versions = first.getBean(CourseVersionRepository.class).count();
            SignIn.out();
        }

        try (ConfigurableApplicationContext second = start(database)) {
            SignIn.as(learner);
            var outline = second.getBean(CatalogService.class).outline("intro-course");

            assertThat(outline.enrolled()).isTrue();
            assertThat(outline.modules().get(0).lessons().get(0).done()).isTrue();
            assertThat(outline.continueLessonId()).isEqualTo("contraindications");
            AttemptService attempts = second.getBean(AttemptService.class);
            assertThat(attempts.startOrResume("intro-course", "safety")).as("the same attempt resumes").isEqualTo(attemptId);
            var sheet = attempts.sheet(attemptId);
            assertThat(sheet.items()).as("same items, same order, same option order").isEqualTo(itemOrder);
            assertThat(sheet.saved()).containsOnlyKeys("infected-skin", "soreness-hours")
                    .containsEntry("infected-skin", new Response.TrueFalse(false));
            assertThat(second.getBean(CourseVersionRepository.class).count()).as("an unchanged folder adds no version")
                    .isEqualTo(versions);
            SignIn.out();
        }
    }

    /** An executor that never runs what it is given: the server stops before any after-commit work runs. */
    static class StoppedBeforeAfterCommitWork {
        @org.springframework.context.annotation.Bean
        java.util.concurrent.Executor taskExecutor() {
            return work -> { };
        }
    }

    @Test
    void a_completion_whose_certificate_was_lost_when_the_server_stopped_gets_exactly_one_after_the_restart() throws Exception {
        Path database = Files.createTempDirectory("restart-certificate-db");
        LoginAccount learner;
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(Application.class, StoppedBeforeAfterCommitWork.class)
                .profiles("test").run("--spring.datasource.url=jdbc:h2:file:" + database.resolve("academy"), "--server.port=0")) {
            SecurityContextHolder.setContextHolderStrategy(first.getBean(SecurityContextHolderStrategy.class));
            learner = TestAccounts.create(first.getBean(AccountRepository.class), "Interrupted Graduate");
            SignIn.as(learner);
            FixtureJourneys.completeTheCourse(first.getBean(CatalogService.class), first.getBean(AttemptService.class));
            SignIn.out();
            assertThat(first.getBean(academy.triggerpoint.certification.CertificateService.class))
                    .as("context is up").isNotNull();
            assertThat(first.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from certificate", Integer.class)).as("the server stopped first").isZero();
        }

        try (ConfigurableApplicationContext second = start(database)) {
            new BackgroundWork(second.getBean(org.springframework.jdbc.core.JdbcTemplate.class)).awaitDone();
            SignIn.as(learner);
            var certificates = second.getBean(academy.triggerpoint.certification.CertificateService.class);
            assertThat(certificates.mine()).as("issued when the registry resubmits the completion at start").hasSize(1);
            SignIn.out();
        }
        try (ConfigurableApplicationContext third = start(database)) {
            new BackgroundWork(third.getBean(org.springframework.jdbc.core.JdbcTemplate.class)).awaitDone();
            SignIn.as(learner);
            assertThat(third.getBean(academy.triggerpoint.certification.CertificateService.class).mine())
                    .as("and never twice").hasSize(1);
            SignIn.out();
        }
    }
}
