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
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.DisconnectedClientHelper;
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
        // Translated in the page, in its language, when there is a page to show it on.
        Function<UI, String> message;
        if (cause instanceof InvalidInputException || cause instanceof NotFoundException) {
            message = ui -> cause.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            message = ui -> ui.getTranslation("shared.error.no-access");
        } else if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
            // The browser went away mid-response (a page left while a picture or file was on its way):
            // nothing failed here and nobody is left to tell.
            log.debug("Client disconnected: {}", cause.toString());
            return;
        } else if (DatabaseUnavailable.causes(event.getThrowable())) {
            // An outage, not a bug: one line per request, the health check tells the load balancer.
            log.warn("Database unreachable: {}", cause.toString());
            message = ui -> ui.getTranslation("shared.error.database-unavailable");
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            message = ui -> ui.getTranslation("shared.error.unexpected", reference);
        }
        UI current = UI.getCurrent();
        if (current != null) {
            current.access(() -> {
                Notification n = Notification.show(message.apply(current), 6000, Notification.Position.MIDDLE);
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
