package academy.triggerpoint;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects what the server logs as a problem while a test runs: every ERROR, and every WARN that
 * carries a stack trace. Background work that fails is visible only there, so a journey or a job
 * test fails when anything lands in it.
 */
public final class ServerLog extends AppenderBase<ILoggingEvent> {

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private ServerLog() {
    }

    /** Starts collecting from the root logger. */
    public static ServerLog watch() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ServerLog log = new ServerLog();
        log.setContext(context);
        log.setName("server-log-" + System.identityHashCode(log));
        log.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
        boolean warnWithTrace = event.getLevel() == Level.WARN && event.getThrowableProxy() != null;
        if (error || warnWithTrace) {
            problems.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getClassName() + ": "
                    + event.getThrowableProxy().getMessage() + ")"));
        }
    }

    /** The problems logged so far. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Stops collecting; fails if anything was logged as a problem. */
    public void stopAndAssertClean() {
        LoggerContext context = (LoggerContext) getContext();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
        if (!problems.isEmpty()) {
            throw new AssertionError("The server logged " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }
}
