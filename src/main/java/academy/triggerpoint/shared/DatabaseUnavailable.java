package academy.triggerpoint.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (it is down, restarting or unreachable)
 * rather than a mistake in the application: people are then told to try again shortly and that what
 * was saved before is safe, and the log gets one line instead of a stack trace per request.
 */
public final class DatabaseUnavailable {

    /** What a person reads when their request could not reach the database. */
    public static final String MESSAGE = "The academy cannot reach its database just now, so this was not saved. "
            + "Everything saved before is safe. Please try again in a minute.";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL states: class 08 is a connection exception; 57P01-57P03 are the server shutting down,
            // crashing or not yet accepting connections (PostgreSQL ends every session with 57P01 on shutdown).
            // A rollback or commit the database could not take: the connection under it is gone (the
            // failure that caused the rollback is then lost: Spring reports the rollback's instead).
            if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
