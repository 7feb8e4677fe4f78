package academy.triggerpoint.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown for unknown addresses, for data a service did not find and for pages or data the person may
 * not open: all look the same, so typing an admin address or another learner's id reveals nothing.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        fill(this);
    }

    @Override
    public String getPageTitle() {
        return title(this);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    static void fill(VerticalLayout page) {
        page.addClassName("auth-page");
        page.setAlignItems(Alignment.CENTER);
        page.add(new H1(page.getTranslation("shared.not-found.title")),
                new Paragraph(page.getTranslation("shared.not-found.text")),
                new Anchor("", page.getTranslation("shared.catalogue-link")));
    }

    static String title(VerticalLayout page) {
        return page.getTranslation("shared.not-found.page-title");
    }

    /** A service found nothing for the address's parameters. */
    @AnonymousAllowed
    public static class DataNotFound extends VerticalLayout
            implements HasErrorParameter<academy.triggerpoint.shared.NotFoundException>, HasDynamicTitle {

        public DataNotFound() {
            fill(this);
        }

        @Override
        public String getPageTitle() {
            return title(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<academy.triggerpoint.shared.NotFoundException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** The router's access control refused the view (for example a learner typing an admin address). */
    @AnonymousAllowed
    public static class RouteDenied extends VerticalLayout
            implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException>, HasDynamicTitle {

        public RouteDenied() {
            fill(this);
        }

        @Override
        public String getPageTitle() {
            return title(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** A service's {@code @PreAuthorize} refused the caller. */
    @AnonymousAllowed
    public static class AccessDenied extends VerticalLayout
            implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

        public AccessDenied() {
            fill(this);
        }

        @Override
        public String getPageTitle() {
            return title(this);
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }
}
