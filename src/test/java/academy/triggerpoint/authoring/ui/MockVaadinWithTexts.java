package academy.triggerpoint.authoring.ui;

import academy.triggerpoint.shared.i18n.Translations;
import com.github.mvysny.kaributesting.v10.MockVaadin;

/**
 * Karibu's mock Vaadin for component tests that need no Spring context, with the application's
 * interface texts: without Spring no {@code I18NProvider} bean exists, so Vaadin is told the class
 * (through its {@code vaadin.i18n.provider} setting). The mock browser asks for no language, so
 * the texts are English.
 */
final class MockVaadinWithTexts {

    private static final String PROVIDER = "vaadin.i18n.provider";

    private MockVaadinWithTexts() {
    }

    static void setUp() {
        System.setProperty(PROVIDER, Translations.class.getName());
        MockVaadin.setup();
    }

    static void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty(PROVIDER);
    }
}
