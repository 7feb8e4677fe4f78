package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected error while opening a page: a plain message and a reference, never a stack trace. */
@AnonymousAllowed
public class ProblemView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ProblemView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        if (DatabaseUnavailable.causes(parameter.getCaughtException())) {
            log.warn("Database unreachable opening {}: {}", event.getLocation().getPath(), parameter.getCaughtException().toString());
            add(new H1(getTranslation("shared.problem.database.title")),
                    new Paragraph(getTranslation("shared.problem.database.text")),
                    new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("shared.problem.try-again")));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error opening {}, reference {}", event.getLocation().getPath(), reference, parameter.getCaughtException());
        add(new H1(getTranslation("shared.problem.title")),
                new Paragraph(getTranslation("shared.problem.text", reference)),
                new Anchor("", getTranslation("shared.catalogue-link")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.problem.page-title");
    }
}
