package academy.triggerpoint.people.ui;

import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.ui.LanguageSwitcher;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page for visitors who are not signed in, outside the main layout: the language switcher sits at
 * its top, so a visitor can change the language before they have an account or sign in.
 */
abstract class PublicPage extends VerticalLayout {

    private final LanguageSwitcher languageSwitcher;

    PublicPage(LanguagePreference preference) {
        addClassName("auth-page");
        setAlignItems(Alignment.CENTER);
        languageSwitcher = new LanguageSwitcher(preference);
        show();
    }

    /** Replaces what the page shows; the language switcher stays at the top. */
    protected void show(Component... content) {
        removeAll();
        add(languageSwitcher);
        setAlignSelf(Alignment.END, languageSwitcher);
        add(content);
    }
}
