package academy.triggerpoint;

import static org.assertj.core.api.Assertions.assertThat;

import academy.triggerpoint.catalog.CatalogService;
import academy.triggerpoint.catalog.CourseOutline;
import academy.triggerpoint.people.AccountDirectory;
import academy.triggerpoint.people.RegistrationService;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every Flyway migration runs on a real PostgreSQL 17 (in-process, no Docker), Hibernate validates
 * the mapping against it, and the main flows run on it, so no H2-only SQL creeps in.
 */
@IntegrationTest
class PostgresMigrationIT {

    static final EmbeddedPostgres POSTGRES;

    static {
        try {
            POSTGRES = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired DataSource dataSource;
    @Autowired RegistrationService registration;
    @Autowired AccountDirectory directory;
    @Autowired AccountRepository accounts;
    @Autowired CatalogService catalog;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void all_migrations_apply_on_postgresql_and_the_schema_matches_the_entities() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from course_file", Integer.class)).isPositive();
    }

    @Test
    void registration_enrolment_and_progress_work_on_postgresql() {
        registration.register(TestAccounts.registration("pg@clinic.example"));
        assertThat(directory.findForLogin("PG@clinic.example")).isPresent();

        SignIn.as(TestAccounts.create(accounts, "Postgres Learner"));
        catalog.enrol("intro-course");
        catalog.completeLesson("intro-course", "taut-bands");
        CourseOutline outline = catalog.outline("intro-course");

        assertThat(outline.percentComplete()).isEqualTo(25);
        assertThat(catalog.openLesson("intro-course", "taut-bands").html()).contains("/course-assets/");
    }
}
