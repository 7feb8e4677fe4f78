package academy.triggerpoint.shared.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * The interface language a person chose, kept with their account (implemented by the people
 * module, so the layout can read and save it without depending on it).
 */
public interface LanguagePreference {

    /** The caller's chosen language, if they are signed in and chose one. */
    Optional<Locale> mine();

    /** Keeps the caller's choice; does nothing for someone not signed in. */
    void chooseMine(Locale language);
}
