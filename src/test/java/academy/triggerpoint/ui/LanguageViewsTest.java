package academy.triggerpoint.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.triggerpoint.IntegrationTest;
import academy.triggerpoint.KaribuViews;
import academy.triggerpoint.TestAccounts;
import academy.triggerpoint.people.LoginAccount;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.security.SignIn;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.i18n.Languages;
import academy.triggerpoint.shared.ui.LanguageSwitcher;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The interface language: chosen in the header, kept with the account, applied to every new page. */
@IntegrationTest
class LanguageViewsTest {

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired LanguagePreference language;

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
        SignIn.out();
    }

    /** Opens a new page (a new UI), as after signing in or reloading. */
    private void openPage(String path) {
        KaribuViews.tearDown();
        KaribuViews.setUp(context);
        UI.getCurrent().navigate(path);
    }

    @Test
    void choosing_german_in_the_header_keeps_it_with_the_account_and_the_next_page_is_in_german() {
        LoginAccount learner = TestAccounts.create(accounts, "Greta Deutsch");
        SignIn.as(learner);
        openPage("");
        assertThat(_get(Button.class, spec -> spec.withText("Sign out"))).isNotNull();

        _setValue(_get(LanguageSwitcher.class), Languages.GERMAN);

        assertThat(language.mine()).contains(Languages.GERMAN);
        openPage("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(_get(Button.class, spec -> spec.withText("Abmelden"))).isNotNull();
        assertThat(_get(H1.class).getText()).isEqualTo("Kurse");
    }

    @Test
    void the_switcher_names_each_language_in_itself() {
        SignIn.as(TestAccounts.create(accounts, "Polyglot"));
        openPage("");

        LanguageSwitcher switcher = _get(LanguageSwitcher.class);

        assertThat(switcher.getListDataView().getItems().map(switcher.getItemLabelGenerator()))
                .containsExactly("English", "Deutsch", "Español");
        assertThat(switcher.getAriaLabel()).contains("Language");
    }

    @Test
    void a_visitor_not_signed_in_keeps_the_choice_for_the_browser_session_only() {
        openPage("login");

        _setValue(_get(LanguageSwitcher.class), Languages.SPANISH);

        assertThat(language.mine()).isEmpty();
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("es");
    }

    @Test
    void a_language_the_interface_does_not_offer_is_refused() {
        SignIn.as(TestAccounts.create(accounts, "Tester"));

        assertThatThrownBy(() -> language.chooseMine(Locale.JAPANESE)).isInstanceOf(IllegalArgumentException.class);
    }
}
