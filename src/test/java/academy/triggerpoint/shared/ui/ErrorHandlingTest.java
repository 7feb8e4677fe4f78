package academy.triggerpoint.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the session error handler logs: a bug as an ERROR with a reference, a browser that left as nothing. */
class ErrorHandlingTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorHandling.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void a_browser_that_went_away_mid_download_is_not_logged_as_an_error() {
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("writing a picture",
                new ClientAbortException(new IOException("Broken pipe")))));

        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void an_unexpected_failure_is_logged_as_an_error_with_a_reference() {
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.ERROR);
            assertThat(e.getFormattedMessage()).startsWith("Unexpected error, reference ");
        });
    }
}
