package academy.triggerpoint.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown for unknown addresses, for data a service did not find and for pages or data the person may
 * not open: all look the same, so typing an admin address or another learner's id reveals nothing.
 */
@PageTitle("Page not found · Trigger Point Academy")
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        fill(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    static void fill(VerticalLayout page) {
        page.addClassName("auth-page");
        page.setAlignItems(Alignment.CENTER);
        page.add(new H1("Page not found"),
                new Paragraph("There is no page at this address, or you do not have access to it."),
                new Anchor("", "Go to the course catalogue"));
    }

    /** A service found nothing for the address's parameters. */
    @PageTitle("Page not found · Trigger Point Academy")
    @AnonymousAllowed
    public static class DataNotFound extends VerticalLayout
            implements HasErrorParameter<academy.triggerpoint.shared.NotFoundException> {

        public DataNotFound() {
            fill(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<academy.triggerpoint.shared.NotFoundException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** The router's access control refused the view (for example a learner typing an admin address). */
    @PageTitle("Page not found · Trigger Point Academy")
    @AnonymousAllowed
    public static class RouteDenied extends VerticalLayout
            implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {

        public RouteDenied() {
            fill(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** A service's {@code @PreAuthorize} refused the caller. */
    @PageTitle("Page not found · Trigger Point Academy")
    @AnonymousAllowed
    public static class AccessDenied extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

        public AccessDenied() {
            fill(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }
}
