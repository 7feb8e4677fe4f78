package academy.triggerpoint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void a_session_ended_by_the_database_shutting_down_is_an_outage_however_deeply_wrapped() {
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnavailable.causes(new JpaSystemException(new RuntimeException("Unable to rollback", shutdown)))).isTrue();
    }

    @Test
    void a_refused_connection_and_a_transaction_that_could_not_start_are_outages() {
        assertThat(DatabaseUnavailable.causes(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("Could not open JPA EntityManager"))).isTrue();
    }

    @Test
    void a_rollback_the_database_could_not_take_is_an_outage() {
        assertThat(DatabaseUnavailable.causes(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void a_broken_rule_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causes(new SQLException("no state"))).isFalse();
    }
}
