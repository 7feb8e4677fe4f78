package academy.triggerpoint.shared.ui;

import com.vaadin.flow.server.VaadinSession;

/**
 * Keeps the browser session in which a person changed their own password (or anything else that
 * moves their account's session epoch) signed in, while every other session of theirs ends at its
 * next request.
 */
public final class KeptSession {

    /** The session attribute holding the epoch this session was renewed at; read by the security filter. */
    public static final String EPOCH_ATTRIBUTE = "academy.session-epoch";

    private KeptSession() {
    }

    /** Marks the current Vaadin session as renewed at the account's new {@code epoch}. */
    public static void renewedAt(long epoch) {
        VaadinSession.getCurrent().getSession().setAttribute(EPOCH_ATTRIBUTE, epoch);
    }
}
