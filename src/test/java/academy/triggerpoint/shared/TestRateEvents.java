package academy.triggerpoint.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link RateEvents} on an in-memory H2 database of its own with the migration's table, for unit tests of the limits. */
public final class TestRateEvents {

    private TestRateEvents() {
    }

    public static RateEvents create(Clock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:rate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        try {
            String migration = Files.readString(Path.of("src/main/resources/db/migration/V13__cluster_locks_and_limits.sql"));
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new RateEvents(jdbc, clock, null);
    }
}
