package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The interface language, in the header of every page: each language named in itself. Choosing one
 * keeps it for the browser session and, when someone is signed in, with their account; the page
 * then reloads in that language (views read their texts when they are built).
 */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher(LanguagePreference preference) {
        addClassName("language-switcher");
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(Languages::ownName);
        setAriaLabel(getTranslation("shared.language.label"));
        setTooltipText(getTranslation("shared.language.label"));
        setValue(Languages.closest(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            VaadinSession.getCurrent().setLocale(e.getValue());
            preference.chooseMine(e.getValue());
            UI.getCurrent().getPage().reload();
        });
    }
}
