package academy.triggerpoint.security;

import academy.triggerpoint.shared.DatabaseUnavailable;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.ui.LanguageSwitcher;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. Failure messages never say whether an account exists. The language switcher sits at the
 * top, so a visitor can change the language before signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(LanguagePreference language) {
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(texts());
        LanguageSwitcher switcher = new LanguageSwitcher(language);
        add(switcher, new H1(getTranslation("shared.brand")),
                new Paragraph(getTranslation("security.login.tagline")),
                form,
                new Paragraph(new Anchor("register", getTranslation("security.login.register"))));
        setAlignSelf(Alignment.END, switcher);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("disabled")) {
            showError(getTranslation("security.login.signed-out.title"), getTranslation("security.login.signed-out.disabled"));
        } else if (params.containsKey("expired")) {
            showError(getTranslation("security.login.signed-out.title"), getTranslation("security.login.signed-out.expired"));
        } else if (params.containsKey("changed")) {
            showError(getTranslation("security.login.signed-out.title"), getTranslation("security.login.signed-out.changed"));
        } else if (params.containsKey("error")) {
            showError(getTranslation("security.login.failed.title"), failureMessage());
        }
    }

    /** The form's own texts; the defaults of LoginI18n are English only. */
    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.form.title"));
        i18n.getForm().setUsername(getTranslation("security.login.form.email"));
        i18n.getForm().setPassword(getTranslation("security.login.form.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.form.forgot-password"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.form.email.missing"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.form.password.missing"));
        return i18n;
    }

    private void showError(String title, String message) {
        LoginI18n i18n = texts();
        i18n.getErrorMessage().setTitle(title);
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
        form.setError(true);
    }

    private String failureMessage() {
        HttpSession session = VaadinServletRequest.getCurrent() == null ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof LockedException || last instanceof DisabledException) {
            return ((RuntimeException) last).getMessage();
        }
        if (last instanceof Throwable failure && DatabaseUnavailable.causes(failure)) {
            return getTranslation("security.login.failed.database");
        }
        return getTranslation("security.login.failed.wrong-credentials");
    }
}
