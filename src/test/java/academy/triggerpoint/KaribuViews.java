package academy.triggerpoint;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.security.Principal;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests against the real Spring context. The fake servlet request reports the
 * principal and roles of Spring Security's current context, as Spring's request wrapper would in a
 * servlet container, so Vaadin's view access control sees who is signed in.
 */
public final class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("academy.triggerpoint");

    private KaribuViews() {
    }

    public static void setUp(ApplicationContext context) {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.isAuthenticated() ? auth : null;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** Every text, attribute and property of the whole page, as the browser would receive it. */
    public static String everythingOnThePage() {
        return dump(UI.getCurrent());
    }

    public static String dump(Component component) {
        Element element = component.getElement();
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder all = new StringBuilder(element.getTag()).append(' ').append(element.getTextRecursively());
        element.getAttributeNames().forEach(a -> all.append(' ').append(element.getAttribute(a)));
        element.getPropertyNames().forEach(p -> all.append(' ').append(element.getProperty(p)));
        return all + " " + component.getChildren().map(KaribuViews::dump).collect(Collectors.joining(" "));
    }
}
