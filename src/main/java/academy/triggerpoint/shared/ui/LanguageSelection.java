package academy.triggerpoint.shared.ui;

import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets each page's language: the signed-in person's chosen language, else the one chosen in this
 * browser session, else the browser's (Vaadin matches its Accept-Language to the provided
 * languages). The page's {@code <html lang>} follows, so screen readers pronounce it right.
 */
@Component
class LanguageSelection implements VaadinServiceInitListener {

    private final LanguagePreference preference;

    LanguageSelection(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            preference.mine().ifPresent(language -> {
                ui.getSession().setLocale(language);
                ui.setLocale(language);
            });
            ui.getPage().executeJs("document.documentElement.lang = $0", Languages.closest(ui.getLocale()).toLanguageTag());
        });
    }
}
