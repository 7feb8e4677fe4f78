package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.DatabaseUnavailable;
import academy.triggerpoint.shared.InvalidInputException;
import academy.triggerpoint.shared.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place unexpected errors end up: the person sees a plain message with a reference they
 * can quote, the log gets the stack trace under the same reference.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof InvalidInputException || cause instanceof NotFoundException) {
            message = cause.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            message = "You do not have access to that.";
        } else if (DatabaseUnavailable.causes(event.getThrowable())) {
            // An outage, not a bug: one line per request, the health check tells the load balancer.
            log.warn("Database unreachable: {}", cause.toString());
            message = DatabaseUnavailable.MESSAGE;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = "Something went wrong on our side. Please try again; if it keeps happening, quote reference "
                    + reference + ".";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof InvalidInputException || current instanceof NotFoundException
                || current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
