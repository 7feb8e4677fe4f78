package academy.triggerpoint.shared.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address of the client of the current request, for per-client limits (as the container reports it). */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's client address, or null outside a request. */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
