package academy.triggerpoint.people;

import academy.triggerpoint.people.domain.Account;
import academy.triggerpoint.people.domain.AccountRepository;
import academy.triggerpoint.shared.CurrentAccount;
import academy.triggerpoint.shared.i18n.LanguagePreference;
import academy.triggerpoint.shared.i18n.Languages;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the interface language a signed-in person chose with their account; only their own. */
@Service
@Transactional
class LanguageSettings implements LanguagePreference {

    private final AccountRepository accounts;
    private final CurrentAccount current;

    LanguageSettings(AccountRepository accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    /**
     * The language to write to a person in (mail): the one kept with their account, else
     * {@code otherwise} (the page they asked from, may be null), else English.
     */
    static Locale languageOf(Account account, Locale otherwise) {
        return Languages.ofTag(account.getLanguage()).orElseGet(() -> Languages.closest(otherwise));
    }

    /** Anyone may ask; someone not signed in has no stored choice. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Locale> mine() {
        return current.find().flatMap(me -> accounts.findById(me.accountId()))
                .flatMap(account -> Languages.ofTag(account.getLanguage()));
    }

    /** Only a signed-in person keeps a choice, and only their own; anyone else's choice lasts the browser session. */
    @Override
    @PreAuthorize("permitAll()")
    public void chooseMine(Locale language) {
        Locale supported = Languages.ofTag(language.getLanguage())
                .orElseThrow(() -> new IllegalArgumentException("Not an interface language: " + language));
        current.find().flatMap(me -> accounts.findById(me.accountId()))
                .ifPresent(account -> account.setLanguage(supported.getLanguage()));
    }
}
