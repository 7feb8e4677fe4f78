package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected error while opening a page: a plain message and a reference, never a stack trace. */
@PageTitle("Something went wrong · Trigger Point Academy")
@AnonymousAllowed
public class ProblemView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        if (DatabaseUnavailable.causes(parameter.getCaughtException())) {
            log.warn("Database unreachable opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
            add(new H1("Back in a minute"),
                    new Paragraph("This page could not be opened: the academy cannot reach its database just now. "
                            + "Everything you saved before is safe. Please try again in a minute."),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error opening {}, reference {}", event.getLocation().getPath(), reference, parameter.getCaughtException());
        add(new H1("Something went wrong"),
                new Paragraph("This page could not be opened. Please try again; if it keeps happening, quote reference "
                        + reference + "."),
                new Anchor("", "Go to the course catalogue"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
