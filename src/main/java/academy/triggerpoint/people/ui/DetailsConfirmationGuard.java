package academy.triggerpoint.people.ui;

import academy.triggerpoint.people.ProfileService;
import academy.triggerpoint.shared.CurrentAccount;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Sends someone who must confirm their certificate details (an account a platform's launch created)
 * to the profile page before any other page, then on to where they were going. Once confirmed, the
 * session remembers it and no page asks again.
 */
@Component
class DetailsConfirmationGuard implements VaadinServiceInitListener {

    private static final String CONFIRMED = DetailsConfirmationGuard.class.getName() + ".confirmed";
    private static final Pattern LOCAL_ROUTE = Pattern.compile("[a-z0-9][a-z0-9/_-]{0,300}");

    private final ProfileService profiles;
    private final CurrentAccount current;

    DetailsConfirmationGuard(ProfileService profiles, CurrentAccount current) {
        this.profiles = profiles;
        this.current = current;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (event.getNavigationTarget() == ProfileView.class || session == null || session.getAttribute(CONFIRMED) != null
                || current.find().isEmpty()) {
            return;
        }
        if (profiles.mustConfirmMyDetails()) {
            String path = event.getLocation().getPath();
            event.forwardTo("profile", isLocalRoute(path) ? QueryParameters.of(ProfileView.CONTINUE, path) : QueryParameters.empty());
        } else {
            session.setAttribute(CONFIRMED, Boolean.TRUE);
        }
    }

    /** Remembers for this session that the details are confirmed. */
    static void confirmed() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CONFIRMED, Boolean.TRUE);
        }
    }

    /** A route of this app (letters, digits, '/', '-', '_'), never an address elsewhere. */
    static boolean isLocalRoute(String path) {
        return path != null && LOCAL_ROUTE.matcher(path).matches() && !path.contains("//");
    }
}
