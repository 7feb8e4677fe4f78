package academy.triggerpoint.security;

import academy.triggerpoint.shared.DatabaseUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. Failure messages never say whether an account exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Trigger Point Academy")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String GENERIC_FAILURE = "The email address or password is not right. Check both and try again.";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername("Email");
        i18n.getForm().setTitle("Sign in");
        form.setI18n(i18n);
        add(new H1("Trigger Point Academy"),
                new Paragraph("Continuing education for physiotherapists who practise dry needling."),
                form,
                new Paragraph(new Anchor("register", "New here? Create a learner account")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("disabled")) {
            showError("Signed out", "This account has been disabled. Ask your administrator.");
        } else if (params.containsKey("expired")) {
            showError("Signed out", "You were signed in for more than 12 hours. Sign in again.");
        } else if (params.containsKey("changed")) {
            showError("Signed out", "Your password or your access changed since you signed in here. Sign in again. "
                    + "If you did not change your password, reset it now.");
        } else if (params.containsKey("error")) {
            showError("Sign-in failed", failureMessage());
        }
    }

    private void showError(String title, String message) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setUsername("Email");
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    private static String failureMessage() {
        HttpSession session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof LockedException || last instanceof DisabledException) {
            return ((RuntimeException) last).getMessage();
        }
        if (last instanceof Throwable failure && DatabaseUnavailable.causes(failure)) {
            return "Signing in is not possible just now: the academy cannot reach its database. Please try again in a minute.";
        }
        return GENERIC_FAILURE;
    }
}
